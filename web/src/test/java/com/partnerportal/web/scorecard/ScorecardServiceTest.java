package com.partnerportal.web.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.web.imports.AcrCsvImportService;
import com.partnerportal.web.imports.EvidenceImportService;
import com.partnerportal.web.testsupport.PartnerFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScorecardServiceTest {

    @Inject
    ScorecardService scorecards;

    @Inject
    EntityManager em;

    @Inject
    EvidenceImportService imports;

    @Inject
    AcrCsvImportService acr;

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
                + " and rule_set_id = '" + scorecards.ruleSets().forMonth(month).id() + "' and scorecard ->> 'partnerId' = 'P-8801'"))
                .isEqualTo(1);
    }

    @Test
    void importsForgetTheSnapshotsTheyMadeStaleAndRecomputeTheLatestMonth() {
        imports.importEvidence(EvidenceJson.read("""
                {"schemaVersion": 1, "asOf": "2024-03", "partner": {"id": "P-8803", "name": "Stale Ltd"},
                 "customers": [{"id": "C-1", "segment": "SMB", "attributions": ["PAL"],
                                "acr": {"2024-02": 600, "2024-03": 700}}],
                 "professionals": [], "deployments": []}"""), "test", "staleness");
        assertThat(count("select count(*) from scorecard_snapshot where partner_id = 'P-8803' and as_of = '2024-03-01'"))
                .as("the latest month is computed at once").isEqualTo(1);
        scorecards.history("P-8803", YearMonth.of(2024, 3), 24);
        assertThat(count("select count(*) from scorecard_snapshot where partner_id = 'P-8803'")).isEqualTo(24);

        acr.importCsv(new StringReader("partner_id,customer_id,month,acr_usd\nP-8803,C-1,2023-06,900\n"), "test",
                "staleness");
        // ACR of 2023-06 counts as of 2023-06 … 2024-07: the snapshots from 2023-06 on were forgotten (the 14 of
        // 2022-04 … 2023-05 stay) and the latest month was computed again.
        assertThat(count("select count(*) from scorecard_snapshot where partner_id = 'P-8803' and as_of < '2023-06-01'"))
                .isEqualTo(14);
        assertThat(count("select count(*) from scorecard_snapshot where partner_id = 'P-8803' and as_of >= '2023-06-01'"))
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
