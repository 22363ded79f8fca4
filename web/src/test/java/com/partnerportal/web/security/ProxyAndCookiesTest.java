package com.partnerportal.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behind a TLS-terminating proxy: forwarded headers honoured, https redirect URIs, cookie flags. */
@QuarkusTest
class ProxyAndCookiesTest {

    private static String setCookie(Response response, String namePrefix) {
        List<String> cookies = response.headers().getValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(namePrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + namePrefix + " in " + cookies));
    }

    @Test
    void theLoginRedirectUsesTheProxysSchemeAndHostAndItsStateCookieIsSecureHttpOnlyLax() {
        Response response = given().redirects().follow(false)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "portal.example.com")
                .when().get("/partners/P-1001");
        assertThat(response.statusCode()).isEqualTo(302);
        String location = URLDecoder.decode(response.header("Location"), StandardCharsets.UTF_8);
        assertThat(location).contains("redirect_uri=https://portal.example.com/");
        String state = setCookie(response, "q_auth");
        assertThat(state).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-rita"))
    void theCsrfCookieIsSecureHttpOnlyLax() {
        Response response = given().when().get("/review");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(setCookie(response, "portal-csrf=")).containsIgnoringCase("; Secure")
                .containsIgnoringCase("; HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
}
