package com.partnerportal.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix of every route: route × caller (partner admin and partner user of the partner in the
 * path, a member of another partner, reviewer, program admin) → allowed or the exact refusal. The first test finds
 * every resource method by reflection and fails when one is missing from the matrix, so a new endpoint cannot go
 * unexamined.
 */
@QuarkusTest
class RouteAuthorizationMatrixTest {

    static final String OWN = "P-8300";
    static final String OTHER = "P-8301";

    /** Who may call a route. */
    enum Rule { PUBLIC, SIGNED_IN, PARTNER_READ, PARTNER_ADMIN, STAFF, REVIEWER, PROGRAM_ADMIN, PROGRAM_ADMIN_OF_PARTNER }

    enum Caller { PARTNER_ADMIN, PARTNER_USER, OUTSIDER, REVIEWER, PROGRAM_ADMIN }

    /** Every route of the portal ("METHOD /path/{param}") and who may call it. */
    static final Map<String, Rule> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /", Rule.SIGNED_IN);
        MATRIX.put("GET /signed-out", Rule.PUBLIC);
        MATRIX.put("POST /logout", Rule.SIGNED_IN);
        MATRIX.put("GET /partners/{partnerId}", Rule.PARTNER_READ);
        MATRIX.put("GET /partners/{partnerId}/explain/{metric}", Rule.PARTNER_READ);
        MATRIX.put("GET /partners/{partnerId}/associations", Rule.PARTNER_READ);
        MATRIX.put("POST /partners/{partnerId}/associations/customers", Rule.PARTNER_ADMIN);
        MATRIX.put("POST /partners/{partnerId}/associations/professionals", Rule.PARTNER_ADMIN);
        MATRIX.put("POST /partners/{partnerId}/associations/{kind}/{id}/withdraw", Rule.PARTNER_ADMIN);
        MATRIX.put("POST /partners/{partnerId}/associations/{kind}/{id}/resubmit", Rule.PARTNER_ADMIN);
        MATRIX.put("GET /partners/{partnerId}/benefits", Rule.PARTNER_READ);
        MATRIX.put("GET /partners/{partnerId}/designation", Rule.PARTNER_READ);
        MATRIX.put("GET /partners/{partnerId}/designation/badge.svg", Rule.PARTNER_READ);
        MATRIX.put("POST /partners/{partnerId}/designation/enrol", Rule.PARTNER_ADMIN);
        MATRIX.put("POST /partners/{partnerId}/designation/activate", Rule.PARTNER_ADMIN);
        MATRIX.put("POST /partners/{partnerId}/designation/renew", Rule.PARTNER_ADMIN);
        MATRIX.put("GET /partners/{partnerId}/simulator", Rule.PARTNER_READ);
        MATRIX.put("POST /partners/{partnerId}/simulator", Rule.PARTNER_READ);
        MATRIX.put("GET /partners/{partnerId}/rules", Rule.PARTNER_READ);
        MATRIX.put("GET /partners/{partnerId}/scorecard.pdf", Rule.PARTNER_READ);
        MATRIX.put("GET /api/v1/partners/{partnerId}/scorecard", Rule.PARTNER_READ);
        MATRIX.put("GET /api/v1/partners/{partnerId}/evidence", Rule.PROGRAM_ADMIN_OF_PARTNER);
        MATRIX.put("POST /api/v1/imports/evidence", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /api/v1/imports/acr", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /review", Rule.STAFF);
        MATRIX.put("GET /review/{kind}/{partnerId}/{id}", Rule.STAFF);
        MATRIX.put("POST /review/{kind}/{partnerId}/{id}/approve", Rule.REVIEWER);
        MATRIX.put("POST /review/{kind}/{partnerId}/{id}/reject", Rule.REVIEWER);
        MATRIX.put("POST /review/{kind}/{partnerId}/{id}/request-changes", Rule.REVIEWER);
        MATRIX.put("GET /review/bulk-approve", Rule.REVIEWER);
        MATRIX.put("POST /review/bulk-approve", Rule.REVIEWER);
        MATRIX.put("GET /review/audit", Rule.STAFF);
        MATRIX.put("GET /review/audit.csv", Rule.STAFF);
        MATRIX.put("GET /admin/partners", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/partners", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /admin/partners/overview.csv", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /admin/ledger", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/ledger/restate", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /admin/partners/{partnerId}", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/partners/{partnerId}", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/partners/{partnerId}/memberships", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/partners/{partnerId}/memberships/{membershipId}/remove", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /admin/imports", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/imports/evidence", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/imports/acr", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /admin/recompute", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/recompute", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /admin/rule-sets", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/rule-sets", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /admin/recompute/{jobId}", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /admin/scorecards.zip", Rule.PROGRAM_ADMIN);
    }

    /** Routes whose own ids may legitimately not exist in this test (an unknown job): 404 counts as allowed there. */
    static final Set<String> MAY_BE_NOT_FOUND = Set.of("GET /admin/recompute/{jobId}");

    /** What a caller gets: "ok" (allowed: not 401/403/404, not a login redirect, below 500), or a status. */
    static String expected(Rule rule, Caller caller) {
        boolean staff = caller == Caller.REVIEWER || caller == Caller.PROGRAM_ADMIN;
        return switch (rule) {
            case PUBLIC, SIGNED_IN -> "ok";
            case PARTNER_READ -> caller == Caller.OUTSIDER ? "404" : "ok";
            case PARTNER_ADMIN -> caller == Caller.PARTNER_ADMIN ? "ok" : caller == Caller.OUTSIDER ? "404" : "403";
            case STAFF -> staff ? "ok" : "403";
            case REVIEWER -> caller == Caller.REVIEWER ? "ok" : "403";
            case PROGRAM_ADMIN, PROGRAM_ADMIN_OF_PARTNER -> caller == Caller.PROGRAM_ADMIN ? "ok" : "403";
        };
    }

    // --- every resource method is in the matrix ---------------------------------------------------------------

    static Set<String> resourceMethods() {
        Set<String> routes = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.partnerportal.web")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = type.getAnnotationOfType(Path.class).value();
            for (JavaMethod method : type.getMethods()) {
                String verb = method.isAnnotatedWith(GET.class) ? "GET" : method.isAnnotatedWith(POST.class) ? "POST"
                        : method.isAnnotatedWith(PUT.class) ? "PUT" : method.isAnnotatedWith(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                String sub = method.isAnnotatedWith(Path.class) ? method.getAnnotationOfType(Path.class).value() : "";
                routes.add(verb + " " + join(base, sub));
            }
        }
        return routes;
    }

    static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Test
    void everyResourceMethodIsInTheMatrixAndTheMatrixHasNoStaleRoute() {
        Set<String> found = resourceMethods();
        assertThat(found).as("resource methods found by reflection").hasSizeGreaterThan(30);
        assertThat(found).as("resource methods missing from MATRIX").isSubsetOf(MATRIX.keySet());
        assertThat(MATRIX.keySet()).as("MATRIX rows with no resource method").isSubsetOf(found);
    }

    // --- and each row holds --------------------------------------------------------------------------------------

    long ownAssociation;
    long membershipToRemove;

    @BeforeEach
    void partners() {
        PartnerFixture.partner(OWN, "Matrix Own Ltd");
        PartnerFixture.partner(OTHER, "Matrix Other Ltd");
        PartnerFixture.member(OWN, "sub-matrix-admin", true);
        PartnerFixture.member(OWN, "sub-matrix-user", false);
        PartnerFixture.member(OTHER, "sub-matrix-outsider", true);
        PartnerFixture.member(OWN, "sub-matrix-removable", false);
        ownAssociation = ReviewFixture.submittedCustomer(OWN, ReviewFixture.unique("C-MATRIX"), 1);
        membershipToRemove = QuarkusTransaction.requiringNew().call(() -> MembershipEntity
                .<MembershipEntity>find("partnerId = ?1 and subject = ?2", OWN, "sub-matrix-removable")
                .firstResult().id);
    }

    private String concrete(String route) {
        return route.substring(route.indexOf(' ') + 1)
                .replace("{partnerId}", OWN).replace("{kind}", "customers").replace("{id}", String.valueOf(ownAssociation))
                .replace("{metric}", "customers")
                .replace("{membershipId}", String.valueOf(membershipToRemove)).replace("{jobId}", "no-such-job");
    }

    private List<String> walk(Caller caller) {
        Csrf csrf = Csrf.from("/", "/partners/" + OWN + "/associations", "/review", "/admin/partners");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Rule> row : MATRIX.entrySet()) {
            String route = row.getKey();
            String path = concrete(route);
            RequestSpecification request = given().redirects().follow(false);
            Response response;
            if (!route.startsWith("POST ")) {
                response = request.get(path);
            } else if (path.equals("/api/v1/imports/acr")) {
                response = request.contentType("text/csv").body("partner_id,customer_id,month,acr_usd\n").post(path);
            } else if (path.startsWith("/api/")) {
                response = request.contentType("application/json").body("{}").post(path);
            } else if (path.startsWith("/admin/imports/")) {
                response = csrf.withMultipart(request).multiPart("file", "empty.txt", new byte[0], "text/plain").post(path);
            } else {
                response = csrf.with(request).formParam("version", "0").post(path);
            }
            int status = response.statusCode();
            String want = expected(row.getValue(), caller);
            boolean ok = want.equals("ok")
                    ? status < 500 && status != 401 && status != 403
                            && (status != 404 || MAY_BE_NOT_FOUND.contains(route))
                            && !(status == 302 && String.valueOf(response.header("Location")).contains("authorize"))
                    : Integer.parseInt(want) == status;
            if (!ok) {
                wrong.add(caller + " " + route + ": expected " + want + ", got " + status);
            }
        }
        return wrong;
    }

    @Test
    @TestSecurity(user = "matrix-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-matrix-admin"))
    void partnerAdmin() {
        assertThat(walk(Caller.PARTNER_ADMIN)).isEmpty();
    }

    @Test
    @TestSecurity(user = "matrix-user")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-matrix-user"))
    void partnerUser() {
        assertThat(walk(Caller.PARTNER_USER)).isEmpty();
    }

    @Test
    @TestSecurity(user = "matrix-outsider")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-matrix-outsider"))
    void memberOfAnotherPartner() {
        assertThat(walk(Caller.OUTSIDER)).isEmpty();
    }

    @Test
    @TestSecurity(user = "matrix-rita", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-matrix-rita"))
    void reviewer() {
        assertThat(walk(Caller.REVIEWER)).isEmpty();
    }

    @Test
    @TestSecurity(user = "matrix-omar", roles = "program-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-matrix-omar"))
    void programAdmin() {
        assertThat(walk(Caller.PROGRAM_ADMIN)).isEmpty();
    }

    @Test
    void anonymousCallersAreSentToTheLoginOrGet401OnTheApi() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Rule> row : MATRIX.entrySet()) {
            String route = row.getKey();
            String path = concrete(route);
            Response response = route.startsWith("POST ") ? given().redirects().follow(false).post(path)
                    : given().redirects().follow(false).get(path);
            int want = row.getValue() == Rule.PUBLIC ? 200 : path.startsWith("/api/") ? 401 : 302;
            if (response.statusCode() != want) {
                wrong.add("anonymous " + route + ": expected " + want + ", got " + response.statusCode());
            }
        }
        assertThat(wrong).isEmpty();
    }

    static String describe() {
        return MATRIX.entrySet().stream().map(e -> e.getKey() + " → " + e.getValue()).collect(Collectors.joining("\n"));
    }
}
