package com.partnerportal.web.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
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
    void anUnexpectedApiFailureIsAProblemWithAnErrorId() {
        given().when().get("/api/test-only/failure")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("errorId", matchesPattern("[0-9a-f-]{36}"))
                .body(not(containsString("secret internal detail")));
    }
}
