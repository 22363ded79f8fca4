package com.partnerportal.web.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Data access has one home, the persistence module: outside {@code launch} (which starts the embedded database
 * before Quarkus), web reaches the database only through persistence's repositories and queries.
 */
@AnalyzeClasses(packages = "com.partnerportal.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    private static final String LAUNCH = "com.partnerportal.web.launch..";

    /** Panache's methods that take a query as a string: {@code find("partnerId = ?1", …)} and the like. */
    private static final Set<String> PANACHE_QUERIES = Set.of("find", "list", "stream", "count", "delete", "update");

    private static final DescribedPredicate<JavaMethodCall> PANACHE_QUERY_STRING =
            new DescribedPredicate<>("a Panache query written as a string") {
                @Override
                public boolean test(JavaMethodCall call) {
                    JavaClass owner = call.getTarget().getOwner();
                    List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
                    return (owner.isAssignableTo(PanacheEntityBase.class)
                            || owner.isAssignableTo(PanacheRepositoryBase.class))
                            && PANACHE_QUERIES.contains(call.getTarget().getName())
                            && !parameters.isEmpty() && parameters.get(0).isEquivalentTo(String.class);
                }
            };

    @ArchTest
    static final ArchRule web_reaches_no_database_api = noClasses().that().resideOutsideOfPackage(LAUNCH)
            .should().dependOnClassesThat().belongToAnyOf(EntityManager.class, Session.class)
            .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("every SQL, JPQL and JDBC use lives in persistence (issue 10, point 1)");

    @ArchTest
    static final ArchRule web_writes_no_query = noClasses().that().resideOutsideOfPackage(LAUNCH)
            .should().callMethodWhere(target(nameMatching("createQuery|createNativeQuery|createNamedQuery")))
            .orShould().callMethodWhere(PANACHE_QUERY_STRING)
            .because("queries are written in persistence's repositories and query classes, named for what they answer");

    @ArchTest
    static final ArchRule the_web_packages_have_no_cycles = slices().matching("com.partnerportal.web.(*)..")
            .should().beFreeOfCycles()
            .because("each feature package can change on its own; shared helpers live in web.support (issue 10, point 5)");
}
