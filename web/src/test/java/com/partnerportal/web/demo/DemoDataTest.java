package com.partnerportal.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import com.partnerportal.core.ledger.LedgerCalendar;
import com.partnerportal.core.ledger.MonthStanding;
import com.partnerportal.web.ledger.HistoryMonth;
import com.partnerportal.web.ledger.ShownScorecard;
import com.partnerportal.web.ledger.ScoreLedger;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Inject
    EntityManager em;

    @Inject
    DemoLedger demoLedger;

    @Inject
    ScoreLedger ledger;

    @Test
    void theDemoLedgerRecords24ClosedMonthsWithOneRestatedAndSeedsOnce() {
        demoData.load();
        List<String> demo = List.of("P-1001", "P-2002", "P-3003", "P-4004");
        demoLedger.seed(demo);
        demoLedger.seed(demo);
        YearMonth open = ledger.openMonth();
        List<HistoryMonth> history = ledger.history("P-1001", open.minusMonths(1), 24);
        assertThat(history).hasSize(24).allSatisfy(month -> assertThat(month.recorded()).isTrue());
        assertThat(history).filteredOn(HistoryMonth::restated).singleElement()
                .satisfies(month -> {
                    assertThat(month.month()).isEqualTo(open.minusMonths(DemoLedger.RESTATED_MONTHS_BACK));
                    assertThat(month.standing().label()).contains("restated", "corrected ACR import #512");
                    assertThat(month.standing().recorded()).isPresent();
                });
        assertThat(count("select count(*) from scorecard_ledger where state = 'RESTATED' and partner_id = 'P-1001'"))
                .as("seeding twice restates once").isEqualTo(1);
        // The demo files moved into the present score in the open month what they scored as of their own month
        // (the README's 78 for Contoso), and the restated correction leaves the open month alone.
        ShownScorecard contoso = ledger.scorecard("P-1001", open).orElseThrow();
        assertThat(contoso.standing().kind()).isEqualTo(MonthStanding.Kind.OPEN);
        assertThat(contoso.scorecard().total()).isEqualTo(78);
        assertThat(contoso.scorecard().attained()).isTrue();
        for (String partner : demo) {
            assertThat(count("select count(*) from scorecard_ledger where state = 'RECORDED' and partner_id = '"
                    + partner + "' and as_of >= '" + open.minusMonths(24).atDay(1) + "'")).isEqualTo(24);
        }
    }

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
        assertThat(count("select count(*) from scorecard_ledger where state = 'OPEN' and as_of = '"
                + LedgerCalendar.openMonth(java.time.Clock.systemUTC()).atDay(1)
                + "' and partner_id in ('P-1001','P-2002','P-3003','P-4004')"))
                .as("each demo partner's open month, kept by the imports").isEqualTo(4);
        // The demo evidence lives in the present: the files' dates were moved to end in the open month.
        assertThat(count("select count(*) from acr_month where partner_id = 'P-1001' and month = '"
                + LedgerCalendar.openMonth(java.time.Clock.systemUTC()).atDay(1) + "'")).isPositive();
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
