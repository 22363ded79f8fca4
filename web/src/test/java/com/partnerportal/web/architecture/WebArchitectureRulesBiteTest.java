package com.partnerportal.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.persistence.partner.PartnerRepository;
import com.partnerportal.web.cyclefixturea.First;
import com.partnerportal.web.cyclefixtureb.Second;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * {@link WebArchitectureTest}'s rules fail when broken: each is evaluated against test-only classes that break it
 * (and against one that does not), so a rule that could never fail — a wrong package, a predicate that matches
 * nothing — is caught here.
 */
class WebArchitectureRulesBiteTest {

    static class HoldsAnEntityManager {
        EntityManager em;
    }

    static class UsesJdbc {
        boolean open(Connection connection) throws SQLException {
            return !connection.isClosed();
        }
    }

    static class UsesTheSession {
        Session session;
    }

    static class WritesJpql {
        Object first(jakarta.persistence.EntityManagerFactory factory) {
            return factory.createEntityManager().createQuery("select p from PartnerEntity p").getResultList();
        }
    }

    static class WritesNativeSql {
        void touch(jakarta.persistence.EntityManagerFactory factory) {
            factory.createEntityManager().createNativeQuery("update partner set name = name").executeUpdate();
        }
    }

    static class HandsPanacheAQueryString {
        List<PartnerEntity> named(PartnerRepository partners) {
            return partners.list("name = ?1", "Contoso");
        }
    }

    static class CallsARepository {
        List<PartnerEntity> all(PartnerRepository partners) {
            return partners.listByName();
        }
    }

    @Test
    void noDatabaseApiFailsOnEachApiAndPassesARepositoryCall() {
        ArchRule rule = WebArchitectureTest.web_reaches_no_database_api;
        assertThat(violations(rule, HoldsAnEntityManager.class)).isTrue();
        assertThat(violations(rule, UsesJdbc.class)).isTrue();
        assertThat(violations(rule, UsesTheSession.class)).isTrue();
        assertThat(violations(rule, CallsARepository.class)).isFalse();
    }

    @Test
    void noQueryFailsOnJpqlNativeSqlAndPanacheQueryStringsAndPassesARepositoryCall() {
        ArchRule rule = WebArchitectureTest.web_writes_no_query;
        assertThat(violations(rule, WritesJpql.class)).isTrue();
        assertThat(violations(rule, WritesNativeSql.class)).isTrue();
        assertThat(violations(rule, HandsPanacheAQueryString.class)).isTrue();
        assertThat(violations(rule, CallsARepository.class)).isFalse();
    }

    @Test
    void theSlicesRuleFailsOnAPackageCycle() {
        ArchRule rule = WebArchitectureTest.the_web_packages_have_no_cycles;
        assertThat(violations(rule, First.class, Second.class)).isTrue();
        assertThat(violations(rule, First.class, CallsARepository.class)).isFalse();
    }

    private static boolean violations(ArchRule rule, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        EvaluationResult result = rule.evaluate(imported);
        return result.hasViolation();
    }
}
