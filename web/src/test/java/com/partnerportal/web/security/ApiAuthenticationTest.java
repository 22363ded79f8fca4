package com.partnerportal.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.partnerportal.web.testsupport.Csrf;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

/** The API answers missing or bad credentials with 401 problems; pages keep the login redirect; logout is a POST. */
@QuarkusTest
class ApiAuthenticationTest {

    @Test
    void theApiWithoutCredentialsIs401ProblemJsonNotARedirect() {
        for (String path : new String[] {"/api/v1/partners/P-1001/scorecard", "/api/v1/partners/P-1001/evidence",
                "/api/v1/no-such-thing"}) {
            given().redirects().follow(false).when().get(path)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .header("Location", nullValue())
                    .body("status", equalTo(401))
                    .body("detail", containsString("access token"));
        }
        given().redirects().follow(false).contentType("application/json").body("{}")
                .when().post("/api/v1/imports/evidence")
                .then().statusCode(401).contentType("application/problem+json");
        given().redirects().follow(false).header("Authorization", "Bearer not-a-token")
                .when().get("/api/v1/partners/P-1001/scorecard")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void pagesWithoutCredentialsStillRedirectToTheLogin() {
        given().redirects().follow(false).when().get("/partners/P-1001")
                .then().statusCode(302).header("Location", containsString("/authorize?response_type=code"));
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-rita"))
    void logoutIsAFormPostWithTheCsrfToken() {
        String page = given().when().get("/review").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(page)
                .containsPattern("<form class=\"logout\" method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"csrf-token\" value=\"[^\"]+\">");
        given().redirects().follow(false).when().get("/logout").then().statusCode(405);
        // Without the token (a cross-site form): refused, the session stays.
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .when().post("/logout").then().statusCode(400);
        Csrf csrf = Csrf.from("/review");
        org.assertj.core.api.Assertions.assertThat(csrf.token()).isNotEqualTo("dGVzdC10b2tlbi1mb3ItY3NyZg");
    }
}
