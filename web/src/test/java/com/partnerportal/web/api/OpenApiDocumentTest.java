package com.partnerportal.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** /q/openapi describes the API only, with typed bodies and every error response, each with an example. */
@QuarkusTest
@TestSecurity(user = "omar", roles = "program-admin")
class OpenApiDocumentTest {

    static final Map<String, Set<String>> ERRORS = Map.of(
            "/api/v1/imports/evidence", Set.of("400", "401", "403", "409", "413", "503"),
            "/api/v1/imports/acr", Set.of("400", "401", "403", "409", "413", "503"),
            "/api/v1/partners/{partnerId}/scorecard", Set.of("400", "401", "403", "404", "503"),
            "/api/v1/partners/{partnerId}/evidence", Set.of("400", "401", "403", "404", "503"),
            "/api/v1/partners/{partnerId}/associations/{kind}", Set.of("400", "401", "403", "404", "503"));

    JsonNode document() throws Exception {
        return new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void onlyApiPathsAreDescribed() throws Exception {
        List<String> paths = new ArrayList<>();
        document().get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsAll(ERRORS.keySet()).allMatch(p -> p.startsWith("/api/"));
    }

    @Test
    void everyOperationHasATypedBodyAndItsErrorResponses() throws Exception {
        JsonNode document = document();
        JsonNode responses = document.get("components").get("responses");
        for (Map.Entry<String, Set<String>> path : ERRORS.entrySet()) {
            JsonNode item = document.get("paths").get(path.getKey());
            JsonNode operation = item.has("post") ? item.get("post") : item.get("get");
            assertThat(operation.get("operationId")).as(path.getKey()).isNotNull();
            JsonNode ok = operation.get("responses").get("200").get("content").get("application/json").get("schema");
            assertThat(ok.has("$ref")).as("200 of %s is a named schema: %s", path.getKey(), ok).isTrue();
            for (String status : path.getValue()) {
                JsonNode error = operation.get("responses").get(status);
                assertThat(error).as("%s %s", path.getKey(), status).isNotNull();
                String name = error.get("$ref").asText().replace("#/components/responses/", "");
                JsonNode described = responses.get(name);
                assertThat(described.get("description").asText()).isNotBlank();
                if (described.has("content")) {
                    JsonNode problem = described.get("content").get("application/problem+json");
                    assertThat(problem.get("schema").get("$ref").asText()).endsWith("/Problem");
                    assertThat(problem.get("examples").elements().next().get("value").get("status").asInt())
                            .isEqualTo(Integer.parseInt(status));
                }
            }
        }
        JsonNode evidenceBody = document.get("paths").get("/api/v1/imports/evidence").get("post").get("requestBody");
        assertThat(evidenceBody.get("content").get("application/json").get("schema").get("$ref").asText())
                .endsWith("/Evidence");
        assertThat(document.get("components").get("schemas").fieldNames()).toIterable()
                .contains("Scorecard", "Evidence", "ImportResult", "AcrImportResult", "Problem", "AssociationPage",
                        "AssociationItem");
    }

    @Test
    void swaggerUiIsServedWithAPolicyThatLetsItStart() {
        // One policy: a browser would enforce each of several, so an added one could only forbid more.
        List<String> policies = given().get("/q/swagger-ui/").then().statusCode(200).extract().headers()
                .getValues("Content-Security-Policy");
        assertThat(policies).hasSize(1);
        assertThat(policies.get(0)).contains("script-src 'self' 'unsafe-inline'");
        // Every other page keeps the strict policy.
        given().get("/").then().header("Content-Security-Policy",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")));
    }
}
