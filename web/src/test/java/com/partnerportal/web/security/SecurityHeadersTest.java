package com.partnerportal.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The security headers are on every response: pages, error pages (400, 404, 409, 500), static files, redirects, 401, 413. */
@QuarkusTest
public class SecurityHeadersTest {

    static final Map<String, String> EXPECTED = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "frame-ancestors 'none'");

    /** The expected security headers this response lacks (empty when all are there). */
    public static List<String> missing(String what, Response response) {
        List<String> missing = new ArrayList<>();
        EXPECTED.forEach((name, value) -> {
            String actual = response.header(name);
            if (actual == null || !actual.contains(value)) {
                missing.add(what + " (" + response.statusCode() + "): " + name + " = " + actual);
            }
        });
        return missing;
    }

    /** As {@link #missing(String, Response)}, and the response must have this status. */
    static List<String> missing(String what, int status, Response response) {
        List<String> missing = new ArrayList<>(missing(what, response));
        if (response.statusCode() != status) {
            missing.add(what + ": expected status " + status + ", got " + response.statusCode());
        }
        return missing;
    }

    @Test
    void anonymousResponsesCarryTheHeaders() {
        List<String> missing = new ArrayList<>();
        missing.addAll(missing("static file", given().get("/static/portal.css")));
        missing.addAll(missing("login redirect", given().redirects().follow(false).get("/partners/P-1001")));
        missing.addAll(missing("API 401", given().get("/api/v1/partners/P-1001/scorecard")));
        missing.addAll(missing("health", given().get("/q/health/live")));
        missing.addAll(missing("public page", given().get("/signed-out")));
        assertThat(missing).isEmpty();
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-omar"), @Claim(key = "preferred_username", value = "omar") })
    void signedInResponsesCarryTheHeadersErrorsAndRedirectsIncluded() {
        // (503: DatabaseOutageTest checks the headers on the unavailable page and problem.)
        List<String> missing = new ArrayList<>();
        missing.addAll(missing("page", given().get("/admin/partners")));
        missing.addAll(missing("404 page", given().get("/no-such-page")));
        missing.addAll(missing("API 404", given().get("/api/v1/no-such-thing")));
        missing.addAll(missing("home", given().redirects().follow(false).get("/")));
        missing.addAll(missing("400 page", 400, given().get("/admin/partners?sort=nonsense")));
        missing.addAll(missing("500 page", 500, given().get("/test-only/failure")));
        missing.addAll(missing("500 problem", 500, given().get("/api/test-only/failure")));
        missing.addAll(missing("409 page", 409, given().get("/test-only/conflict")));
        missing.addAll(missing("API 400", 400, given().get("/api/v1/partners/-bad-/scorecard")));
        assertThat(missing).isEmpty();
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-omar"), @Claim(key = "preferred_username", value = "omar") })
    void aBodyOverTheLimitIs413WithTheHeaders() throws Exception {
        // Announced larger than quarkus.http.limits.max-body-size: refused before a byte of the body is read.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/imports/acr HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: 500000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String status = in.readLine();
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
            assertThat(status).contains(" 413");
            List<String> missing = new ArrayList<>();
            EXPECTED.forEach((name, value) -> {
                if (headers.get(name) == null || !headers.get(name).contains(value)) {
                    missing.add("413: " + name + " = " + headers.get(name));
                }
            });
            assertThat(missing).isEmpty();
        }
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-rita"), @Claim(key = "preferred_username", value = "rita") })
    void theAuditTrailIsNeverCached() {
        assertThat(given().get("/review/audit").header("Cache-Control")).contains("no-store");
        assertThat(given().get("/review/audit.csv").header("Cache-Control")).contains("no-store");
    }
}
