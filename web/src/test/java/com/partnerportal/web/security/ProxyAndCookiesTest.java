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
import io.quarkus.vertx.http.runtime.TrustedProxyCheckPartConverter;
import java.lang.reflect.Field;
import org.eclipse.microprofile.config.ConfigProvider;
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

    /**
     * Every trusted proxy is an address or a CIDR block as Quarkus reads it: an entry it reads as a host name is
     * resolved through DNS on every forwarded request (where DNS is slow, every request waited 5 s — "::1" was
     * read as host ":" with port 1).
     */
    @Test
    void everyTrustedProxyIsAnAddressOrABlockNeverAHostNameThatCostsADnsLookupPerRequest() throws Exception {
        List<String> entries = ConfigProvider.getConfig()
                .getValues("quarkus.http.proxy.trusted-proxies", String.class);
        assertThat(entries).isNotEmpty();
        Field hostName = Class.forName("io.quarkus.vertx.http.runtime.TrustedProxyCheck$TrustedProxyCheckPart")
                .getDeclaredField("hostName");
        hostName.setAccessible(true);
        TrustedProxyCheckPartConverter converter = new TrustedProxyCheckPartConverter();
        for (String entry : entries) {
            assertThat(hostName.get(converter.convert(entry))).as("trusted proxy %s read as a host name", entry)
                    .isNull();
        }
        assertThat(hostName.get(converter.convert("::1"))).as("the check can fail: \"::1\" is read as a host name")
                .isNotNull();
    }
}
