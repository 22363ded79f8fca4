package com.partnerportal.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Bearer access tokens from the test identity provider (Quarkus' OIDC Dev Service, password grant): a token verified
 * once is served from {@link VerifiedBearerTokens} on the next request, with everything else still checked per
 * request; a token altered in one byte is verified afresh and refused every time. The rules of what is kept and for
 * how long: {@link VerifiedBearerTokensRulesTest}; a real ID token refused twice: {@code KeycloakLoginIT}.
 */
@QuarkusTest
class VerifiedBearerTokensTest {

    @Inject
    VerifiedBearerTokens tokens;

    /** The token response of the Dev Service's password grant for {@code user} (password = user name). */
    static JsonPath tokenResponse(String user) {
        var config = ConfigProvider.getConfig();
        String server = config.getValue("quarkus.oidc.auth-server-url", String.class);
        String endpoint = given().get(server + "/.well-known/openid-configuration").then().statusCode(200)
                .extract().jsonPath().getString("token_endpoint");
        return given().formParam("grant_type", "password").formParam("username", user).formParam("password", user)
                .formParam("scope", "openid")
                .formParam("client_id", config.getValue("quarkus.oidc.client-id", String.class))
                .formParam("client_secret", config.getValue("quarkus.oidc.credentials.secret", String.class))
                .post(endpoint).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aVerifiedAccessTokenIsKeptAndEveryRequestIsStillAuthorizedOnItsOwn() {
        String token = tokenResponse("alice").getString("access_token");
        long hitsBefore = tokens.stats().hitCount();
        given().auth().oauth2(token).get("/review").then().statusCode(200);
        long missesAfterFirst = tokens.stats().missCount();
        given().auth().oauth2(token).get("/review").then().statusCode(200);
        given().auth().oauth2(token).get("/review").then().statusCode(200);
        assertThat(tokens.stats().hitCount() - hitsBefore).as("the second and third request hit the cache")
                .isGreaterThanOrEqualTo(2);
        assertThat(tokens.stats().missCount()).as("no further miss for the same token").isEqualTo(missesAfterFirst);
        // The kept identity is a reviewer's, not a program admin's: what the role allows is still decided per request.
        given().auth().oauth2(token).redirects().follow(false).get("/admin/partners").then().statusCode(403);
        given().auth().oauth2(token).get("/review").then().statusCode(200);
    }

    @Test
    void aTokenAlteredInOneByteIsVerifiedAfreshAndRefused() {
        String token = tokenResponse("alice").getString("access_token");
        given().auth().oauth2(token).get("/review").then().statusCode(200);
        char last = token.charAt(token.length() - 2);
        String altered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(altered).redirects().follow(false).get("/api/v1/partners/P-1001/scorecard")
                    .then().statusCode(401);
        }
        given().auth().oauth2(token).get("/review").then().statusCode(200);
    }
}
