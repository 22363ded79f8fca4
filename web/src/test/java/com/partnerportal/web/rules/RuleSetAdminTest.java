package com.partnerportal.web.rules;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.ledger.LedgerEntry;
import com.partnerportal.core.ledger.LedgerState;
import com.partnerportal.core.scoring.RuleSets;
import com.partnerportal.persistence.audit.AuditEventEntity;
import com.partnerportal.persistence.ledger.LedgerRepository;
import com.partnerportal.persistence.settings.RuleSetSettingEntity;
import com.partnerportal.persistence.settings.RuleSetSettings;
import com.partnerportal.web.admin.RecomputeJob;
import com.partnerportal.web.admin.RecomputeJobs;
import com.partnerportal.web.imports.EvidenceImportService;
import com.partnerportal.web.ledger.ScoreLedger;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Program admins move the boundary month of the rule-set choice: validated, audited, and used by every score. */
@QuarkusTest
@TestSecurity(user = "omar", roles = "program-admin")
@OidcSecurity(claims = { @Claim(key = "sub", value = "sub-omar"), @Claim(key = "preferred_username", value = "omar") })
class RuleSetAdminTest {

    static final String PARTNER = "P-7262";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ScorecardService scorecards;

    @Inject
    EvidenceImportService imports;

    @Inject
    RuleSetSettings settings;

    @Inject
    ScoreLedger ledger;

    @Inject
    LedgerRepository ledgerRepository;

    @Inject
    RecomputeJobs jobs;

    @AfterEach
    void backToTheDefault() {
        QuarkusTransaction.requiringNew().run(() -> RuleSetSettingEntity.deleteAll());
        settings.forget();
    }

    @Test
    void thePageListsTheRuleSetsWithTheirMonths() {
        given().get("/admin/rule-sets").then().statusCode(200)
                .body(containsString("data-rule-set=\"DATA_AI_AZURE-2024\""))
                .body(containsString("up to and including 2026-04"))
                .body(containsString("from 2026-05"))
                .body(containsString("the default, May 2026"));
    }

    @Test
    void badInputIsRefusedWithAMessagePerFieldAndNothingIsSaved() {
        Csrf csrf = Csrf.from("/admin/rule-sets");
        csrf.post().formParam("boundary", "2026-13").formParam("reason", " ").post("/admin/rule-sets")
                .then().statusCode(400)
                .body(containsString("id=\"boundary-error\""))
                .body(containsString("id=\"reason-error\""));
        assertThat(scorecards.ruleSets().boundary()).isEqualTo(RuleSets.DEFAULT_BOUNDARY);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        int status = given().redirects().follow(false).formParam("boundary", "2026-07").formParam("reason", "x")
                .post("/admin/rule-sets").statusCode();
        assertThat(status).isBetween(400, 403);
        assertThat(scorecards.ruleSets().boundary()).isEqualTo(RuleSets.DEFAULT_BOUNDARY);
    }

    @Test
    void movingTheBoundaryIsAuditedRecomputesTheOpenMonthAndChangesTheRuleSetOfTheMonthsBetween() throws Exception {
        String json = SharedExamples.read(SharedExamples.dir().resolve("rules-2026").resolve("example-2026-rules.json"))
                .replace("\"P-2601\"", "\"" + PARTNER + "\"");
        imports.importEvidence(EvidenceJson.read(json), "test", "boundary fixture", true);
        assertThat(scorecards.scorecard(PARTNER, YearMonth.of(2026, 6)).orElseThrow().ruleSet().id())
                .isEqualTo("DATA_AI_AZURE-2026");

        Csrf csrf = Csrf.from("/admin/rule-sets");
        String location = csrf.post().formParam("boundary", "2026-07").formParam("reason", "Microsoft's date")
                .post("/admin/rule-sets").then().statusCode(303).extract().header("Location");

        assertThat(location).contains("/admin/recompute/");
        assertThat(scorecards.ruleSets().boundary()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(scorecards.scorecard(PARTNER, YearMonth.of(2026, 6)).orElseThrow().ruleSet().id())
                .isEqualTo("DATA_AI_AZURE-2024");
        List<AuditEventEntity> events = QuarkusTransaction.requiringNew().call(() -> AuditEventEntity
                .<AuditEventEntity>list("action = ?1 order by id desc", "RULE_SET_BOUNDARY_MOVED"));
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).actor).isNotBlank();
        assertThat(JSON.readTree(events.get(0).before).get("boundary").asText()).isEqualTo("2026-05");
        assertThat(JSON.readTree(events.get(0).after).get("boundary").asText()).isEqualTo("2026-07");
        assertThat(JSON.readTree(events.get(0).after).get("DATA_AI_AZURE-2024").asText())
                .isEqualTo("up to and including 2026-06");
        assertThat(events.get(0).reason).isEqualTo("Microsoft's date");
        given().get("/admin/rule-sets").then().statusCode(200).body(containsString("from 2026-07"))
                .body(containsString("set to Jul 2026 by"));
        given().get("/partners/" + PARTNER + "/rules?asOf=2026-06").then().statusCode(200)
                .body(containsString("data-rule-set=\"DATA_AI_AZURE-2024\">"));
    }

    @Test
    void aMoveReScoresTheLedgersOpenMonthOnlyAndLeavesRecordedMonthsAsTheyWere() throws Exception {
        String partner = "P-7263";
        String json = SharedExamples.read(SharedExamples.dir().resolve("rules-2026").resolve("example-2026-rules.json"))
                .replace("\"P-2601\"", "\"" + partner + "\"");
        imports.importEvidence(EvidenceJson.read(json), "test", "open-month fixture", true);
        YearMonth open = ledger.openMonth();
        YearMonth closed = open.minusMonths(1);
        ledger.recordClosed(List.of(partner), closed, "test");
        RuleSets before = scorecards.ruleSets();
        assertThat(openVersion(partner, open).ruleSetId()).isEqualTo(before.forMonth(open).id());
        LedgerEntry recorded = versions(partner, closed).get(0);
        assertThat(recorded.ruleSetId()).isEqualTo(before.forMonth(closed).id());

        // the open month goes back to the 2024 rules: the boundary lies after it
        YearMonth boundary = open.plusMonths(1);
        try {
            moveAndWait(boundary, "the 2026 rules start later");
            assertThat(openVersion(partner, open).ruleSetId()).isEqualTo(RuleSets.DATA_AI_AZURE_2024.id())
                    .isEqualTo(RuleSets.withBoundary(boundary).forMonth(open).id());
            assertThat(versions(partner, closed)).containsExactly(recorded);
            given().get("/partners/" + partner + "?asOf=" + open).then().statusCode(200)
                    .body(containsString(RuleSets.DATA_AI_AZURE_2024.id()));
        } finally {
            moveAndWait(RuleSets.DEFAULT_BOUNDARY, "back to the default");
        }
        assertThat(openVersion(partner, open).ruleSetId()).isEqualTo(before.forMonth(open).id());
        assertThat(versions(partner, closed)).containsExactly(recorded);
    }

    private void moveAndWait(YearMonth boundary, String reason) throws InterruptedException {
        // a job still running for the open month (an earlier move) would be returned instead of a new one
        for (int i = 0; i < 1200 && jobs.recent().stream().anyMatch(RecomputeJob::running); i++) {
            Thread.sleep(100);
        }
        String location = Csrf.from("/admin/rule-sets").post().formParam("boundary", boundary.toString())
                .formParam("reason", reason).post("/admin/rule-sets").then().statusCode(303).extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        for (int i = 0; i < 1200 && jobs.find(id).orElseThrow().running(); i++) {
            Thread.sleep(100);
        }
        assertThat(jobs.find(id).orElseThrow().running()).isFalse();
        assertThat(jobs.find(id).orElseThrow().failed()).isEmpty();
    }

    private List<LedgerEntry> versions(String partner, YearMonth month) {
        return QuarkusTransaction.requiringNew().call(() -> ledgerRepository.versions(partner, month));
    }

    private LedgerEntry openVersion(String partner, YearMonth month) {
        List<LedgerEntry> versions = versions(partner, month);
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).state()).isEqualTo(LedgerState.OPEN);
        return versions.get(0);
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    void onlyProgramAdminsMayMoveIt() {
        given().get("/admin/rule-sets").then().statusCode(403);
        Csrf.from("/review").post().formParam("boundary", "2026-07").formParam("reason", "x")
                .post("/admin/rule-sets").then().statusCode(403);
        assertThat(scorecards.ruleSets().boundary()).isEqualTo(RuleSets.DEFAULT_BOUNDARY);
    }
}
