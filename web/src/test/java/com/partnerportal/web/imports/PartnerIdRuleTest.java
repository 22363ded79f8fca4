package com.partnerportal.web.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

/** One partner-id rule in imports, the ACR CSV and the API: anything else is a 400 naming the field, nothing written. */
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
}
