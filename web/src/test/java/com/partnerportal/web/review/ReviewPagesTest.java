package com.partnerportal.web.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.persistence.association.ReviewedAssociation;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.web.associations.AssociationWorkflow;
import com.partnerportal.core.ledger.MonthStanding;
import com.partnerportal.web.ledger.ScoreLedger;
import com.partnerportal.web.ledger.ShownScorecard;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reviewer's pages over HTTP: queue, detail, decisions, bulk approval, separation of duties and CSRF. */
@QuarkusTest
class ReviewPagesTest {

    /** A partner the reviewer does not belong to, with the smb-attained evidence (as of 2024-03). */
    static final String PARTNER = "P-8101";
    /** A partner the reviewer "rev-member" belongs to. */
    static final String OWN = "P-8102";

    @Inject
    ScoreLedger ledger;

    @Inject
    AssociationWorkflow workflow;

    @Inject
    EntityManager em;

    @BeforeEach
    void partners() {
        if (QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(p) from PartnerEntity p where p.partnerId = :id", Long.class)
                .setParameter("id", PARTNER).getSingleResult()) == 0) {
            ReviewFixture.partnerWithEvidence(PARTNER);
        }
        PartnerFixture.partner(OWN, "Reviewer's Own Ltd");
        PartnerFixture.member(OWN, "sub-rev-member", false);
        PartnerFixture.member(PARTNER, "sub-partner-user-8101", false);
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-rita"), @Claim(key = "preferred_username", value = "rita") })
    void theQueueListsSubmittedAssociationsOldestFirstFilteredWithCountsPerState() {
        String partner = PartnerFixture.partner("P-8103", "Queue Ltd");
        ReviewFixture.customerAssociation(partner, "C-Q-OLD", AssociationType.PAL, AssociationState.SUBMITTED, 10,
                Map.of());
        ReviewFixture.professionalAssociation(partner, "mcid-q-mid", AssociationState.SUBMITTED, 5);
        ReviewFixture.customerAssociation(partner, "C-Q-NEW", AssociationType.DPOR, AssociationState.SUBMITTED, 1,
                Map.of());
        ReviewFixture.customerAssociation(partner, "C-Q-DONE", AssociationType.CSP, AssociationState.APPROVED, 20,
                Map.of());

        String all = given().when().get("/review?partner=" + partner).then().statusCode(200).extract().asString();
        assertThat(all).contains("C-Q-OLD", "mcid-q-mid", "C-Q-NEW").doesNotContain("C-Q-DONE");
        assertThat(all.indexOf("C-Q-OLD")).isLessThan(all.indexOf("mcid-q-mid"));
        assertThat(all.indexOf("mcid-q-mid")).isLessThan(all.indexOf("C-Q-NEW"));
        assertThat(all).contains("SUBMITTED 3", "APPROVED 1", "REJECTED 0", "10 days");

        assertThat(given().get("/review?partner=" + partner + "&kind=professionals").asString())
                .contains("mcid-q-mid").doesNotContain("C-Q-OLD").doesNotContain("C-Q-NEW");
        assertThat(given().get("/review?partner=" + partner + "&kind=customers").asString())
                .contains("C-Q-OLD", "C-Q-NEW").doesNotContain("mcid-q-mid");
        assertThat(given().get("/review?partner=" + partner + "&type=DPOR").asString())
                .contains("C-Q-NEW").doesNotContain("C-Q-OLD").doesNotContain("mcid-q-mid");
        assertThat(given().get("/review?partner=" + partner + "&olderThan=3").asString())
                .contains("C-Q-OLD", "mcid-q-mid").doesNotContain("C-Q-NEW");
        assertThat(given().get("/review?partner=P-NOBODY-HAS").asString()).contains("Nothing waits for review");

        given().get("/review?olderThan=soon&type=XYZ&kind=robots").then().statusCode(400)
                .body(containsString("olderThan: a whole number of days"))
                .body(containsString("type: choose PAL, DPOR or CSP"))
                .body(containsString("kind: choose customers or professionals"));
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-rita"), @Claim(key = "preferred_username", value = "rita") })
    void theDetailShowsTheCustomersAcrOfThirteenMonthsAndTheScoreImpactOfApproving() {
        // A partner of its own: approvals elsewhere in this class change PARTNER's score.
        String partner = "P-8104";
        ReviewFixture.partnerWithEvidence(partner);
        long id = ReviewFixture.customerAssociation(partner, ReviewFixture.unique("C-IMPACT"), AssociationType.PAL,
                AssociationState.SUBMITTED, 3, Map.of(YearMonth.of(2024, 2), new BigDecimal("700"),
                        YearMonth.of(2024, 3), new BigDecimal("800"), YearMonth.of(2023, 2), new BigDecimal("0")));
        String page = given().when().get("/review/customers/" + partner + "/" + id)
                .then().statusCode(200).extract().asString();
        assertThat(page).contains(partner, "ACR of C-IMPACT", "the 13 months to Mar 2024",
                "Mar 2023", "Feb 2024", "USD 700", "USD 800");
        assertThat(page).doesNotContain("Feb 2023</td>");
        // One more SMB customer added in the last two months: net adds 2 → 3, 20 → 30 points.
        assertThat(page.replaceAll("\\s+", " ")).contains(
                "Net customer adds</th><td class=\"num\">20 / 30</td><td class=\"num\">30 / 30</td>"
                        + "<td class=\"num plus\">+10</td>");
        assertThat(page).contains("name=\"version\" value=\"0\"", "/approve", "/reject", "/request-changes");

        // A customer already counted through an approved PAL: approving its DPOR changes no points.
        String counted = ReviewFixture.unique("C-COUNTED");
        ReviewFixture.customerAssociation(partner, counted, AssociationType.PAL, AssociationState.APPROVED, 30,
                Map.of(YearMonth.of(2024, 3), new BigDecimal("5000")));
        long second = ReviewFixture.customerAssociation(partner, counted, AssociationType.DPOR,
                AssociationState.SUBMITTED, 1, Map.of());
        String unchanged = given().get("/review/customers/" + partner + "/" + second).then().statusCode(200)
                .extract().asString().replaceAll("\\s+", " ");
        assertThat(unchanged).contains("already counts through [PAL]; approving adds DPOR and changes no points",
                "USD 5,000", "<td class=\"num zero\">0</td></tr> </tbody>");

        long professional = ReviewFixture.professionalAssociation(partner, ReviewFixture.unique("mcid-detail"),
                AssociationState.SUBMITTED, 1);
        given().when().get("/review/professionals/" + partner + "/" + professional)
                .then().statusCode(200)
                .body(containsString("AZURE_DATA_ENGINEER_ASSOCIATE"))
                .body(containsString("Score impact of approving"));

        given().get("/review/customers/" + partner + "/999999999").then().statusCode(404);
        given().get("/review/customers/P-8103/" + id).then().statusCode(404);
        given().get("/review/robots/" + partner + "/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-rita"), @Claim(key = "preferred_username", value = "rita") })
    void approvingChangesTheOpenMonthAtOnceAndLeavesEveryClosedMonthAsRecorded() {
        YearMonth open = ledger.openMonth();
        YearMonth closed = open.minusMonths(2);
        ledger.recordClosed(List.of(PARTNER), closed, "review test");
        Map<YearMonth, BigDecimal> acr = new java.util.TreeMap<>();
        for (YearMonth month = closed; !month.isAfter(open); month = month.plusMonths(1)) { // a new customer
            acr.put(month, new BigDecimal("2500"));
        }
        long id = ReviewFixture.customerAssociation(PARTNER, ReviewFixture.unique("C-APPROVE"), AssociationType.CSP,
                AssociationState.SUBMITTED, 2, acr);
        QuarkusTransaction.requiringNew().run(() -> ledger.evidenceChanged(PARTNER));
        ShownScorecard openBefore = ledger.scorecard(PARTNER, open).orElseThrow();
        ShownScorecard closedBefore = ledger.scorecard(PARTNER, closed).orElseThrow();
        assertThat(closedBefore.standing().kind()).isEqualTo(MonthStanding.Kind.RECORDED);
        Csrf csrf = Csrf.from("/review/customers/" + PARTNER + "/" + id);

        post(csrf, "/review/customers/" + PARTNER + "/" + id + "/approve", Map.of("version", "0"))
                .then().statusCode(303).header("Location", containsString("/review?notice=approved"));

        ReviewedAssociation after = ReviewFixture.load(AssociationKind.CUSTOMER, id);
        assertThat(after.state).isEqualTo(AssociationState.APPROVED);
        assertThat(after.decidedBy).isEqualTo("rita");
        assertThat(ReviewFixture.audits("ASSOCIATION_APPROVED", AssociationKind.CUSTOMER, id)).isEqualTo(1);
        ShownScorecard openAfter = ledger.scorecard(PARTNER, open).orElseThrow();
        assertThat(openAfter.standing().kind()).isEqualTo(MonthStanding.Kind.OPEN);
        assertThat(openAfter.scorecard().total()).as("the approved customer counts in the open month at once")
                .isGreaterThan(openBefore.scorecard().total());
        ShownScorecard closedAfter = ledger.scorecard(PARTNER, closed).orElseThrow();
        assertThat(closedAfter.standing().kind()).isEqualTo(MonthStanding.Kind.RECORDED);
        assertThat(closedAfter.scorecard()).as("the closed month as recorded").isEqualTo(closedBefore.scorecard());
        int recomputed = ledger.recomputedHistory(PARTNER, closed, 1).get(0).total();
        assertThat(recomputed).as("today's data would score the closed month differently")
                .isNotEqualTo(closedAfter.scorecard().total());
        assertThat(given().get("/review?notice=approved").asString()).contains("Approved.");
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-rita"), @Claim(key = "preferred_username", value = "rita") })
    void rejectingAndRequestingChangesNeedAReasonAndWithoutOneNothingIsSaved() {
        for (String action : List.of("reject", "request-changes")) {
            long id = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-" + action), 4);
            String path = "/review/customers/" + PARTNER + "/" + id;
            Csrf csrf = Csrf.from(path);

            post(csrf, path + "/" + action, Map.of("version", "0", "reason", "   ")).then().statusCode(400)
                    .body(containsString("enter the reason; the partner sees it"))
                    .body(containsString("aria-invalid=\"true\""));
            assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, id).state).isEqualTo(AssociationState.SUBMITTED);

            post(csrf, path + "/" + action, Map.of("version", "0", "reason", "x".repeat(2001))).then().statusCode(400)
                    .body(containsString("at most 2000 characters"));

            post(csrf, path + "/" + action, Map.of("version", "0", "reason", "Not <b>ours</b>, " + action))
                    .then().statusCode(303);
            ReviewedAssociation after = ReviewFixture.load(AssociationKind.CUSTOMER, id);
            AssociationState expected = action.equals("reject") ? AssociationState.REJECTED
                    : AssociationState.CHANGES_REQUESTED;
            assertThat(after.state).isEqualTo(expected);
            assertThat(after.reason).isEqualTo("Not <b>ours</b>, " + action);
            assertThat(ReviewFixture.audits("ASSOCIATION_" + expected, AssociationKind.CUSTOMER, id)).isEqualTo(1);
            given().get(path).then().statusCode(200).body(containsString("Not &lt;b&gt;ours&lt;/b&gt;"))
                    .body(containsString("there is nothing to decide"));
        }
    }

    @Test
    @TestSecurity(user = "pat", roles = {})
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-partner-user-8101") })
    void thePartnerSeesTheDecisionAndItsReason() {
        long id = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-SEEN"), 1);
        workflow.move(AssociationKind.CUSTOMER, PARTNER, id, 0L, AssociationState.CHANGES_REQUESTED, "rita",
                "Send the <PAL> screenshot");
        given().get("/partners/" + PARTNER + "/associations").then().statusCode(200)
                .body(containsString("CHANGES_REQUESTED"))
                .body(containsString("Send the &lt;PAL&gt; screenshot"));
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-rita"), @Claim(key = "preferred_username", value = "rita") })
    void aDecisionOnAnAssociationDecidedMeanwhileOrNotAwaitingReviewIs409() {
        long id = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-TWICE"), 1);
        String path = "/review/customers/" + PARTNER + "/" + id;
        Csrf csrf = Csrf.from(path);
        post(csrf, path + "/approve", Map.of("version", "0")).then().statusCode(303);
        post(csrf, path + "/reject", Map.of("version", "0", "reason", "too late")).then().statusCode(409)
                .body(containsString("Already approved by rita at "));
        // The current version, but approved is final: a forbidden move.
        post(csrf, path + "/approve", Map.of("version", "1")).then().statusCode(409)
                .body(containsString("Already approved by rita at "));
        long draft = ReviewFixture.customerAssociation(PARTNER, ReviewFixture.unique("C-DRAFT"), AssociationType.PAL,
                AssociationState.DRAFT, 0, Map.of());
        post(csrf, "/review/customers/" + PARTNER + "/" + draft + "/approve", Map.of("version", "0"))
                .then().statusCode(409).body(containsString("This association is a draft"));
        long withdrawn = ReviewFixture.professionalAssociation(PARTNER, ReviewFixture.unique("mcid-gone"),
                AssociationState.WITHDRAWN, 2);
        post(csrf, "/review/professionals/" + PARTNER + "/" + withdrawn + "/request-changes",
                Map.of("version", "0", "reason", "more")).then().statusCode(409)
                .body(containsString("Already withdrawn"));
        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, draft).state).isEqualTo(AssociationState.DRAFT);
        assertThat(ReviewFixture.load(AssociationKind.PROFESSIONAL, withdrawn).state)
                .isEqualTo(AssociationState.WITHDRAWN);

        long fresh = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-NOVERSION"), 1);
        post(csrf, "/review/customers/" + PARTNER + "/" + fresh + "/approve", Map.of()).then().statusCode(400)
                .body(containsString("version: the version of the association you looked at is missing"));
        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, fresh).state).isEqualTo(AssociationState.SUBMITTED);
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-rita"), @Claim(key = "preferred_username", value = "rita") })
    void twoConcurrentApprovalsOverHttpOneSucceedsTheOtherGetsThe409Page() throws Exception {
        long id = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-HTTP-RACE"), 1);
        String path = "/review/customers/" + PARTNER + "/" + id;
        Csrf csrf = Csrf.from(path);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> calls = List.of(
                    threads.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return post(csrf, path + "/approve", Map.of("version", "0"));
                    }),
                    threads.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return post(csrf, path + "/request-changes", Map.of("version", "0", "reason", "why"));
                    }));
            List<Integer> statuses = List.of(calls.get(0).get(30, TimeUnit.SECONDS).statusCode(),
                    calls.get(1).get(30, TimeUnit.SECONDS).statusCode());
            assertThat(statuses).containsExactlyInAnyOrder(303, 409);
            Response loser = calls.get(statuses.get(0) == 409 ? 0 : 1).get();
            assertThat(loser.asString()).containsPattern("Already (approved|sent back for changes) by rita at ");
        } finally {
            threads.shutdownNow();
        }
        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, id).version).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-rita"), @Claim(key = "preferred_username", value = "rita") })
    void bulkApprovalIsConfirmedFirstThenEachRowIsDecidedAndConflictsAreReported() {
        long a = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-BULK-A"), 3);
        long b = ReviewFixture.professionalAssociation(PARTNER, ReviewFixture.unique("mcid-bulk-b"),
                AssociationState.SUBMITTED, 2);
        String tokenA = "customers:" + a + ":0:" + PARTNER;
        String tokenB = "professionals:" + b + ":0:" + PARTNER;

        String queue = given().get("/review?partner=" + PARTNER).asString();
        assertThat(queue).contains("value=\"" + tokenA + "\"", "value=\"" + tokenB + "\"");

        String confirm = given().queryParam("item", tokenA).queryParam("item", tokenB)
                .get("/review/bulk-approve").then().statusCode(200).extract().asString();
        assertThat(confirm).contains("Approve 2 associations?", "C-BULK-A", "mcid-bulk-b",
                "name=\"item\" value=\"" + tokenA + "\"");
        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, a).state).isEqualTo(AssociationState.SUBMITTED);

        // Another reviewer decides B between the confirmation and the approval.
        workflow.move(AssociationKind.PROFESSIONAL, PARTNER, b, 0L, AssociationState.REJECTED, "ruth", "not certified");

        Csrf csrf = Csrf.from("/review/bulk-approve?item=" + tokenA);
        String result = csrf.with(given().redirects().follow(false))
                .formParam("item", tokenA).formParam("item", tokenB)
                .post("/review/bulk-approve").then().statusCode(200).extract().asString();
        assertThat(result).contains("approved", "Already rejected by ruth at ");
        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, a).state).isEqualTo(AssociationState.APPROVED);
        assertThat(ReviewFixture.load(AssociationKind.PROFESSIONAL, b).state).isEqualTo(AssociationState.REJECTED);
        assertThat(ReviewFixture.audits("ASSOCIATION_APPROVED", AssociationKind.CUSTOMER, a)).isEqualTo(1);
        assertThat(ReviewFixture.audits("ASSOCIATION_APPROVED", AssociationKind.PROFESSIONAL, b)).isZero();

        csrf.with(given()).post("/review/bulk-approve").then().statusCode(400)
                .body(containsString("select at least one association"));
        csrf.with(given()).formParam("item", "customers:abc:0:" + PARTNER).post("/review/bulk-approve")
                .then().statusCode(400).body(containsString("not a selection"));
    }

    @Test
    @TestSecurity(user = "mel", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-rev-member"), @Claim(key = "preferred_username", value = "mel") })
    void aReviewerWhoIsAMemberOfThePartnerMayNotDecideItsAssociations() {
        long id = ReviewFixture.submittedCustomer(OWN, ReviewFixture.unique("C-SOD"), 2);
        long other = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-SOD-OTHER"), 2);
        String path = "/review/customers/" + OWN + "/" + id;
        String token = "customers:" + id + ":0:" + OWN;
        String otherToken = "customers:" + other + ":0:" + PARTNER;

        given().get(path).then().statusCode(200)
                .body(containsString("separation of duties"))
                .body(not(containsString("/approve\"")));
        assertThat(given().get("/review?partner=" + OWN).asString()).contains("member")
                .doesNotContain("value=\"" + token + "\"");

        Csrf csrf = Csrf.from("/review/customers/" + PARTNER + "/" + other);
        post(csrf, path + "/approve", Map.of("version", "0")).then().statusCode(403)
                .body(allOf(containsString("separation of duties"), containsString(OWN)));
        post(csrf, path + "/reject", Map.of("version", "0", "reason", "mine")).then().statusCode(403);
        post(csrf, path + "/request-changes", Map.of("version", "0", "reason", "")).then().statusCode(403);
        given().queryParam("item", token).queryParam("item", otherToken).get("/review/bulk-approve")
                .then().statusCode(200).body(containsString("separation of duties"))
                .body(not(containsString("name=\"item\" value=\"" + token + "\"")));
        csrf.with(given()).formParam("item", otherToken).formParam("item", token).post("/review/bulk-approve")
                .then().statusCode(403).body(containsString("separation of duties"));

        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, id).state).isEqualTo(AssociationState.SUBMITTED);
        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, other).state).isEqualTo(AssociationState.SUBMITTED);
        assertThat(ReviewFixture.audits("ASSOCIATION_APPROVED", AssociationKind.CUSTOMER, id)).isZero();
        assertThat(ReviewFixture.audits("ASSOCIATION_APPROVED", AssociationKind.CUSTOMER, other)).isZero();
    }

    @Test
    @TestSecurity(user = "bob", roles = "program-admin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-bob"), @Claim(key = "preferred_username", value = "bob") })
    void programAdminsSeeTheQueueAndDetailsButDoNotDecide() {
        long id = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-PA-LOOK"), 1);
        assertThat(given().get("/review?partner=" + PARTNER).then().statusCode(200).extract().asString())
                .contains("C-PA-LOOK").doesNotContain("type=\"checkbox\"");
        given().get("/review/customers/" + PARTNER + "/" + id).then().statusCode(200)
                .body(containsString("Only reviewers decide")).body(not(containsString("/approve\"")));
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-rita"), @Claim(key = "preferred_username", value = "rita") })
    void badInputIsA400Or404PageNeverA500() {
        long id = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-BAD-INPUT"), 1);
        String path = "/review/customers/" + PARTNER + "/" + id;
        Csrf csrf = Csrf.from(path);
        given().get("/review?page=abc").then().statusCode(400).body(containsString("page: not a page number"));
        given().get("/review?page=-3&partner=" + "p".repeat(65)).then().statusCode(400);
        given().get("/review/customers/" + PARTNER + "/abc").then().statusCode(404);
        given().get("/review/customers/" + PARTNER + "/99999999999999999999").then().statusCode(404);
        given().get("/review/customers/" + "p".repeat(300) + "/1").then().statusCode(404);
        given().get("/review/bulk-approve?item=customers:1:0:" + "p".repeat(65)).then().statusCode(400);
        given().get("/review/bulk-approve?item=customers:-1:0:P").then().statusCode(400);
        given().get("/review/audit?from=99999-01-01&actor=" + "a".repeat(256)).then().statusCode(400)
                .body(containsString("from: not a date")).body(containsString("actor: at most 255 characters"));
        post(csrf, path + "/approve", Map.of("version", "-1")).then().statusCode(400);
        post(csrf, path + "/approve", Map.of("version", "99999999999999999999")).then().statusCode(400);
        post(csrf, path + "/approve", Map.of("version", "7")).then().statusCode(409);
        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, id).state).isEqualTo(AssociationState.SUBMITTED);
    }

    static Response post(Csrf csrf, String path, Map<String, String> form) {
        return csrf.with(given().redirects().follow(false)).formParams(form).when().post(path);
    }

    /** A timestamptz as the native query returns it (the driver's type may differ), in UTC. */
    private static OffsetDateTime utc(Object value) {
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }
}
