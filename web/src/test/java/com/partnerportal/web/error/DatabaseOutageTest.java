package com.partnerportal.web.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.partnerportal.web.security.SecurityHeadersTest;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.PostgresServer;
import com.partnerportal.web.testsupport.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The test PostgreSQL is stopped behind the portal's back: pages answer 503 with a page that needs no database,
 * the API a 503 problem, both with Retry-After; readiness is DOWN, liveness UP. Started again, the portal
 * recovers without a restart.
 */
@QuarkusTest
class DatabaseOutageTest {

    static final String PARTNER = "P-8180";

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-omar"), @Claim(key = "preferred_username", value = "omar") })
    void whileTheDatabaseIsAwayEverythingAnswers503AndItRecoversByItself() {
        PartnerFixture.partner(PARTNER, "Outage Ltd");
        given().when().get("/partners/" + PARTNER).then().statusCode(200);
        PostgresServer server = PostgresServer.of(PostgresTestResource.database().dataDirectory());
        server.stop();
        try {
            List<String> missingHeaders = new ArrayList<>();
            for (String page : new String[] {"/partners/" + PARTNER, "/review", "/admin/partners", "/no-such-page"}) {
                missingHeaders.addAll(SecurityHeadersTest.missing("503 " + page, given().when().get(page)));
                given().when().get(page)
                        .then().statusCode(503)
                        .header("Retry-After", "30")
                        .contentType(containsString("text/html"))
                        .body(containsString("Temporarily unavailable"))
                        .body(not(containsString("Error id")));
            }
            given().when().get("/api/v1/partners/" + PARTNER + "/scorecard")
                    .then().statusCode(503)
                    .header("Retry-After", "30")
                    .contentType("application/problem+json")
                    .body("status", equalTo(503))
                    .body("detail", containsString("database"));
            missingHeaders.addAll(SecurityHeadersTest.missing("503 problem",
                    given().when().get("/api/v1/partners/" + PARTNER + "/scorecard")));
            assertThat(missingHeaders).as("security headers on 503").isEmpty();
            given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            // Static assets need no database.
            given().when().get("/static/portal.css").then().statusCode(200);
        } finally {
            server.start();
        }
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/partners/" + PARTNER).then().statusCode(200).body(containsString("Outage Ltd"));
        given().when().get("/api/v1/partners/" + PARTNER + "/scorecard").then().statusCode(200);
    }
}
