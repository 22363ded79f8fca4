package com.partnerportal.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.ledger.LedgerCalendar;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.designation.DesignationTransitionEntity;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.persistence.customer.CustomerAssociationEntity;
import com.partnerportal.persistence.customer.CustomerEntity;
import com.partnerportal.persistence.partner.InvitationEntity;
import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.persistence.partner.SpecializationEntity;
import com.partnerportal.persistence.professional.CertificationClaimEntity;
import com.partnerportal.persistence.professional.ProfessionalEntity;
import com.partnerportal.web.admin.RecomputeJobs;
import com.partnerportal.web.invitations.InvitationForm;
import com.partnerportal.web.invitations.InvitationService;
import com.partnerportal.web.invitations.IssuedInvitation;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import com.partnerportal.web.testsupport.SharedExamples;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix of every route, in one place: route × caller (partner admin and partner user of the
 * partner in the path, a member of another partner, a signed-in user with no membership, reviewer, program admin,
 * anonymous) × own or foreign partner → allowed or the exact refusal.
 * <ul>
 * <li>The first test finds every resource method by reflection and fails when one is missing from {@link #MATRIX}, so
 * a new endpoint cannot go unexamined; every form route also needs an exact {@linkplain #examples() example}.</li>
 * <li>Each caller walks every row with a generic request (allowed: not 401/403/404, no login redirect, below 500; refused:
 * the exact status), then every example — a real request with its exact success status (200, 303) — and a refused
 * example must have changed nothing.</li>
 * <li>Partner members walk every partner route again on a foreign partner (404), program staff on a partner that does
 * not exist (404); every allowed form without its CSRF token is a 400 that changed nothing.</li>
 * </ul>
 */
@QuarkusTest
class RouteAuthorizationMatrixTest {

    static final String OWN = "P-8300";
    static final String OTHER = "P-8301";
    /** A well-formed partner id that names no partner. */
    static final String UNKNOWN = "P-8399-none";

    /**
     * Who may call a route. HOME: anyone signed in, but one with neither a staff role nor a membership is shown "No
     * access yet" with 403.
     */
    enum Rule { PUBLIC, SIGNED_IN, HOME, PARTNER_READ, PARTNER_ADMIN, STAFF, REVIEWER, PROGRAM_ADMIN, PROGRAM_ADMIN_OF_PARTNER }

    enum Caller { PARTNER_ADMIN, PARTNER_USER, OUTSIDER, NOBODY, REVIEWER, PROGRAM_ADMIN }

    /** Every route of the portal ("METHOD /path/{param}") and who may call it. */
    static final Map<String, Rule> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /", Rule.HOME);
        MATRIX.put("GET /signed-out", Rule.PUBLIC);
        MATRIX.put("POST /logout", Rule.SIGNED_IN);
        MATRIX.put("GET /partners/{partnerId}", Rule.PARTNER_READ);
        MATRIX.put("GET /partners/{partnerId}/explain/{metric}", Rule.PARTNER_READ);
        MATRIX.put("GET /partners/{partnerId}/associations", Rule.PARTNER_READ);
        MATRIX.put("POST /partners/{partnerId}/associations/customers", Rule.PARTNER_ADMIN);
        MATRIX.put("POST /partners/{partnerId}/associations/professionals", Rule.PARTNER_ADMIN);
        MATRIX.put("POST /partners/{partnerId}/associations/certifications", Rule.PARTNER_ADMIN);
        MATRIX.put("POST /partners/{partnerId}/associations/{kind}/{id}/withdraw", Rule.PARTNER_ADMIN);
        MATRIX.put("POST /partners/{partnerId}/associations/{kind}/{id}/resubmit", Rule.PARTNER_ADMIN);
        MATRIX.put("GET /partners/{partnerId}/associations/{kind}/{id}/edit", Rule.PARTNER_ADMIN);
        MATRIX.put("POST /partners/{partnerId}/associations/{kind}/{id}/edit", Rule.PARTNER_ADMIN);
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
        MATRIX.put("GET /api/v1/partners/{partnerId}/associations/{kind}", Rule.PARTNER_READ);
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
        MATRIX.put("GET /admin/partners/{partnerId}/specializations", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/partners/{partnerId}/specializations", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/partners/{partnerId}/specializations/remove", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/partners/{partnerId}/specializations/other", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /admin/partners/{partnerId}/corrections", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/partners/{partnerId}/corrections/acr", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/partners/{partnerId}/corrections/certification", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/partners/{partnerId}/corrections/deployment/remove", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/partners/{partnerId}/corrections/customer/remove", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /admin/imports", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/imports/evidence", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/imports/acr", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /admin/recompute", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/recompute", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /admin/rule-sets", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/rule-sets", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /admin/recompute/{jobId}", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /admin/scorecards.zip", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /partners/{partnerId}/members", Rule.PARTNER_ADMIN);
        MATRIX.put("POST /partners/{partnerId}/members/invitations", Rule.PARTNER_ADMIN);
        MATRIX.put("POST /partners/{partnerId}/members/invitations/{invitationId}/revoke", Rule.PARTNER_ADMIN);
        MATRIX.put("POST /admin/partners/{partnerId}/invitations", Rule.PROGRAM_ADMIN);
        MATRIX.put("POST /admin/partners/{partnerId}/invitations/{invitationId}/revoke", Rule.PROGRAM_ADMIN);
        MATRIX.put("GET /invitations/{token}", Rule.SIGNED_IN);
        MATRIX.put("POST /invitations/{token}/accept", Rule.SIGNED_IN);
        MATRIX.put("GET /settings/notifications", Rule.SIGNED_IN);
        MATRIX.put("POST /settings/notifications", Rule.SIGNED_IN);
    }

    /** Routes whose own ids may legitimately not exist in the generic walk (an unknown job): 404 counts as allowed there. */
    static final Set<String> MAY_BE_NOT_FOUND = Set.of("GET /admin/recompute/{jobId}", "GET /invitations/{token}",
            "POST /invitations/{token}/accept");

    /** A well-formed invitation token that names no invitation (the generic walk of the invitation routes). */
    static final String NO_TOKEN = "A".repeat(43);

    /** POST routes that need no exact example: the API (bearer tokens, no forms) and logout (FoundationTest). */
    static boolean needsNoExample(String route) {
        return route.startsWith("POST /api/") || route.equals("POST /logout");
    }

    /** What a caller gets: "ok" (allowed), or the status of the refusal. */
    static String expected(Rule rule, Caller caller) {
        boolean staff = caller == Caller.REVIEWER || caller == Caller.PROGRAM_ADMIN;
        boolean stranger = caller == Caller.OUTSIDER || caller == Caller.NOBODY;
        return switch (rule) {
            case PUBLIC, SIGNED_IN -> "ok";
            case HOME -> caller == Caller.NOBODY ? "403" : "ok";
            case PARTNER_READ -> stranger ? "404" : "ok";
            case PARTNER_ADMIN -> caller == Caller.PARTNER_ADMIN ? "ok" : stranger ? "404" : "403";
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

    @Test
    void everyFormRouteHasAnExactExample() {
        Set<String> withExamples = examples().stream().map(Call::route).collect(Collectors.toSet());
        assertThat(withExamples).as("examples of routes that are not in MATRIX").isSubsetOf(MATRIX.keySet());
        List<String> missing = MATRIX.keySet().stream()
                .filter(route -> route.startsWith("POST ") && !needsNoExample(route) && !withExamples.contains(route))
                .toList();
        assertThat(missing).as("form routes without an exact example (status, CSRF, nothing written when refused)")
                .isEmpty();
    }

    // --- the fixture ---------------------------------------------------------------------------------------------

    @Inject
    com.partnerportal.web.imports.EvidenceImportService imports;

    @Inject
    EntityManager em;

    @Inject
    RecomputeJobs jobs;

    @Inject
    ScorecardService scorecards;

    static String jobId;

    @Inject
    InvitationService invitations;

    long ownAssociation;
    long membershipToRemove;
    long invitationToRevoke;

    @BeforeEach
    void partners() {
        for (String id : List.of(OWN, OTHER)) {
            if (partner(id) == null) {
                ReviewFixture.partnerWithEvidence(id);
            }
        }
        PartnerFixture.member(OWN, "sub-matrix-admin", true);
        PartnerFixture.member(OWN, "sub-matrix-user", false);
        PartnerFixture.member(OTHER, "sub-matrix-outsider", true);
        PartnerFixture.member(OWN, "sub-matrix-removable", false);
        ownAssociation = ReviewFixture.submittedCustomer(OWN, ReviewFixture.unique("C-MATRIX"), 1);
        membershipToRemove = QuarkusTransaction.requiringNew().call(() -> MembershipEntity
                .<MembershipEntity>find("partnerId = ?1 and subject = ?2", OWN, "sub-matrix-removable")
                .firstResult().id);
        if (jobId == null) {
            jobId = jobs.start(YearMonth.of(2021, 1), "route-fixture").id();
        }
        invitationToRevoke = invitation(OWN, ReviewFixture.unique("revoke") + "@example.com").id();
    }

    /** An invitation into the partner, issued as a program admin would. */
    IssuedInvitation invitation(String partnerId, String email) {
        InvitationForm form = new InvitationForm();
        form.email = email;
        form.role = "partner-user";
        return invitations.invite(partnerId, form, "route-fixture", UriBuilder.fromUri("http://portal/invitations/{token}"));
    }

    static String token(IssuedInvitation issued) {
        String path = issued.link().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    // --- the examples: real requests with their exact success status ----------------------------------------------

    /**
     * One request of a route: the path (with {@code {p}} for the partner, filled in when sent), the form or upload,
     * the status when allowed, and how to see that a refused one changed nothing. Built fresh for each use (new
     * associations, ids, names).
     */
    record Call(String route, String path, Map<String, String> form, String upload, int success,
            BooleanSupplier unchanged) {
        static Call get(String route, String path) {
            return new Call(route, path, null, null, 200, () -> true);
        }

        String on(String partnerId) {
            return path.replace("{p}", partnerId);
        }

        boolean post() {
            return route.startsWith("POST ");
        }

        boolean partnerRoute() {
            return path.startsWith("/partners/{p}") || path.startsWith("/api/v1/partners/{p}");
        }
    }

    List<Call> examples() {
        List<Call> calls = new ArrayList<>();
        // a partner's pages and API: its members and program staff
        calls.add(Call.get("GET /partners/{partnerId}", "/partners/{p}"));
        calls.add(Call.get("GET /partners/{partnerId}", "/partners/{p}?asOf=2024-02"));
        calls.add(Call.get("GET /partners/{partnerId}/explain/{metric}",
                "/partners/{p}/explain/customers?sort=contribution&dir=desc"));
        calls.add(Call.get("GET /partners/{partnerId}/explain/{metric}", "/partners/{p}/explain/certifications"));
        calls.add(Call.get("GET /partners/{partnerId}/explain/{metric}", "/partners/{p}/explain/usage-growth"));
        calls.add(Call.get("GET /partners/{partnerId}/explain/{metric}", "/partners/{p}/explain/deployments?page=2"));
        calls.add(Call.get("GET /partners/{partnerId}/associations", "/partners/{p}/associations"));
        calls.add(Call.get("GET /partners/{partnerId}/associations",
                "/partners/{p}/associations?q=c&size=10&customers.sort=name&customers.dir=asc&customers.page=2"
                        + "&professionals.sort=mcid&certifications.sort=earned&certifications.page=1"));
        calls.add(Call.get("GET /partners/{partnerId}/benefits", "/partners/{p}/benefits"));
        calls.add(Call.get("GET /partners/{partnerId}/simulator", "/partners/{p}/simulator"));
        calls.add(Call.get("GET /partners/{partnerId}/scorecard.pdf", "/partners/{p}/scorecard.pdf?asOf=2024-03"));
        calls.add(Call.get("GET /partners/{partnerId}/rules", "/partners/{p}/rules?asOf=2024-03"));
        calls.add(Call.get("GET /api/v1/partners/{partnerId}/scorecard", "/api/v1/partners/{p}/scorecard?asOf=2024-03"));
        calls.add(Call.get("GET /api/v1/partners/{partnerId}/evidence", "/api/v1/partners/{p}/evidence?asOf=2024-03"));
        calls.add(Call.get("GET /api/v1/partners/{partnerId}/associations/{kind}",
                "/api/v1/partners/{p}/associations/customers?q=c&sort=name&dir=asc&page=1&size=20"));
        calls.add(Call.get("GET /api/v1/partners/{partnerId}/associations/{kind}",
                "/api/v1/partners/{p}/associations/professionals"));
        calls.add(Call.get("GET /api/v1/partners/{partnerId}/associations/{kind}",
                "/api/v1/partners/{p}/associations/certifications?sort=expires"));
        calls.add(new Call("POST /partners/{partnerId}/simulator", "/partners/{p}/simulator", Map.of("currentAsOf",
                "2024-03", "asOf", "2024-03", "c1Segment", "SMB", "c1Current", "900"), null, 200, () -> true));
        // a partner admin's forms
        String customer = ReviewFixture.unique("C-NEW");
        calls.add(new Call("POST /partners/{partnerId}/associations/customers", "/partners/{p}/associations/customers",
                Map.of("customerId", customer, "segment", "SMB", "type", "CSP", "reference", "sub-123"), null, 303,
                () -> count(CustomerEntity.class, "customerId", customer) == 0));
        String person = ReviewFixture.unique("mcid-new");
        calls.add(new Call("POST /partners/{partnerId}/associations/professionals",
                "/partners/{p}/associations/professionals", Map.of("personId", person), null, 303,
                () -> count(ProfessionalEntity.class, "personId", person) == 0));
        String certified = ReviewFixture.unique("mcid-cert");
        ReviewFixture.professionalAssociation(OWN, certified, AssociationState.APPROVED, 1);
        String proof = ReviewFixture.unique("CRED-ROUTE").replaceAll("[^A-Za-z0-9-]", "-");
        calls.add(new Call("POST /partners/{partnerId}/associations/certifications",
                "/partners/{p}/associations/certifications", Map.of("personId", certified, "certificationId", "OTHER",
                        "otherName", "Route check certification", "earned", "2024-01-15", "proof", proof), null, 303,
                () -> count(CertificationClaimEntity.class, "proof", proof) == 0));
        long toWithdraw = ReviewFixture.submittedCustomer(OWN, ReviewFixture.unique("C-WITHDRAW"), 1);
        calls.add(new Call("POST /partners/{partnerId}/associations/{kind}/{id}/withdraw",
                "/partners/{p}/associations/customers/" + toWithdraw + "/withdraw", Map.of("version", "0"), null, 303,
                () -> state(toWithdraw) == AssociationState.SUBMITTED));
        long toResubmit = ReviewFixture.customerAssociation(OWN, ReviewFixture.unique("C-RESUBMIT"),
                AssociationType.PAL, AssociationState.CHANGES_REQUESTED, 1, Map.of());
        calls.add(new Call("POST /partners/{partnerId}/associations/{kind}/{id}/resubmit",
                "/partners/{p}/associations/customers/" + toResubmit + "/resubmit", Map.of("version", "0"), null, 303,
                () -> state(toResubmit) == AssociationState.CHANGES_REQUESTED));
        long toEdit = ReviewFixture.customerAssociation(OWN, ReviewFixture.unique("C-EDIT"), AssociationType.PAL,
                AssociationState.CHANGES_REQUESTED, 1, Map.of());
        calls.add(Call.get("GET /partners/{partnerId}/associations/{kind}/{id}/edit",
                "/partners/{p}/associations/customers/" + toEdit + "/edit"));
        String edited = ReviewFixture.unique("ref-edited");
        calls.add(new Call("POST /partners/{partnerId}/associations/{kind}/{id}/edit",
                "/partners/{p}/associations/customers/" + toEdit + "/edit", Map.of("version", "0", "customerId",
                        "ignored", "segment", "ENTERPRISE", "type", "PAL", "reference", edited), null, 303,
                () -> count(CustomerAssociationEntity.class, "reference", edited) == 0));
        // an approved certification link (issue 12, point 1): withdrawn by the partner admin, or edited as a new
        // submission beside it
        long approvedToWithdraw = ReviewFixture.certificationClaim(OWN, ReviewFixture.unique("mcid-wd"),
                AssociationState.APPROVED, 1);
        calls.add(new Call("POST /partners/{partnerId}/associations/{kind}/{id}/withdraw",
                "/partners/{p}/associations/certifications/" + approvedToWithdraw + "/withdraw", Map.of("version", "0"),
                null, 303, () -> ReviewFixture.load(AssociationKind.CERTIFICATION, approvedToWithdraw).state
                        == AssociationState.APPROVED));
        long approvedToEdit = ReviewFixture.certificationClaim(OWN, ReviewFixture.unique("mcid-ed"),
                AssociationState.APPROVED, 1);
        calls.add(Call.get("GET /partners/{partnerId}/associations/{kind}/{id}/edit",
                "/partners/{p}/associations/certifications/" + approvedToEdit + "/edit"));
        calls.add(new Call("POST /partners/{partnerId}/associations/{kind}/{id}/edit",
                "/partners/{p}/associations/certifications/" + approvedToEdit + "/edit", Map.of("version", "0",
                        "certificationId", "AZURE_AI_ENGINEER_ASSOCIATE", "earned", "2024-03-01", "expires",
                        "2026-12-31", "proof", "CRED-MATRIX-EDIT"), null, 303,
                () -> count(CertificationClaimEntity.class, "revises", approvedToEdit) == 0));
        // the designation: OWN has no qualifying window, so the lifecycle refuses each action (409, nothing written)
        long transitions = count(DesignationTransitionEntity.class, "partnerId", OWN);
        for (String action : List.of("enrol", "activate", "renew")) {
            calls.add(new Call("POST /partners/{partnerId}/designation/" + action,
                    "/partners/{p}/designation/" + action, Map.of("version", String.valueOf(transitions)), null, 409,
                    () -> count(DesignationTransitionEntity.class, "partnerId", OWN) == transitions));
        }
        // the review
        calls.add(Call.get("GET /review", "/review"));
        calls.add(Call.get("GET /review", "/review?kind=customers&type=PAL&partner=" + OWN + "&olderThan=0&page=2"));
        calls.add(Call.get("GET /review/{kind}/{partnerId}/{id}", "/review/customers/" + OWN + "/"
                + ReviewFixture.submittedCustomer(OWN, ReviewFixture.unique("C-ROUTE"), 1)));
        calls.add(Call.get("GET /review/{kind}/{partnerId}/{id}", "/review/professionals/" + OWN + "/"
                + ReviewFixture.professionalAssociation(OWN, ReviewFixture.unique("mcid-route"),
                        AssociationState.SUBMITTED, 1)));
        calls.add(Call.get("GET /review/bulk-approve", "/review/bulk-approve?item=customers:"
                + ReviewFixture.submittedCustomer(OWN, ReviewFixture.unique("C-ROUTE"), 1) + ":0:" + OWN));
        calls.add(Call.get("GET /review/audit", "/review/audit?partner=" + OWN + "&from=2020-01-01&page=1"));
        calls.add(Call.get("GET /review/audit.csv", "/review/audit.csv?partner=" + OWN));
        for (String decision : List.of("approve", "reject", "request-changes")) {
            long id = ReviewFixture.submittedCustomer(OWN, ReviewFixture.unique("C-" + decision), 1);
            calls.add(new Call("POST /review/{kind}/{partnerId}/{id}/" + decision,
                    "/review/customers/" + OWN + "/" + id + "/" + decision,
                    Map.of("version", "0", "reason", "route check"), null, 303, () -> state(id) == AssociationState.SUBMITTED));
        }
        long bulk = ReviewFixture.submittedCustomer(OWN, ReviewFixture.unique("C-BULK"), 1);
        calls.add(new Call("POST /review/bulk-approve", "/review/bulk-approve",
                Map.of("item", "customers:" + bulk + ":0:" + OWN), null, 200, () -> state(bulk) == AssociationState.SUBMITTED));
        // the program admin's pages and forms
        calls.add(Call.get("GET /admin/partners", "/admin/partners?sort=name&dir=desc"));
        calls.add(Call.get("GET /admin/partners/{partnerId}", "/admin/partners/" + OWN));
        calls.add(Call.get("GET /admin/imports", "/admin/imports"));
        calls.add(Call.get("GET /admin/recompute", "/admin/recompute"));
        calls.add(Call.get("GET /admin/rule-sets", "/admin/rule-sets"));
        calls.add(Call.get("GET /admin/recompute/{jobId}", "/admin/recompute/" + jobId));
        String newPartner = ReviewFixture.unique("P-ROUTE");
        calls.add(new Call("POST /admin/partners", "/admin/partners", Map.of("partnerId", newPartner, "name",
                "Route Ltd", "anniversaryDate", "2024-01-01"), null, 303, () -> partner(newPartner) == null));
        PartnerEntity own = partner(OWN);
        String name = ReviewFixture.unique("Renamed");
        calls.add(new Call("POST /admin/partners/{partnerId}", "/admin/partners/" + OWN, Map.of("name", name,
                "anniversaryDate", "2024-02-01", "version", String.valueOf(own.version)), null, 303,
                () -> !partner(OWN).name.equals(name)));
        String added = ReviewFixture.unique("sub-added");
        calls.add(new Call("POST /admin/partners/{partnerId}/memberships", "/admin/partners/" + OWN + "/memberships",
                Map.of("subject", added, "role", "partner-user"), null, 303, () -> membership(added) == null));
        String removed = ReviewFixture.unique("sub-removed");
        PartnerFixture.member(OWN, removed, false);
        long removedId = membership(removed).id;
        calls.add(new Call("POST /admin/partners/{partnerId}/memberships/{membershipId}/remove",
                "/admin/partners/" + OWN + "/memberships/" + removedId + "/remove", Map.of(), null, 303,
                () -> membership(removed) != null));
        // a partner of their own: the partner form above moves OWN's version while the examples run
        String specialized = PartnerFixture.partner(ReviewFixture.unique("P-SPEC"), "Specialized Ltd");
        calls.add(Call.get("GET /admin/partners/{partnerId}/specializations",
                "/admin/partners/" + specialized + "/specializations"));
        calls.add(new Call("POST /admin/partners/{partnerId}/specializations",
                "/admin/partners/" + specialized + "/specializations", Map.of("specialization", "ANALYTICS_AZURE",
                        "earned", "2024-01-15"), null, 303, () -> specializations(specialized).isEmpty()));
        String dropping = PartnerFixture.partner(ReviewFixture.unique("P-SPEC"), "Despecialized Ltd");
        QuarkusTransaction.requiringNew().run(() -> {
            SpecializationEntity held = new SpecializationEntity();
            held.partnerId = dropping;
            held.specializationId = "BUSINESS_INTELLIGENCE";
            held.earned = LocalDate.of(2024, 2, 1);
            held.persist();
        });
        calls.add(new Call("POST /admin/partners/{partnerId}/specializations/remove",
                "/admin/partners/" + dropping + "/specializations/remove", Map.of("specialization",
                        "BUSINESS_INTELLIGENCE"), null, 303, () -> specializations(dropping).size() == 1));
        calls.add(new Call("POST /admin/partners/{partnerId}/specializations/other",
                "/admin/partners/" + specialized + "/specializations/other", Map.of("count", "2", "version",
                        String.valueOf(partner(specialized).version)), null, 303,
                () -> partner(specialized).otherAzureSpecializations == 0));
        // corrections, each on a partner of its own with the shared example's records
        String corrected = correctable();
        calls.add(Call.get("GET /admin/partners/{partnerId}/corrections", "/admin/partners/" + corrected + "/corrections"));
        calls.add(new Call("POST /admin/partners/{partnerId}/corrections/acr", "/admin/partners/" + corrected
                + "/corrections/acr", Map.of("customer", "C-1", "month", "2024-03", "amount", "", "reason", "route check"),
                null, 303, () -> audits("ACR_REMOVED", corrected) == 0));
        calls.add(new Call("POST /admin/partners/{partnerId}/corrections/certification", "/admin/partners/" + corrected
                + "/corrections/certification", Map.of("person", "mcid-1", "certification", "AZURE_ADMINISTRATOR_ASSOCIATE",
                        "earned", "2023-01-15", "action", "remove", "reason", "route check"), null, 303,
                () -> audits("CERTIFICATION_REMOVED", corrected) == 0));
        calls.add(new Call("POST /admin/partners/{partnerId}/corrections/deployment/remove", "/admin/partners/"
                + corrected + "/corrections/deployment/remove", Map.of("customer", "C-1", "service",
                        "Azure Synapse Analytics", "level", "2", "deployed", "2023-10-01", "reason", "route check"), null,
                303, () -> audits("DEPLOYMENT_REMOVED", corrected) == 0));
        calls.add(new Call("POST /admin/partners/{partnerId}/corrections/customer/remove", "/admin/partners/"
                + corrected + "/corrections/customer/remove", Map.of("customer", "C-2", "reason", "route check"), null,
                303, () -> audits("CUSTOMER_REMOVED", corrected) == 0));
        String uploaded = ReviewFixture.unique("P-UPLOADED");
        calls.add(new Call("POST /admin/imports/evidence", "/admin/imports/evidence", Map.of(),
                example().replace("\"P-1001\"", "\"" + uploaded + "\""), 200, () -> partner(uploaded) == null));
        BigDecimal amount = BigDecimal.valueOf(ThreadLocalRandom.current().nextInt(1, 1_000_000), 2);
        calls.add(new Call("POST /admin/imports/acr", "/admin/imports/acr", Map.of(), "partner_id,customer_id,month,acr_usd\n"
                + OWN + ",C-1,2024-05," + amount.toPlainString() + "\n", 200, () -> !amount.equals(acr())));
        long restated = ReviewFixture.partnerAudits("SCORECARD_RESTATED", OWN);
        calls.add(new Call("POST /admin/ledger/restate", "/admin/ledger/restate", Map.of("month", "2024-03", "partner",
                OWN, "reason", "route check"), null, 303,
                () -> ReviewFixture.partnerAudits("SCORECARD_RESTATED", OWN) == restated));
        // the boundary where it is: a real move of it would rescore every partner under the other tests' feet
        String boundary = scorecards.ruleSets().boundary().toString();
        long moves = ReviewFixture.audits("RULE_SET_BOUNDARY_MOVED", "rule_set_setting", "boundary");
        calls.add(new Call("POST /admin/rule-sets", "/admin/rule-sets", Map.of("boundary", boundary, "reason",
                "route check"), null, 303,
                () -> ReviewFixture.audits("RULE_SET_BOUNDARY_MOVED", "rule_set_setting", "boundary") == moves));
        String open = LedgerCalendar.openMonth(Clock.systemUTC()).toString();
        long started = ReviewFixture.audits("SCORECARDS_RECOMPUTE_STARTED", "scorecard_ledger", open);
        calls.add(new Call("POST /admin/recompute", "/admin/recompute", Map.of("month", open), null, 303,
                () -> ReviewFixture.audits("SCORECARDS_RECOMPUTE_STARTED", "scorecard_ledger", open) == started));
        // invitations: a partner admin's members page and forms, the program admin's, and the link itself
        calls.add(Call.get("GET /partners/{partnerId}/members", "/partners/{p}/members"));
        String invitee = ReviewFixture.unique("invitee") + "@example.com";
        calls.add(new Call("POST /partners/{partnerId}/members/invitations", "/partners/{p}/members/invitations",
                Map.of("email", invitee, "role", "partner-user"), null, 200, () -> invitationsTo(invitee) == 0));
        long ownInvitation = invitation(OWN, ReviewFixture.unique("own") + "@example.com").id();
        calls.add(new Call("POST /partners/{partnerId}/members/invitations/{invitationId}/revoke",
                "/partners/{p}/members/invitations/" + ownInvitation + "/revoke", Map.of(), null, 303,
                () -> !revoked(ownInvitation)));
        String adminInvitee = ReviewFixture.unique("admin-invitee") + "@example.com";
        calls.add(new Call("POST /admin/partners/{partnerId}/invitations", "/admin/partners/" + OWN + "/invitations",
                Map.of("email", adminInvitee, "role", "partner-admin"), null, 200,
                () -> invitationsTo(adminInvitee) == 0));
        long adminRevoked = invitation(OWN, ReviewFixture.unique("admin-own") + "@example.com").id();
        calls.add(new Call("POST /admin/partners/{partnerId}/invitations/{invitationId}/revoke",
                "/admin/partners/" + OWN + "/invitations/" + adminRevoked + "/revoke", Map.of(), null, 303,
                () -> !revoked(adminRevoked)));
        // the link joins a partner of its own, so that no caller becomes a member of OWN or OTHER
        String joined = PartnerFixture.partner(ReviewFixture.unique("P-JOIN"), "Joined Ltd");
        calls.add(Call.get("GET /invitations/{token}", "/invitations/" + token(invitation(joined, "join@example.com"))));
        String accepted = token(invitation(joined, "accept@example.com"));
        calls.add(new Call("POST /invitations/{token}/accept", "/invitations/" + accepted + "/accept", Map.of(), null,
                303, () -> members(joined) == 0));
        // every signed-in user's own notification settings (no kind chosen: every kind offered is turned off)
        calls.add(new Call("POST /settings/notifications", "/settings/notifications", Map.of(), null, 303,
                () -> true));
        return calls;
    }

    /** A partner holding the shared SMB example's records, imported as verified: what the corrections examples change. */
    private String correctable() {
        String id = ReviewFixture.unique("P-CORR");
        imports.importEvidence(com.partnerportal.core.evidence.json.EvidenceJson.read(example().replace("\"P-1001\"", "\"" + id + "\"")), "test",
                "corrections fixture", true);
        return id;
    }

    private static long audits(String action, String partnerId) {
        return ReviewFixture.partnerAudits(action, partnerId);
    }

    private static List<SpecializationEntity> specializations(String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> SpecializationEntity.<SpecializationEntity>list(
                "partnerId", partnerId));
    }

    // --- and each row holds --------------------------------------------------------------------------------------

    private String concrete(String route, String partnerId) {
        return route.substring(route.indexOf(' ') + 1)
                .replace("{partnerId}", partnerId).replace("{kind}", "customers").replace("{id}", String.valueOf(ownAssociation))
                .replace("{metric}", "customers")
                .replace("{membershipId}", String.valueOf(membershipToRemove)).replace("{jobId}", "no-such-job")
                .replace("{invitationId}", String.valueOf(invitationToRevoke)).replace("{token}", NO_TOKEN);
    }

    private static Response generic(String route, String path, Csrf csrf) {
        RequestSpecification request = given().redirects().follow(false);
        if (!route.startsWith("POST ")) {
            return request.get(path);
        } else if (path.equals("/api/v1/imports/acr")) {
            return request.contentType("text/csv").body("partner_id,customer_id,month,acr_usd\n").post(path);
        } else if (path.startsWith("/api/")) {
            return request.contentType("application/json").body("{}").post(path);
        } else if (path.startsWith("/admin/imports/")) {
            return csrf.withMultipart(request).multiPart("file", "empty.txt", new byte[0], "text/plain").post(path);
        }
        return csrf.with(request).formParam("version", "0").post(path);
    }

    /** Sends an example; {@code csrf} null sends no token at all. */
    private static Response send(Call call, String path, Csrf csrf) {
        RequestSpecification request = given().redirects().follow(false);
        if (!call.post()) {
            return request.get(path);
        }
        if (call.upload() != null) {
            if (csrf != null) {
                request = csrf.withMultipart(request);
            }
            return request.multiPart("file", "upload.txt", call.upload().getBytes(StandardCharsets.UTF_8),
                    "application/octet-stream").post(path);
        }
        if (csrf != null) {
            request = csrf.with(request);
        }
        return request.formParams(call.form()).post(path);
    }

    private static boolean allowedStatus(String route, Response response) {
        int status = response.statusCode();
        return status < 500 && status != 401 && status != 403 && (status != 404 || MAY_BE_NOT_FOUND.contains(route))
                && !(status == 302 && String.valueOf(response.header("Location")).contains("authorize"));
    }

    private List<String> walk(Caller caller) {
        Csrf csrf = Csrf.from("/", "/partners/" + OWN + "/associations", "/review", "/admin/partners");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Rule> row : MATRIX.entrySet()) {
            String route = row.getKey();
            Response response = generic(route, concrete(route, OWN), csrf);
            String want = expected(row.getValue(), caller);
            if (want.equals("ok") ? !allowedStatus(route, response) : Integer.parseInt(want) != response.statusCode()) {
                wrong.add(caller + " " + route + ": expected " + want + ", got " + response.statusCode());
            }
        }
        for (Call call : examples()) {
            String want = expected(MATRIX.get(call.route()), caller);
            int expected = want.equals("ok") ? call.success() : Integer.parseInt(want);
            String path = call.on(OWN);
            int status = send(call, path, csrf).statusCode();
            if (status != expected) {
                wrong.add(caller + " " + call.route() + " as " + path + ": expected " + expected + ", got " + status);
            }
            if (expected != call.success() && !call.unchanged().getAsBoolean()) {
                wrong.add(caller + " " + path + ": refused, but changed something");
            }
        }
        return wrong;
    }

    /** A partner member on every partner route of a partner they do not belong to: 404 (or the role's 403), nothing changed. */
    private List<String> walkForeign(Caller caller) {
        Csrf csrf = Csrf.from("/partners/" + OWN + "/associations");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Rule> row : MATRIX.entrySet()) {
            if (row.getKey().matches("\\w+ /(api/v1/)?partners/\\{partnerId}.*")) {
                int want = foreign(row.getValue(), caller);
                Response response = generic(row.getKey(), concrete(row.getKey(), OTHER), csrf);
                if (response.statusCode() != want) {
                    wrong.add(caller + " " + row.getKey() + " of a foreign partner: expected " + want + ", got "
                            + response.statusCode());
                }
            }
        }
        for (Call call : examples()) {
            if (call.partnerRoute()) {
                int want = foreign(MATRIX.get(call.route()), caller);
                String path = call.on(OTHER);
                int status = send(call, path, csrf).statusCode();
                if (status != want || !call.unchanged().getAsBoolean()) {
                    wrong.add(caller + " " + path + ": expected " + want + " and nothing changed, got " + status);
                }
            }
        }
        return wrong;
    }

    /** A partner member on a foreign partner's route: 404 where the partner decides, else the role's refusal. */
    private static int foreign(Rule rule, Caller caller) {
        return rule == Rule.PARTNER_READ || rule == Rule.PARTNER_ADMIN ? 404 : Integer.parseInt(expected(rule, caller));
    }

    /** Program staff on a partner route of a partner that does not exist: 404. */
    private List<String> walkUnknown(Caller caller) {
        Csrf csrf = Csrf.from("/review", "/admin/partners");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Rule> row : MATRIX.entrySet()) {
            String route = row.getKey();
            String want = expected(row.getValue(), caller);
            if (route.contains("{partnerId}") && want.equals("ok")) {
                Response response = generic(route, concrete(route, UNKNOWN), csrf);
                if (response.statusCode() != 404) {
                    wrong.add(caller + " " + route + " of no partner: expected 404, got " + response.statusCode());
                }
            }
        }
        return wrong;
    }

    /** Every form the caller may send, without its CSRF token: 400, and nothing changed. */
    private List<String> withoutCsrfToken(Caller caller) {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Call call : examples()) {
            if (!call.post() || call.route().startsWith("POST /api/")
                    || !expected(MATRIX.get(call.route()), caller).equals("ok")) {
                continue;
            }
            checked++;
            String path = call.on(OWN);
            int status = send(call, path, null).statusCode();
            boolean unchanged = call.unchanged().getAsBoolean();
            if (status != 400 || !unchanged) {
                wrong.add("POST " + path + " without a CSRF token: " + status + (unchanged ? "" : ", and it changed something"));
            }
        }
        assertThat(checked).as(caller + ": forms checked without a token").isPositive();
        return wrong;
    }

    @Test
    @TestSecurity(user = "matrix-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-matrix-admin"))
    void partnerAdmin() {
        assertThat(walk(Caller.PARTNER_ADMIN)).isEmpty();
        assertThat(walkForeign(Caller.PARTNER_ADMIN)).isEmpty();
        assertThat(withoutCsrfToken(Caller.PARTNER_ADMIN)).isEmpty();
    }

    @Test
    @TestSecurity(user = "matrix-user")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-matrix-user"))
    void partnerUser() {
        assertThat(walk(Caller.PARTNER_USER)).isEmpty();
        assertThat(walkForeign(Caller.PARTNER_USER)).isEmpty();
    }

    @Test
    @TestSecurity(user = "matrix-outsider")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-matrix-outsider"))
    void memberOfAnotherPartner() {
        assertThat(walk(Caller.OUTSIDER)).isEmpty();
    }

    @Test
    @TestSecurity(user = "matrix-nobody")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-matrix-nobody"))
    void signedInWithoutRoleOrMembership() {
        assertThat(walk(Caller.NOBODY)).isEmpty();
    }

    @Test
    @TestSecurity(user = "matrix-rita", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-matrix-rita"))
    void reviewer() {
        assertThat(walk(Caller.REVIEWER)).isEmpty();
        assertThat(walkUnknown(Caller.REVIEWER)).isEmpty();
        assertThat(withoutCsrfToken(Caller.REVIEWER)).isEmpty();
    }

    @Test
    @TestSecurity(user = "matrix-omar", roles = "program-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-matrix-omar"))
    void programAdmin() {
        assertThat(walk(Caller.PROGRAM_ADMIN)).isEmpty();
        assertThat(walkUnknown(Caller.PROGRAM_ADMIN)).isEmpty();
        assertThat(withoutCsrfToken(Caller.PROGRAM_ADMIN)).isEmpty();
    }

    @Test
    void anonymousCallersAreSentToTheLoginOrGet401OnTheApiAndChangeNothing() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Rule> row : MATRIX.entrySet()) {
            String route = row.getKey();
            String path = concrete(route, OWN);
            Response response = route.startsWith("POST ") ? given().redirects().follow(false).post(path)
                    : given().redirects().follow(false).get(path);
            int want = row.getValue() == Rule.PUBLIC ? 200 : path.startsWith("/api/") ? 401 : 302;
            if (response.statusCode() != want) {
                wrong.add("anonymous " + route + ": expected " + want + ", got " + response.statusCode());
            }
        }
        for (Call call : examples()) {
            String path = call.on(OWN);
            int want = path.startsWith("/api/") ? 401 : 302;
            int status = send(call, path, Csrf.from()).statusCode();
            if (status != want || !call.unchanged().getAsBoolean()) {
                wrong.add("anonymous " + path + ": expected " + want + " and nothing changed, got " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    // --- reading the database --------------------------------------------------------------------------------------

    private static AssociationState state(long customerAssociation) {
        return ReviewFixture.load(AssociationKind.CUSTOMER, customerAssociation).state;
    }

    private PartnerEntity partner(String id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(PartnerEntity.class, id));
    }

    private long count(Class<?> entity, String idField, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery("select count(e) from " + entity.getSimpleName() + " e where e."
                        + idField + " = :id").setParameter("id", id).getSingleResult());
    }

    private static MembershipEntity membership(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> MembershipEntity.<MembershipEntity>find(
                "partnerId = ?1 and subject = ?2", OWN, subject).firstResult());
    }

    private long invitationsTo(String email) {
        return QuarkusTransaction.requiringNew().call(() -> InvitationEntity.count("email", email));
    }

    private static boolean revoked(long invitationId) {
        return QuarkusTransaction.requiringNew().call(() -> InvitationEntity.<InvitationEntity>find("id", invitationId)
                .firstResult().revokedAt != null);
    }

    private static long members(String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> MembershipEntity.count("partnerId", partnerId));
    }

    private BigDecimal acr() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                select m.amount from AcrMonthEntity m, CustomerEntity c where c.partnerId = m.partnerId
                  and c.id = m.customerRef and m.partnerId = :partner and c.customerId = 'C-1'
                  and m.month = :month""", BigDecimal.class)
                .setParameter("partner", OWN).setParameter("month", LocalDate.of(2024, 5, 1))
                .getResultStream().findFirst().orElse(null));
    }

    private static String example() {
        return SharedExamples.read(SharedExamples.evidenceFiles().stream()
                .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow());
    }

    static String describe() {
        return MATRIX.entrySet().stream().map(e -> e.getKey() + " → " + e.getValue()).collect(Collectors.joining("\n"));
    }
}
