package com.partnerportal.web.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "rita", roles = "reviewer")
class InternalErrorTest {

    @Test
    void anUnexpectedFailureShowsOnlyAnErrorIdInTheLayout() {
        given().when().get("/test-only/failure")
                .then().statusCode(500)
                .contentType(containsString("text/html"))
                .body(containsString("Partner Capability Portal"))
                .body(matchesPattern("(?s).*Error id: <code>[0-9a-f-]{36}</code>.*"))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void theErrorIdIsTheRequestIdTheLogCarries() {
        Response page = given().when().get("/test-only/failure");
        String requestId = page.header("X-Request-Id");
        assertThat(requestId).matches("[0-9a-f-]{36}");
        assertThat(page.asString()).contains("Error id: <code>" + requestId + "</code>");

        // A load balancer's request id is kept, so its logs and the portal's share it.
        given().header("X-Request-Id", "lb-0123456789abcdef").when().get("/api/test-only/failure")
                .then().statusCode(500)
                .header("X-Request-Id", "lb-0123456789abcdef")
                .body("errorId", org.hamcrest.Matchers.equalTo("lb-0123456789abcdef"));
        // Anything else offered as an id is replaced.
        given().header("X-Request-Id", "<script>").when().get("/api/test-only/failure")
                .then().statusCode(500)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void anUnexpectedApiFailureIsAProblemWithAnErrorId() {
        given().when().get("/api/test-only/failure")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("errorId", matchesPattern("[0-9a-f-]{36}"))
                .body(not(containsString("secret internal detail")));
    }

    @Test
    void aBrokenDatabaseRuleIsA409ThatNamesNoConstraintTableOrColumn() {
        for (String path : new String[] {"/test-only/conflict", "/api/test-only/conflict"}) {
            String body = given().when().get(path).then().statusCode(409).extract().asString();
            assertThat(body).as(path).contains("conflicts with data that already exists")
                    .doesNotContain(FailingResource.CONSTRAINT).doesNotContain("duplicate key")
                    .doesNotContain("unique constraint").doesNotContain("23505");
        }
        given().when().get("/api/test-only/conflict").then().contentType("application/problem+json");
    }
}
