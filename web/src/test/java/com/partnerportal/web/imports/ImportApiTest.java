package com.partnerportal.web.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class ImportApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> TABLES = List.of("partner", "membership", "customer", "customer_association",
            "acr_month", "professional", "certification", "professional_association", "deployment", "specialization",
            "scorecard_ledger", "audit_event");

    @Inject
    EntityManager em;

    static List<Path> examples() {
        return SharedExamples.evidenceFiles();
    }

    /**
     * Self-contained: each example goes in under a partner id of its own (no other test's decisions on P-1001 or
     * P-2002 count), as a verified source, so its associations are approved through the review model and count, as
     * the example's expected scorecard assumes.
     */
    @ParameterizedTest
    @MethodSource("examples")
    @TestSecurity(user = "omar", roles = "program-admin")
    void importExportAndScoreRoundTripForEachSharedExample(Path example) throws Exception {
        String shared = SharedExamples.read(example);
        String sharedId = JSON.readTree(shared).get("partner").get("id").asText();
        String partnerId = ReviewFixture.unique("P-ROUND");
        String evidence = shared.replace("\"" + sharedId + "\"", "\"" + partnerId + "\"");
        ObjectNode expected = (ObjectNode) JSON.readTree(SharedExamples.read(SharedExamples.expectedFor(example)));
        expected.put("partnerId", partnerId);
        String asOf = JSON.readTree(evidence).get("asOf").asText();

        given().contentType(ContentType.JSON).body(evidence)
                .when().post("/api/v1/imports/evidence?verifiedSource=true")
                .then().statusCode(200).body("partnerId", equalTo(partnerId));

        String exported = given().when().get("/api/v1/partners/{id}/evidence?asOf={asOf}", partnerId, asOf)
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        String rescored = ScorecardJson.write(ScoreCalculator.score(EvidenceJson.read(exported)));
        assertContainsExpected(JSON.readTree(rescored), expected);

        String served = given().when().get("/api/v1/partners/{id}/scorecard?asOf={asOf}", partnerId, asOf)
                .then().statusCode(200).extract().asString();
        assertContainsExpected(JSON.readTree(served), expected);
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    void importingTheSameEvidenceAgainChangesNothing() {
        String evidence = SharedExamples.read(SharedExamples.evidenceFiles().get(0));
        given().contentType(ContentType.JSON).body(evidence).post("/api/v1/imports/evidence").then().statusCode(200);
        Map<String, Long> before = rowCounts();
        given().contentType(ContentType.JSON).body(evidence)
                .when().post("/api/v1/imports/evidence")
                .then().statusCode(200).body("changedRows", equalTo(0));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    void anInvalidEvidenceFileIsRejectedWholeWithEveryProblemNamed() {
        Map<String, Long> before = rowCounts();
        given().contentType(ContentType.JSON).body("""
                {"schemaVersion": 1, "asOf": "2024-13", "partner": {"id": "P-7777"},
                 "customers": [{"id": "C-1", "segment": "HUGE", "attributions": ["PAL"], "acr": {"2024-01": -5}}],
                 "professionals": [], "deployments": [], "colour": "blue"}""")
                .when().post("/api/v1/imports/evidence")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors", hasItem(containsString("asOf")))
                .body("errors", hasItem(containsString("customers[0].segment")))
                .body("errors", hasItem(containsString("customers[0].acr.2024-01")))
                .body("errors", hasItem(containsString("colour")));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    void acrCsvImportUpsertsAndAReimportChangesNothing() {
        importSmallPartner("P-5501");
        String csv = "partner_id,customer_id,month,acr_usd\nP-5501,C-1,2024-01,100.50\nP-5501,C-1,2024-02,200\n";
        given().contentType("text/csv").body(csv).when().post("/api/v1/imports/acr")
                .then().statusCode(200).body("rows", equalTo(2)).body("changedRows", equalTo(2));
        given().contentType("text/csv").body(csv).when().post("/api/v1/imports/acr")
                .then().statusCode(200).body("rows", equalTo(2)).body("changedRows", equalTo(0));
        Number amount = (Number) em.createNativeQuery("select amount from acr_month m join customer c on c.id ="
                + " m.customer_ref where c.customer_id = 'C-1' and m.partner_id = 'P-5501' and month = '2024-01-01'")
                .getSingleResult();
        assertThat(amount.toString()).isEqualTo("100.50");
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    void anAcrCsvWithOneBadRowWritesNothingAndNamesLineAndColumn() {
        importSmallPartner("P-5502");
        Map<String, Long> before = rowCounts();
        String csv = "partner_id,customer_id,month,acr_usd\n"
                + "P-5502,C-1,2024-01,100\n"
                + "P-5502,C-404,2024-02,200\n"
                + "P-5502,C-1,2024-13,10\n"
                + "P-5502,C-1,2024-03,-1\n"
                + "P-5502,C-1,2024-01,5\n";
        given().contentType("text/csv").body(csv).when().post("/api/v1/imports/acr")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasItem("line 4, column month: not a month (YYYY-MM): 2024-13"))
                .body("errors", hasItem("line 5, column acr_usd: must be ≥ 0"));
        // Syntax first; once the syntax is right, references and duplicates are checked as a set.
        String references = "partner_id,customer_id,month,acr_usd\n"
                + "P-5502,C-1,2024-01,100\nP-5502,C-404,2024-02,200\nP-0404,C-1,2024-02,1\nP-5502,C-1,2024-01,5\n";
        given().contentType("text/csv").body(references).when().post("/api/v1/imports/acr")
                .then().statusCode(400)
                .body("errors", hasSize(3))
                .body("errors[0]", equalTo("line 3, column customer_id: unknown customer C-404 of partner P-5502"))
                .body("errors[1]", equalTo("line 4, column partner_id: unknown partner P-0404"))
                .body("errors[2]", equalTo("line 5: the same partner, customer and month as line 2"));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    void monthsOutsideThePortalsRangeAreRejectedWithTheirLine() {
        importSmallPartner("P-5505");
        given().contentType("text/csv").body("partner_id,customer_id,month,acr_usd\nP-5505,C-1,0000-01,10\n")
                .when().post("/api/v1/imports/acr")
                .then().statusCode(400)
                .body("errors[0]", equalTo("line 2, column month: month out of range (2000-01 … 2099-12): 0000-01"));
        given().contentType(ContentType.JSON).body("""
                {"schemaVersion": 1, "asOf": "1999-12", "partner": {"id": "P-5505"},
                 "customers": [], "professionals": [], "deployments": []}""")
                .when().post("/api/v1/imports/evidence")
                .then().statusCode(400).body("errors", hasItem(containsString("asOf: month out of range")));
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    void anAcrCsvWithoutItsHeaderIsRejected() {
        given().contentType("text/csv").body("P-1,C-1,2024-01,1\n").when().post("/api/v1/imports/acr")
                .then().statusCode(400).body("errors[0]", containsString("expected the header"));
    }

    @Test
    @TestSecurity(user = "paul", roles = "reviewer")
    void onlyProgramAdminsImport() {
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/imports/evidence")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("text/csv").body("x").when().post("/api/v1/imports/acr").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-api-member"))
    void membersReadTheirOwnScorecardButNotAnotherPartnersNorEvidence() {
        PartnerFixture.partner("P-5503", "Own Partner");
        PartnerFixture.partner("P-5504", "Other Partner");
        PartnerFixture.member("P-5503", "sub-api-member", false);
        given().when().get("/api/v1/partners/P-5503/scorecard?asOf=2024-03")
                .then().statusCode(200).body("partnerId", equalTo("P-5503")).body("total", equalTo(0));
        given().when().get("/api/v1/partners/P-5504/scorecard?asOf=2024-03")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/partners/P-5503/evidence?asOf=2024-03").then().statusCode(403);
        given().when().get("/api/v1/partners/P-5503/scorecard?asOf=2024-3")
                .then().statusCode(400).body("errors[0]", containsString("asOf"));
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    void openApiDescribesTheApi() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/v1/imports/evidence"))
                .body(containsString("/api/v1/partners/{partnerId}/scorecard"));
    }

    private static void importSmallPartner(String partnerId) {
        given().contentType(ContentType.JSON).body("""
                {"schemaVersion": 1, "asOf": "2024-03", "partner": {"id": "%s", "name": "Small"},
                 "customers": [{"id": "C-1", "segment": "SMB", "attributions": ["CSP"], "acr": {}}],
                 "professionals": [], "deployments": []}""".formatted(partnerId))
                .when().post("/api/v1/imports/evidence").then().statusCode(200);
    }

    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                    .longValue());
        }
        return counts;
    }

    /** Every field of the expected scorecard is present in the actual one with the same value. */
    static void assertContainsExpected(JsonNode actual, JsonNode expected) {
        assertContainsExpected(actual, expected, "$");
    }

    private static void assertContainsExpected(JsonNode actual, JsonNode expected, String path) {
        if (expected.isObject()) {
            for (Iterator<Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext(); ) {
                Entry<String, JsonNode> field = fields.next();
                assertThat(actual.has(field.getKey())).as(path + "." + field.getKey() + " present").isTrue();
                assertContainsExpected(actual.get(field.getKey()), field.getValue(), path + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertContainsExpected(actual.get(i), expected.get(i), path + "[" + i + "]");
            }
        } else if (expected.isNumber()) {
            assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }
}
