package com.partnerportal.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.math.BigDecimal;

/**
 * Core is plain Java: no framework anywhere, Jackson only at the JSON and command-line edges, and
 * the rules (scoring, program, the evidence records, what-if, the designation lifecycle) on the JDK
 * and core alone, without binary floating point.
 */
@AnalyzeClasses(packages = "com.partnerportal.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    private static final String[] RULES = {
        "com.partnerportal.core.scoring..", "com.partnerportal.core.program..", "com.partnerportal.core.evidence",
        "com.partnerportal.core.whatif..", "com.partnerportal.core.lifecycle.."};

    @ArchTest
    static final ArchRule no_framework_in_core = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "io.quarkus..", "jakarta..", "javax.persistence..", "org.hibernate..", "io.vertx..", "io.smallrye..")
            .because("core runs without a server: the web module is the only Quarkus application");

    @ArchTest
    static final ArchRule the_rules_depend_on_the_jdk_and_core_alone = classes().that().resideInAnyPackage(RULES)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "com.partnerportal.core.scoring..", "com.partnerportal.core.program..",
                    "com.partnerportal.core.evidence", "com.partnerportal.core.whatif..",
                    "com.partnerportal.core.lifecycle..")
            .because("scoring and the program catalogue are pure Java (issue 3)");

    @ArchTest
    static final ArchRule jackson_only_at_the_json_and_command_line_edges = noClasses().that()
            .resideOutsideOfPackages("com.partnerportal.core.evidence.json..", "com.partnerportal.core.cli..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..");

    @ArchTest
    static final ArchRule no_floating_point_fields_in_the_rules = noFields().that().areDeclaredInClassesThat()
            .resideInAnyPackage(RULES).should().haveRawType(double.class).orShould().haveRawType(float.class)
            .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class);

    @ArchTest
    static final ArchRule no_floating_point_signatures_in_the_rules = noMethods().that().areDeclaredInClassesThat()
            .resideInAnyPackage(RULES).should().haveRawReturnType(double.class).orShould().haveRawReturnType(float.class)
            .orShould().haveRawParameterTypes(double.class).orShould().haveRawParameterTypes(float.class);

    @ArchTest
    static final ArchRule no_floating_point_conversions_in_the_rules = noClasses().that().resideInAnyPackage(RULES)
            .should().callMethod(BigDecimal.class, "doubleValue")
            .orShould().callMethod(BigDecimal.class, "floatValue")
            .orShould().callMethod(BigDecimal.class, "valueOf", double.class)
            .orShould().callConstructor(BigDecimal.class, double.class)
            .orShould().dependOnClassesThat().belongToAnyOf(Double.class, Float.class);
}
