package com.partnerportal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the end-to-end tests share: the demo realm they log in to (Keycloak, started by {@code scripts/test.sh};
 * {@code -Dportal.e2e.realm}), its password grant for the demo users (password: the user name + {@code -demo}), and the
 * packaged portal the tests that start their own nodes run ({@code -Dportal.e2e.jar}).
 */
final class DemoRealm {

    static final String CLIENT_ID = "capability-portal";
    static final String CLIENT_SECRET = "demo-portal-secret";

    private DemoRealm() {
    }

    /** The realm's URL, e.g. {@code http://127.0.0.1:8180/realms/capability-portal}. */
    static String url() {
        return System.getProperty("portal.e2e.realm", "http://127.0.0.1:8180/realms/capability-portal");
    }

    /** Fails the test class unless Keycloak serves the realm. */
    static void requireKeycloak(String realm) throws IOException, InterruptedException {
        HttpResponse<String> keycloak = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(realm + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(keycloak.statusCode()).as("Keycloak's realm %s (scripts/keycloak.sh start)", realm).isEqualTo(200);
    }

    /** The packaged portal ({@code ./mvnw -B package}), which the tests start as nodes of their own. */
    static Path packagedPortal() {
        Path jar = Path.of(System.getProperty("portal.e2e.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged portal (./mvnw -B package first)").isRegularFile();
        return jar;
    }

    /** A demo user's access token from the realm's password grant (the portal's client). */
    static String accessToken(HttpClient http, String realm, String user) throws IOException, InterruptedException {
        return tokens(http, realm, user, CLIENT_ID, CLIENT_SECRET).get("access_token").asText();
    }

    /** The token response of a password grant with scope openid for a demo user: access_token and id_token. */
    static JsonNode tokens(HttpClient http, String realm, String user, String clientId, String clientSecret)
            throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", clientId, "client_secret", clientSecret,
                        "username", user, "password", user + "-demo", "scope", "openid")
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("password grant for %s: %s", user, response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
