package com.partnerportal.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.admin.RecomputeJob;
import com.partnerportal.web.admin.RecomputeJobs;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.ledger.LedgerCalendar;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every review and admin route × every role → the expected status; a refused change leaves everything as it was;
 * every form needs its CSRF token. The route table is the specification.
 */
@QuarkusTest
class StaffRoutesTest {

    static final String PARTNER = "P-8401";

    enum Role { REVIEWER, PROGRAM_ADMIN, PARTNER_ADMIN, PARTNER_USER, NOBODY, ANONYMOUS }

    /** Who may use a route: program staff (reviewers and program admins), reviewers only, or program admins only. */
    enum Access { STAFF, REVIEWER, ADMIN }

    /** One request, built fresh (new associations, ids, names) for each call, and how to see it changed nothing. */
    record Call(String path, Map<String, String> form, String upload, BooleanSupplier unchanged) {
        static Call get(String path) {
            return new Call(path, null, null, () -> true);
        }
    }

    record Route(String method, Access access, int success, Supplier<Call> call) {
        boolean allows(Role role) {
            return switch (access) {
                case STAFF -> role == Role.REVIEWER || role == Role.PROGRAM_ADMIN;
                case REVIEWER -> role == Role.REVIEWER;
                case ADMIN -> role == Role.PROGRAM_ADMIN;
            };
        }

        /** Staff pages need a login (the code flow redirects to the IdP), then the role: 403 without it. */
        int expected(Role role) {
            return role == Role.ANONYMOUS ? 302 : allows(role) ? success : 403;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    RecomputeJobs jobs;

    static String jobId;

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        routes.add(new Route("GET", Access.STAFF, 200, () -> Call.get("/review")));
        routes.add(new Route("GET", Access.STAFF, 200, () -> Call.get(
                "/review?kind=customers&type=PAL&partner=" + PARTNER + "&olderThan=0&page=2")));
        routes.add(new Route("GET", Access.STAFF, 200, () -> Call.get("/review/customers/" + PARTNER + "/"
                + ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-ROUTE"), 1))));
        routes.add(new Route("GET", Access.STAFF, 200, () -> Call.get("/review/professionals/" + PARTNER + "/"
                + ReviewFixture.professionalAssociation(PARTNER, ReviewFixture.unique("mcid-route"),
                        AssociationState.SUBMITTED, 1))));
        routes.add(new Route("GET", Access.REVIEWER, 200, () -> Call.get("/review/bulk-approve?item=customers:"
                + ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-ROUTE"), 1) + ":0:" + PARTNER)));
        routes.add(new Route("GET", Access.STAFF, 200, () -> Call.get("/review/audit?partner=" + PARTNER
                + "&from=2020-01-01&page=1")));
        routes.add(new Route("GET", Access.STAFF, 200, () -> Call.get("/review/audit.csv?partner=" + PARTNER)));
        routes.add(new Route("GET", Access.ADMIN, 200, () -> Call.get("/admin/partners?sort=name&dir=desc")));
        routes.add(new Route("GET", Access.ADMIN, 200, () -> Call.get("/admin/partners/" + PARTNER)));
        routes.add(new Route("GET", Access.ADMIN, 200, () -> Call.get("/admin/imports")));
        routes.add(new Route("GET", Access.ADMIN, 200, () -> Call.get("/admin/recompute")));
        routes.add(new Route("GET", Access.ADMIN, 200, () -> Call.get("/admin/rule-sets")));
        routes.add(new Route("GET", Access.ADMIN, 200, () -> Call.get("/admin/recompute/" + jobId)));

        for (String decision : List.of("approve", "reject", "request-changes")) {
            routes.add(new Route("POST", Access.REVIEWER, 303, () -> {
                long id = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-" + decision), 1);
                return new Call("/review/customers/" + PARTNER + "/" + id + "/" + decision,
                        Map.of("version", "0", "reason", "route check"), null, () -> stillSubmitted(id));
            }));
        }
        routes.add(new Route("POST", Access.REVIEWER, 200, () -> {
            long id = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-BULK"), 1);
            return new Call("/review/bulk-approve", Map.of("item", "customers:" + id + ":0:" + PARTNER), null,
                    () -> stillSubmitted(id));
        }));
        routes.add(new Route("POST", Access.ADMIN, 303, () -> {
            String id = ReviewFixture.unique("P-ROUTE");
            return new Call("/admin/partners", Map.of("partnerId", id, "name", "Route Ltd",
                    "anniversaryDate", "2024-01-01"), null, () -> partner(id) == null);
        }));
        routes.add(new Route("POST", Access.ADMIN, 303, () -> {
            PartnerEntity partner = partner(PARTNER);
            String name = ReviewFixture.unique("Renamed");
            return new Call("/admin/partners/" + PARTNER, Map.of("name", name, "anniversaryDate", "2024-02-01",
                    "version", String.valueOf(partner.version)), null, () -> !partner(PARTNER).name.equals(name));
        }));
        routes.add(new Route("POST", Access.ADMIN, 303, () -> {
            String subject = ReviewFixture.unique("sub-added");
            return new Call("/admin/partners/" + PARTNER + "/memberships", Map.of("subject", subject,
                    "role", "partner-user"), null, () -> membership(subject) == null);
        }));
        routes.add(new Route("POST", Access.ADMIN, 303, () -> {
            String subject = ReviewFixture.unique("sub-removed");
            PartnerFixture.member(PARTNER, subject, false);
            long id = membership(subject).id;
            return new Call("/admin/partners/" + PARTNER + "/memberships/" + id + "/remove", Map.of(), null,
                    () -> membership(subject) != null);
        }));
        routes.add(new Route("POST", Access.ADMIN, 200, () -> {
            String id = ReviewFixture.unique("P-UPLOADED");
            return new Call("/admin/imports/evidence", Map.of(), example().replace("\"P-1001\"", "\"" + id + "\""),
                    () -> partner(id) == null);
        }));
        routes.add(new Route("POST", Access.ADMIN, 200, () -> {
            BigDecimal amount = BigDecimal.valueOf(ThreadLocalRandom.current().nextInt(1, 1_000_000), 2);
            return new Call("/admin/imports/acr", Map.of(), "partner_id,customer_id,month,acr_usd\n" + PARTNER
                    + ",C-1,2024-05," + amount.toPlainString() + "\n", () -> !amount.equals(acr()));
        }));
        routes.add(new Route("POST", Access.ADMIN, 303, () -> {
            String open = LedgerCalendar.openMonth(java.time.Clock.systemUTC()).toString();
            long started = ReviewFixture.audits("SCORECARDS_RECOMPUTE_STARTED", "scorecard_ledger", open);
            return new Call("/admin/recompute", Map.of("month", open), null,
                    () -> ReviewFixture.audits("SCORECARDS_RECOMPUTE_STARTED", "scorecard_ledger", open)
                            == started);
        }));
        return routes;
    }

    @BeforeEach
    void fixtures() {
        if (partner(PARTNER) == null) {
            ReviewFixture.partnerWithEvidence(PARTNER);
        }
        PartnerFixture.member(PARTNER, "sub-8401-admin", true);
        PartnerFixture.member(PARTNER, "sub-8401-user", false);
        if (jobId == null) {
            RecomputeJob job = jobs.start(YearMonth.of(2021, 1), "route-fixture");
            jobId = job.id();
        }
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-route-rita"))
    void reviewer() {
        walk(Role.REVIEWER);
    }

    @Test
    @TestSecurity(user = "bob", roles = "program-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-route-bob"))
    void programAdmin() {
        walk(Role.PROGRAM_ADMIN);
    }

    @Test
    @TestSecurity(user = "pia")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-8401-admin"))
    void partnerAdmin() {
        walk(Role.PARTNER_ADMIN);
    }

    @Test
    @TestSecurity(user = "pete")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-8401-user"))
    void partnerUser() {
        walk(Role.PARTNER_USER);
    }

    @Test
    @TestSecurity(user = "nina")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-route-nobody"))
    void userWithoutRoleOrMembership() {
        walk(Role.NOBODY);
    }

    @Test
    void anonymous() {
        walk(Role.ANONYMOUS);
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-route-rita"))
    void everyReviewerFormNeedsItsCsrfToken() {
        withoutCsrfToken(Role.REVIEWER);
    }

    @Test
    @TestSecurity(user = "bob", roles = "program-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-route-bob"))
    void everyProgramAdminFormNeedsItsCsrfToken() {
        withoutCsrfToken(Role.PROGRAM_ADMIN);
    }

    private void walk(Role role) {
        Csrf csrf = role == Role.ANONYMOUS ? Csrf.from() : Csrf.from("/review/customers/" + PARTNER + "/"
                + ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-TOKEN"), 1), "/admin/partners",
                "/partners/" + PARTNER + "/associations");
        List<String> mismatches = new ArrayList<>();
        for (Route route : routes()) {
            Call call = route.call().get();
            int status = send(route, call, csrf).statusCode();
            int expected = route.expected(role);
            if (status != expected) {
                mismatches.add(route.method() + " " + call.path() + ": expected " + expected + ", got " + status);
            }
            if (expected != route.success() && !call.unchanged().getAsBoolean()) {
                mismatches.add(route.method() + " " + call.path() + ": refused, but changed something");
            }
        }
        assertThat(mismatches).as(role + " route matrix").isEmpty();
    }

    private void withoutCsrfToken(Role role) {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Route route : routes()) {
            if (!route.method().equals("POST") || !route.allows(role)) {
                continue;
            }
            checked++;
            Call call = route.call().get();
            int status = send(route, call, null).statusCode();
            boolean unchanged = call.unchanged().getAsBoolean();
            if (status != 400 || !unchanged) {
                mismatches.add("POST " + call.path() + " without a CSRF token: " + status
                        + (unchanged ? "" : ", and it changed something"));
            }
        }
        assertThat(checked).as("forms checked").isEqualTo(role == Role.REVIEWER ? 4 : 7);
        assertThat(mismatches).isEmpty();
    }

    /** Sends the call; {@code csrf} null sends no token at all. */
    private static Response send(Route route, Call call, Csrf csrf) {
        RequestSpecification request = given().redirects().follow(false);
        if (route.method().equals("GET")) {
            return request.get(call.path());
        }
        if (call.upload() != null) {
            if (csrf != null) {
                request = csrf.withMultipart(request);
            }
            return request.multiPart("file", "upload.txt", call.upload().getBytes(StandardCharsets.UTF_8),
                    "application/octet-stream").post(call.path());
        }
        if (csrf != null) {
            request = csrf.with(request);
        }
        return request.formParams(call.form()).post(call.path());
    }

    private static boolean stillSubmitted(long id) {
        return ReviewFixture.load(AssociationKind.CUSTOMER, id).state == AssociationState.SUBMITTED;
    }

    private PartnerEntity partner(String id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(PartnerEntity.class, id));
    }

    private static MembershipEntity membership(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> MembershipEntity.<MembershipEntity>find(
                "partnerId = ?1 and subject = ?2", PARTNER, subject).firstResult());
    }

    private BigDecimal acr() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                select m.amount from AcrMonthEntity m, CustomerEntity c where c.partnerId = m.partnerId
                  and c.id = m.customerRef and m.partnerId = :partner and c.customerId = 'C-1'
                  and m.month = :month""", BigDecimal.class)
                .setParameter("partner", PARTNER).setParameter("month", LocalDate.of(2024, 5, 1))
                .getResultStream().findFirst().orElse(null));
    }

    private static String example() {
        return SharedExamples.read(SharedExamples.evidenceFiles().stream()
                .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow());
    }
}
