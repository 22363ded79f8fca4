package com.partnerportal.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Inject
    EntityManager em;

    @Test
    void demoDataLoadsFourPartnersWithEvidenceAndIsIdempotent() {
        demoData.load();
        List<Object[]> first = counts();
        demoData.load();
        assertThat(counts()).containsExactlyElementsOf(first);

        assertThat(count("select count(*) from partner where partner_id in ('P-1001','P-2002','P-3003','P-4004')"))
                .isEqualTo(4);
        assertThat(count("select count(*) from customer where partner_id = 'P-3003'")).isEqualTo(200);
        assertThat(count("select count(*) from acr_month where partner_id = 'P-3003'")).isGreaterThan(2000);
        assertThat(count("select count(*) from membership where subject like '8f0c7a52-%'")).isEqualTo(4);
        assertThat(count("select count(*) from scorecard_snapshot where partner_id in ('P-1001','P-2002','P-3003','P-4004')"))
                .isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from partner where partner_id = 'P-1001' and name = 'Contoso Data Ltd'"))
                .isEqualTo(1);
        // Work for the demo reviewers: submitted associations and one sent back for changes.
        assertThat(count("select count(*) from customer_association where state = 'SUBMITTED'"
                + " and partner_id in ('P-3003','P-4004')")).isEqualTo(2);
        assertThat(count("select count(*) from professional_association where state = 'SUBMITTED'"
                + " and partner_id = 'P-4004'")).isEqualTo(1);
        assertThat(count("select count(*) from customer_association where state = 'CHANGES_REQUESTED'"
                + " and partner_id = 'P-2002'")).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> counts() {
        return em.createNativeQuery("""
                select (select count(*) from customer), (select count(*) from acr_month),
                       (select count(*) from professional), (select count(*) from certification),
                       (select count(*) from customer_association), (select count(*) from deployment)""")
                .getResultList();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
