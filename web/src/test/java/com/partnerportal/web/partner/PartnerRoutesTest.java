package com.partnerportal.web.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.web.imports.EvidenceImportService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every partner route × every role × own or foreign partner → the expected status. The table is the
 * specification; each role's test walks its rows.
 */
@QuarkusTest
class PartnerRoutesTest {

    static final String OWN = "P-7001";
    static final String FOREIGN = "P-7002";

    enum Role { PARTNER_ADMIN, PARTNER_USER, REVIEWER, PROGRAM_ADMIN, NOBODY }

    record Route(String method, String path, Map<String, String> form) {
        String on(String partnerId) {
            return path.replace("{id}", partnerId);
        }
    }

    static final List<Route> READ = List.of(
            new Route("GET", "/partners/{id}", null),
            new Route("GET", "/partners/{id}?asOf=2024-02", null),
            new Route("GET", "/partners/{id}/explain/customers?sort=contribution&dir=desc", null),
            new Route("GET", "/partners/{id}/explain/certifications", null),
            new Route("GET", "/partners/{id}/explain/usage-growth", null),
            new Route("GET", "/partners/{id}/explain/deployments?page=2", null),
            new Route("GET", "/partners/{id}/associations", null),
            new Route("GET", "/partners/{id}/benefits", null),
            new Route("GET", "/partners/{id}/simulator", null),
            new Route("GET", "/partners/{id}/scorecard.pdf?asOf=2024-03", null),
            new Route("GET", "/partners/{id}/rules?asOf=2024-03", null),
            new Route("POST", "/partners/{id}/simulator", Map.of("currentAsOf", "2024-03", "asOf", "2024-03",
                    "c1Segment", "SMB", "c1Current", "900")));

    static final List<Route> ACT = List.of(
            new Route("POST", "/partners/{id}/associations/customers", Map.of("customerId", "C-NEW-ROUTE",
                    "segment", "SMB", "type", "CSP", "reference", "sub-123")),
            new Route("POST", "/partners/{id}/associations/professionals", Map.of("personId", "mcid-route")));

    /** The expected status of a route for a role on its own or a foreign partner. */
    static int expected(Role role, Route route, boolean own) {
        boolean reads = READ.contains(route);
        return switch (role) {
            case PARTNER_ADMIN -> !own ? 404 : reads ? 200 : 303;
            case PARTNER_USER -> !own ? 404 : reads ? 200 : 403;
            case REVIEWER, PROGRAM_ADMIN -> reads ? 200 : 403;
            case NOBODY -> 404;
        };
    }

    @Inject
    EvidenceImportService imports;

    @BeforeEach
    void partners() {
        for (String id : List.of(OWN, FOREIGN)) {
            String json = SharedExamples.read(SharedExamples.evidenceFiles().stream()
                    .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow())
                    .replace("\"P-1001\"", "\"" + id + "\"");
            imports.importEvidence(EvidenceJson.read(json), "test", "routes fixture", true);
        }
        PartnerFixture.member(OWN, "sub-route-admin", true);
        PartnerFixture.member(OWN, "sub-route-user", false);
        QuarkusTransaction.requiringNew().run(() -> { });
    }

    @Test
    @TestSecurity(user = "route-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-route-admin"))
    void partnerAdmin() {
        walk(Role.PARTNER_ADMIN);
    }

    @Test
    @TestSecurity(user = "route-user")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-route-user"))
    void partnerUser() {
        walk(Role.PARTNER_USER);
    }

    @Test
    @TestSecurity(user = "route-reviewer", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-route-reviewer"))
    void reviewer() {
        walk(Role.REVIEWER);
    }

    @Test
    @TestSecurity(user = "route-program", roles = "program-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-route-program"))
    void programAdmin() {
        walk(Role.PROGRAM_ADMIN);
    }

    @Test
    @TestSecurity(user = "route-nobody")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-route-nobody"))
    void userWithoutMembership() {
        walk(Role.NOBODY);
    }

    private void walk(Role role) {
        Csrf csrf = Csrf.from("/partners/" + OWN + "/simulator");
        List<String> mismatches = new ArrayList<>();
        List<Route> routes = new ArrayList<>(READ);
        routes.addAll(ACT);
        for (Route route : routes) {
            for (boolean own : List.of(true, false)) {
                String path = route.on(own ? OWN : FOREIGN);
                int status = call(route, path, csrf).statusCode();
                int expected = expected(role, route, own);
                if (status != expected) {
                    mismatches.add(route.method() + " " + path + ": expected " + expected + ", got " + status);
                }
            }
        }
        assertThat(mismatches).as(role + " route matrix").isEmpty();
    }

    static Response call(Route route, String path, Csrf csrf) {
        if (route.method().equals("GET")) {
            return given().redirects().follow(false).when().get(path);
        }
        return csrf.post().formParams(route.form()).when().post(path);
    }
}
