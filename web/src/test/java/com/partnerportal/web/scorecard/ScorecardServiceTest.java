package com.partnerportal.web.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.web.testsupport.PartnerFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScorecardServiceTest {

    @Inject
    ScorecardService scorecards;

    @Inject
    EntityManager em;

    @Test
    void recomputingAMonthStoresOneSnapshotPerPartnerAndRecomputingAgainReplacesIt() {
        PartnerFixture.partner("P-8801", "Snapshot One");
        PartnerFixture.partner("P-8802", "Snapshot Two");
        YearMonth month = YearMonth.of(2031, 1);
        long partners = count("select count(*) from partner");

        assertThat(scorecards.recomputeAll(month)).isEqualTo(partners);
        assertThat(scorecards.recomputeAll(month)).isEqualTo(partners);

        assertThat(count("select count(*) from scorecard_snapshot where as_of = '2031-01-01'")).isEqualTo(partners);
        assertThat(count("select count(*) from scorecard_snapshot where as_of = '2031-01-01' and partner_id = 'P-8801'"
                + " and rule_set_id = '" + ScorecardService.RULE_SET_ID + "' and scorecard ->> 'partnerId' = 'P-8801'"))
                .isEqualTo(1);
    }

    @Test
    void anUnknownPartnerHasNoScorecard() {
        assertThat(scorecards.compute("P-NOPE", YearMonth.of(2024, 3))).isEmpty();
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
