package com.partnerportal.web.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.ReviewFixture;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

/**
 * One partner-id rule ({@code core.evidence.PartnerId}) at every entry point — the evidence import, the ACR CSV, the
 * API path, the admin's partner form, the restatement form, the review queue's and audit trail's partner filters and
 * the bulk selection: anything else is a 400 naming the JSON path or field, and nothing is written.
 */
@QuarkusTest
@TestSecurity(user = "omar", roles = "program-admin")
@OidcSecurity(claims = { @Claim(key = "sub", value = "sub-omar"), @Claim(key = "preferred_username", value = "omar") })
class PartnerIdRuleTest {

    private static String evidenceFor(String partnerId) {
        return SharedExamples.read(SharedExamples.evidenceFiles().stream()
                        .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow())
                .replace("\"P-1001\"", "\"" + partnerId + "\"");
    }

    @Test
    void anEvidenceFileForPartnerASlashBIsRefusedNamingPartnerIdAndNothingIsWritten() {
        for (String bad : new String[] {"a/b", "../P-1001", "P 1", "-P", "x".repeat(65)}) {
            given().contentType("application/json").body(evidenceFor(bad))
                    .when().post("/api/v1/imports/evidence")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors", hasItem(startsWith("partner.id")));
        }
        // The id is refused, not the partner: the same file with a good id imports.
        given().contentType("application/json").body(evidenceFor("P-8190.ok_1"))
                .when().post("/api/v1/imports/evidence").then().statusCode(200);
        given().when().get("/api/v1/partners/P-8190.ok_1/scorecard").then().statusCode(200);
    }

    @Test
    void anAcrRowWithABadPartnerIdIsRefusedNamingTheColumn() {
        given().contentType("text/csv").body("partner_id,customer_id,month,acr_usd\na/b,C-1,2024-03,10\n")
                .when().post("/api/v1/imports/acr")
                .then().statusCode(400)
                .body("errors", hasItem(startsWith("line 2, column partner_id")));
    }

    @Test
    void theApiRefusesAMalformedPartnerIdInThePathNamingIt() {
        for (String bad : new String[] {"-P", "P%201", "P%3B1", "x".repeat(65)}) {
            String body = given().urlEncodingEnabled(false).when().get("/api/v1/partners/" + bad + "/scorecard")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).extract().asString();
            assertThat(body).contains("partnerId");
        }
    }

    static final String[] BAD = {"a/b", "-P", "P 1", "P;1", "x".repeat(65), "P\u00e91"};

    @Test
    void theAdminsPartnerFormRefusesABadIdNamingTheFieldAndCreatesNothing() {
        Csrf csrf = Csrf.from("/admin/partners");
        for (String bad : BAD) {
            csrf.post().formParam("partnerId", bad).formParam("name", "Bad Id Ltd").formParam("anniversaryDate", "2024-01-01")
                    .post("/admin/partners").then().statusCode(400)
                    .body(containsString("must be 1-64 characters: a letter or digit"));
            assertThat(partnerExists(bad)).as(bad).isFalse();
        }
        String good = "P-8191.ok_" + System.nanoTime() % 100_000;
        csrf.post().formParam("partnerId", good).formParam("name", "Good Id Ltd").formParam("anniversaryDate", "2024-01-01")
                .post("/admin/partners").then().statusCode(303);
        assertThat(partnerExists(good)).isTrue();
    }

    @Test
    void theRestatementFormRefusesABadPartnerIdNamingTheFieldAndRestatesNothing() {
        Csrf csrf = Csrf.from("/admin/ledger");
        long before = restatements();
        for (String bad : BAD) {
            csrf.post().formParam("month", "2024-03").formParam("partner", bad).formParam("reason", "id check")
                    .post("/admin/ledger/restate").then().statusCode(400)
                    .body(containsString("must be 1-64 characters: a letter or digit"));
        }
        assertThat(restatements()).isEqualTo(before);
    }

    @Test
    void theQueueAndAuditFiltersRefuseABadPartnerIdNamingTheParameter() {
        for (String path : new String[] {"/review", "/review/audit", "/review/audit.csv"}) {
            for (String bad : BAD) {
                given().queryParam("partner", bad).get(path).then().statusCode(400)
                        .body(containsString("partner: must be 1-64 characters"));
            }
            given().queryParam("partner", "P-1001").get(path).then().statusCode(200);
        }
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-rita"), @Claim(key = "preferred_username", value = "rita") })
    void aBulkSelectionWithABadPartnerIdIsRefusedAndDecidesNothing() {
        Csrf csrf = Csrf.from("/review");
        for (String bad : new String[] {"a/b", "-P", "x".repeat(65)}) {
            long approvals = ReviewFixture.partnerAudits("ASSOCIATION_APPROVED", bad);
            csrf.post().formParam("item", "customers:1:0:" + bad).post("/review/bulk-approve").then().statusCode(400)
                    .body(containsString("item: not a selection"));
            assertThat(ReviewFixture.partnerAudits("ASSOCIATION_APPROVED", bad)).isEqualTo(approvals);
        }
    }

    @Test
    void theEvidenceExportRefusesAMalformedPartnerIdInThePathToo() {
        given().urlEncodingEnabled(false).get("/api/v1/partners/-P/evidence").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("partnerId"));
    }

    private static boolean partnerExists(String id) {
        return QuarkusTransaction.requiringNew().call(() -> PartnerEntity.findById(id) != null);
    }

    @Inject
    EntityManager em;

    private long restatements() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where action = 'SCORECARD_RESTATED'").getSingleResult()).longValue());
    }
}
