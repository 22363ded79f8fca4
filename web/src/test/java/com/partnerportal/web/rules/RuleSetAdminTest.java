package com.partnerportal.web.rules;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.scoring.RuleSets;
import com.partnerportal.persistence.audit.AuditEventEntity;
import com.partnerportal.persistence.settings.RuleSetSettingEntity;
import com.partnerportal.persistence.settings.RuleSetSettings;
import com.partnerportal.web.imports.EvidenceImportService;
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
        imports.importEvidence(EvidenceJson.read(json), "test", "boundary fixture");
        assertThat(scorecards.compute(PARTNER, YearMonth.of(2026, 6)).orElseThrow().ruleSet().id())
                .isEqualTo("DATA_AI_AZURE-2026");

        Csrf csrf = Csrf.from("/admin/rule-sets");
        String location = csrf.post().formParam("boundary", "2026-07").formParam("reason", "Microsoft's date")
                .post("/admin/rule-sets").then().statusCode(303).extract().header("Location");

        assertThat(location).contains("/admin/recompute/");
        assertThat(scorecards.ruleSets().boundary()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(scorecards.compute(PARTNER, YearMonth.of(2026, 6)).orElseThrow().ruleSet().id())
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
    @TestSecurity(user = "rita", roles = "reviewer")
    void onlyProgramAdminsMayMoveIt() {
        given().get("/admin/rule-sets").then().statusCode(403);
        Csrf.from("/review").post().formParam("boundary", "2026-07").formParam("reason", "x")
                .post("/admin/rule-sets").then().statusCode(403);
        assertThat(scorecards.ruleSets().boundary()).isEqualTo(RuleSets.DEFAULT_BOUNDARY);
    }
}
