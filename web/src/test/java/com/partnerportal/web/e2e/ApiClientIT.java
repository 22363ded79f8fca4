package com.partnerportal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerportal.client.ApiClient;
import com.partnerportal.client.ApiException;
import com.partnerportal.client.api.ImportsApi;
import com.partnerportal.client.api.PartnersApi;
import com.partnerportal.client.model.Evidence;
import com.partnerportal.client.model.ImportResult;
import com.partnerportal.client.model.MetricScore;
import com.partnerportal.client.model.Problem;
import com.partnerportal.client.model.Scorecard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API through the Java client that openapi-generator generates at build time from the portal's own OpenAPI
 * document (web/target/openapi/openapi.json, written by the Quarkus build; Maven profile e2e), with a real access
 * token from the demo's Keycloak: import an evidence file, read the scorecard, export the evidence, and get
 * problem details back for a bad month and an unknown partner.
 */
class ApiClientIT {

    private static final String REALM = "/realms/capability-portal";
    private static String portal;
    private static ApiClient client;

    @BeforeAll
    static void clientWithAToken() throws Exception {
        String url = System.getProperty("portal.e2e.url");
        if (url == null || url.isBlank()) {
            fail("Set -Dportal.e2e.url to the running portal (scripts/test.sh starts it)");
        }
        portal = url.replaceAll("/+$", "");
        String token = passwordGrant("omar");
        client = new ApiClient();
        client.updateBaseUri(portal);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    @Test
    void importsEvidenceReadsTheScorecardAndExportsTheEvidence() throws Exception {
        String partnerId = "P-API-" + System.currentTimeMillis() % 1_000_000;
        String file = Files.readString(sharedExample("example-smb-attained.json"))
                .replace("\"P-1001\"", "\"" + partnerId + "\"");
        Evidence evidence = client.getObjectMapper().readValue(file, Evidence.class);

        // A verified source: its associations are approved through the review model, so they score at once.
        ImportResult imported = new ImportsApi(client).importEvidence(evidence, "true");
        assertThat(imported.getPartnerId()).isEqualTo(partnerId);
        assertThat(imported.getCustomers()).isEqualTo(evidence.getCustomers().size());
        assertThat(imported.getChangedRows()).isPositive();
        assertThat(imported.getVerifiedSource()).isTrue();
        // One approval per (customer, attribution) and per professional, each through the review model.
        assertThat(imported.getApproved()).hasSize(evidence.getCustomers().stream()
                .mapToInt(customer -> customer.getAttributions().size()).sum() + evidence.getProfessionals().size());
        assertThat(imported.getSubmitted()).isEmpty();

        Scorecard scorecard = new PartnersApi(client).getScorecard(partnerId, "2024-03");
        ObjectMapper json = client.getObjectMapper();
        var expected = json.readTree(sharedExample("example-smb-attained.expected.json").toFile());
        assertThat(scorecard.getPartnerId()).isEqualTo(partnerId);
        assertThat(scorecard.getTotal()).isEqualTo(expected.get("total").asInt());
        assertThat(scorecard.getAttained()).isEqualTo(expected.get("attained").asBoolean());
        assertThat(scorecard.getMetrics()).extracting(MetricScore::getPoints)
                .containsExactly(expected.get("metrics").findValues("points").stream().map(p -> p.asInt())
                        .toArray(Integer[]::new));
        assertThat(scorecard.getBenefits().getAzureProductionCreditsUsd())
                .isEqualTo(expected.get("benefits").get("azureProductionCreditsUsd").asInt());

        Evidence exported = new PartnersApi(client).exportEvidence(partnerId, "2024-03");
        assertThat(exported.getPartner().getId()).isEqualTo(partnerId);
        assertThat(exported.getCustomers()).hasSameSizeAs(evidence.getCustomers());
    }

    @Test
    void errorsArriveAsProblemDetails() {
        assertThatThrownBy(() -> new PartnersApi(client).getScorecard("P-1001", "2024-13"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    Problem problem = problem(e);
                    assertThat(problem.getStatus()).isEqualTo(400);
                    assertThat(problem.getDetail()).isNotBlank();
                });
        assertThatThrownBy(() -> new PartnersApi(client).getScorecard("P-NO-SUCH-PARTNER", null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(problem(e).getTitle()).isEqualTo("Not Found");
                });
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(portal);
        anonymous.setRequestInterceptor(request -> request.header("Authorization", "Bearer not-a-token"));
        assertThatThrownBy(() -> new PartnersApi(anonymous).getScorecard("P-1001", null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
    }

    private static Problem problem(ApiException e) {
        assertThat(e.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        try {
            return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        } catch (IOException parse) {
            throw new AssertionError("not a problem detail: " + e.getResponseBody(), parse);
        }
    }

    private static Path sharedExample(String name) {
        return Path.of(System.getProperty("shared.dir", "../../shared"), "examples", name);
    }

    private static String passwordGrant(String user) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(portal + "/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String location = login.headers().firstValue("Location").orElseThrow();
        String realm = location.substring(0, location.indexOf(REALM) + REALM.length());
        return DemoRealm.accessToken(http, realm, user);
    }
}
