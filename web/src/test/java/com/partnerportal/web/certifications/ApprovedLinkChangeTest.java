package com.partnerportal.web.certifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.core.evidence.json.ScorecardJsonReader;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.evidence.EvidenceAssembler;
import com.partnerportal.web.associations.AssociationService;
import com.partnerportal.web.associations.AssociationWorkflow;
import com.partnerportal.web.associations.CertificationClaimForm;
import com.partnerportal.web.scorecard.ScorecardService;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 1, "edit and remove, audited", for an APPROVED certification link, over HTTP: the partner admin
 * withdraws it (it stops counting at once, the open month is re-scored) or edits it — the edit is a new submission,
 * the approved link counting as it is until a reviewer decides the edit (approving it replaces the link, rejecting it
 * leaves the link). Stale versions are 409, bad input 400 with the field's message, nothing saved; a partner user
 * gets 403, another partner's admin 404.
 */
@QuarkusTest
@TestSecurity(user = "change-admin")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-change-admin"))
class ApprovedLinkChangeTest {

    static final String PARTNER = "P-8280";
    static final String PAGE = "/partners/" + PARTNER + "/associations";
    static final String CERT = "AZURE_AI_ENGINEER_ASSOCIATE";
    static final String LINK = "https://learn.microsoft.com/en-us/users/ada-l/transcript/q1w2e3r4t5";

    @Inject
    AssociationWorkflow workflow;

    @Inject
    AssociationService service;

    @Inject
    EvidenceAssembler assembler;

    @Inject
    ScorecardService scorecards;

    @Inject
    EntityManager em;

    @BeforeEach
    void partner() {
        PartnerFixture.partner(PARTNER, "Changed Certs Ltd");
        PartnerFixture.member(PARTNER, "sub-change-admin", true);
        PartnerFixture.member(PARTNER, "sub-change-user", false);
    }

    @Test
    void an_approved_link_withdrawn_stops_counting_at_once_and_the_open_month_is_rescored() {
        String mcid = ReviewFixture.unique("mcid-wd");
        long link = ReviewFixture.certificationClaim(PARTNER, mcid, AssociationState.APPROVED, 1);
        assertThat(certifications(mcid)).as("the approved link counts").containsExactly(CERT);
        given().when().get(PAGE).then().statusCode(200)
                .body(containsString("action=\"/partners/" + PARTNER + "/associations/certifications/" + link
                        + "/withdraw\""))
                .body(containsString("/associations/certifications/" + link + "/edit"));

        Csrf csrf = Csrf.from(PAGE);
        // a version the page did not show: 409, nothing changed
        csrf.post().formParam("version", "7").when().post(PAGE + "/certifications/" + link + "/withdraw")
                .then().statusCode(409).body(containsString("Already approved by fixture-reviewer"));
        // without the CSRF token: 400, nothing changed
        given().redirects().follow(false).formParam("version", "0").when()
                .post(PAGE + "/certifications/" + link + "/withdraw").then().statusCode(400);
        assertThat(ReviewFixture.load(AssociationKind.CERTIFICATION, link).state).isEqualTo(AssociationState.APPROVED);

        csrf.post().formParam("version", "0").when().post(PAGE + "/certifications/" + link + "/withdraw")
                .then().statusCode(303).header("Location", containsString("notice=withdrawn"));
        assertThat(ReviewFixture.load(AssociationKind.CERTIFICATION, link).state).isEqualTo(AssociationState.WITHDRAWN);
        assertThat(count("select count(*) from audit_event where action = 'ASSOCIATION_WITHDRAWN' and entity_type ="
                + " 'certification_claim' and entity_id = '" + link + "' and actor = 'change-admin'"
                + " and before ->> 'state' = 'APPROVED' and after ->> 'state' = 'WITHDRAWN'")).isEqualTo(1);
        assertThat(certifications(mcid)).as("no longer in the evidence that is scored").isEmpty();
        assertThat(openMonthCertifications(mcid)).as("the open month was re-scored without it").isEmpty();

        // withdrawn is final: again is a 409, and it can no longer be edited
        csrf.post().formParam("version", "1").when().post(PAGE + "/certifications/" + link + "/withdraw")
                .then().statusCode(409);
        given().when().get(PAGE + "/certifications/" + link + "/edit").then().statusCode(409);
    }

    @Test
    void an_approved_link_edited_goes_to_review_and_counts_as_approved_until_the_edit_is_approved() {
        String mcid = ReviewFixture.unique("mcid-ed");
        long link = ReviewFixture.certificationClaim(PARTNER, mcid, AssociationState.APPROVED, 1);
        String edit = PAGE + "/certifications/" + link + "/edit";
        given().when().get(edit).then().statusCode(200).body(containsString("id=\"edit-of-approved\""))
                .body(containsString("Submit the edit for review")).body(not(containsString(">Save</button>")));
        Csrf csrf = Csrf.from(edit);
        long links = count("select count(*) from certification_claim where partner_id = '" + PARTNER + "'");

        // bad input: 400 with the field's message, nothing saved
        String future = LocalDate.now().plusDays(5).toString();
        Map<String, Map<String, String>> refused = Map.of(
                "it expires (2024-01-01) before it was earned (2024-03-01)",
                Map.of("certificationId", CERT, "earned", "2024-03-01", "expires", "2024-01-01", "proof", LINK),
                "the earned date " + future + " is in the future",
                Map.of("certificationId", CERT, "earned", future, "proof", LINK),
                "unknown certification AZ-900 for the rule set in force",
                Map.of("certificationId", "AZ-900", "earned", "2024-03-01", "proof", LINK),
                "not a Microsoft Learn share link",
                Map.of("certificationId", CERT, "earned", "2024-03-01",
                        "proof", "https://learn.microsoft.com/en-us/training/browse"),
                "nothing was changed",
                Map.of("certificationId", CERT, "earned", "2024-03-01", "expires", "2027-03-01",
                        "proof", "CRED-" + mcid.replaceAll("[^A-Za-z0-9-]", "-")));
        refused.forEach((message, fields) -> csrf.post().formParam("version", "0").formParams(fields).when()
                .post(edit).then().statusCode(400).body(containsString(message)).body(containsString("aria-invalid=\"true\"")));
        // a version the page did not show: 409
        csrf.post().formParam("version", "3").formParams(corrected()).when().post(edit).then().statusCode(409);
        assertThat(count("select count(*) from certification_claim where partner_id = '" + PARTNER + "'"))
                .as("nothing saved").isEqualTo(links);

        csrf.post().formParam("version", "0").formParams(corrected()).when().post(edit)
                .then().statusCode(303).header("Location", containsString("notice=edit-submitted"));
        long revision = count("select id from certification_claim where revises = " + link);
        assertThat(ReviewFixture.load(AssociationKind.CERTIFICATION, revision).state)
                .isEqualTo(AssociationState.SUBMITTED);
        assertThat(ReviewFixture.load(AssociationKind.CERTIFICATION, link).state)
                .as("the approved link is left as it is").isEqualTo(AssociationState.APPROVED);
        assertThat(expiries(mcid)).as("the approved version keeps counting until the edit is decided")
                .containsExactly(LocalDate.of(2027, 3, 1));
        assertThat(count("select count(*) from audit_event where action = 'ASSOCIATION_SUBMITTED' and entity_id = '"
                + revision + "' and entity_type = 'certification_claim' and before ->> 'Expires' = '2027-03-01'"
                + " and after ->> 'Expires' = '2026-12-31' and reason like 'Edit of approved certification link "
                + link + "%'")).isEqualTo(1);
        // one open edit at a time
        given().when().get(edit).then().statusCode(409)
                .body(containsString("An edit of this certification is submitted already"));
        csrf.post().formParam("version", "0").formParams(corrected()).when().post(edit).then().statusCode(409);

        workflow.moveOrExplain(AssociationKind.CERTIFICATION, PARTNER, revision, 0L, AssociationState.APPROVED,
                "rita", null);
        assertThat(ReviewFixture.load(AssociationKind.CERTIFICATION, link).state)
                .as("replaced by its approved edit").isEqualTo(AssociationState.WITHDRAWN);
        assertThat(count("select count(*) from audit_event where action = 'ASSOCIATION_WITHDRAWN' and entity_id = '"
                + link + "' and actor = 'rita' and reason like 'Replaced by its edit%'")).isEqualTo(1);
        assertThat(expiries(mcid)).as("the edit counts, once").containsExactly(LocalDate.of(2026, 12, 31));
        assertThat(openMonthCertifications(mcid)).containsExactly(CERT);
        assertThat(openMonthExpiries(mcid)).containsExactly("2026-12-31");
    }

    @Test
    void a_rejected_edit_leaves_the_approved_link_counting_and_another_edit_may_follow() {
        String mcid = ReviewFixture.unique("mcid-rj");
        long link = ReviewFixture.certificationClaim(PARTNER, mcid, AssociationState.APPROVED, 1);
        String edit = PAGE + "/certifications/" + link + "/edit";
        Csrf csrf = Csrf.from(edit);
        csrf.post().formParam("version", "0").formParams(corrected()).when().post(edit).then().statusCode(303);
        long revision = count("select id from certification_claim where revises = " + link);
        workflow.moveOrExplain(AssociationKind.CERTIFICATION, PARTNER, revision, 0L, AssociationState.REJECTED, "rita",
                "The transcript shows 2027-03-01.");
        assertThat(ReviewFixture.load(AssociationKind.CERTIFICATION, link).state).isEqualTo(AssociationState.APPROVED);
        assertThat(expiries(mcid)).containsExactly(LocalDate.of(2027, 3, 1));
        given().when().get(PAGE).then().statusCode(200).body(containsString("The transcript shows 2027-03-01."));
        given().when().get(edit).then().statusCode(200);
    }

    @Test
    void withdrawing_an_approved_link_withdraws_its_edit_awaiting_review() {
        String mcid = ReviewFixture.unique("mcid-ww");
        long link = ReviewFixture.certificationClaim(PARTNER, mcid, AssociationState.APPROVED, 1);
        String edit = PAGE + "/certifications/" + link + "/edit";
        Csrf csrf = Csrf.from(edit);
        csrf.post().formParam("version", "0").formParams(corrected()).when().post(edit).then().statusCode(303);
        long revision = count("select id from certification_claim where revises = " + link);
        csrf.post().formParam("version", "0").when().post(PAGE + "/certifications/" + link + "/withdraw")
                .then().statusCode(303);
        assertThat(ReviewFixture.load(AssociationKind.CERTIFICATION, link).state).isEqualTo(AssociationState.WITHDRAWN);
        assertThat(ReviewFixture.load(AssociationKind.CERTIFICATION, revision).state)
                .isEqualTo(AssociationState.WITHDRAWN);
        assertThat(ReviewFixture.audits("ASSOCIATION_WITHDRAWN", AssociationKind.CERTIFICATION, revision))
                .isEqualTo(1);
        assertThat(certifications(mcid)).isEmpty();
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-rita"))
    void the_reviewer_sees_the_edit_beside_the_approved_link_and_what_changed() {
        String mcid = ReviewFixture.unique("mcid-rv");
        long link = ReviewFixture.certificationClaim(PARTNER, mcid, AssociationState.APPROVED, 1);
        CertificationClaimForm form = new CertificationClaimForm();
        form.certificationId = CERT;
        form.earned = "2024-03-01";
        form.expires = "2026-12-31";
        form.proof = LINK;
        long revision = service.editCertification(PARTNER, link, 0L, form,
                scorecards.ruleSets().forMonth(YearMonth.now()).certifications(), LocalDate.now(), "change-admin").id();
        given().when().get("/review/certifications/" + PARTNER + "/" + revision).then().statusCode(200)
                .body(containsString("id=\"edit-of-approved\""))
                .body(containsString("Changed since the last submission"))
                .body(containsString("<th scope=\"row\">Expires</th><td><del>2027-03-01</del></td><td><ins>2026-12-31</ins>"))
                .body(containsString("<th scope=\"row\">Proof</th><td><del>CRED-"))
                .body(not(containsString("<th scope=\"row\">Earned</th><td><del>")));
    }

    @Test
    @TestSecurity(user = "change-user")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-change-user"))
    void a_partner_user_may_neither_withdraw_nor_edit_an_approved_link() {
        long link = ReviewFixture.certificationClaim(PARTNER, ReviewFixture.unique("mcid-pu"), AssociationState.APPROVED,
                1);
        Csrf csrf = Csrf.from(PAGE);
        given().when().get(PAGE + "/certifications/" + link + "/edit").then().statusCode(403);
        csrf.post().formParam("version", "0").when().post(PAGE + "/certifications/" + link + "/withdraw")
                .then().statusCode(403);
        csrf.post().formParam("version", "0").formParams(corrected()).when()
                .post(PAGE + "/certifications/" + link + "/edit").then().statusCode(403);
        assertThat(ReviewFixture.load(AssociationKind.CERTIFICATION, link).state).isEqualTo(AssociationState.APPROVED);
    }

    @Test
    @TestSecurity(user = "change-outsider")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-change-outsider"))
    void another_partners_admin_gets_404() {
        long link = ReviewFixture.certificationClaim(PARTNER, ReviewFixture.unique("mcid-fo"), AssociationState.APPROVED,
                1);
        PartnerFixture.partner("P-8281", "Other Changes Ltd");
        PartnerFixture.member("P-8281", "sub-change-outsider", true);
        Csrf csrf = Csrf.from("/partners/P-8281/associations");
        given().when().get(PAGE + "/certifications/" + link + "/edit").then().statusCode(404);
        csrf.post().formParam("version", "0").when().post(PAGE + "/certifications/" + link + "/withdraw")
                .then().statusCode(404);
        // and the link through the other partner's path: not that partner's, so 404 too
        csrf.post().formParam("version", "0").when()
                .post("/partners/P-8281/associations/certifications/" + link + "/withdraw").then().statusCode(404);
        assertThat(ReviewFixture.load(AssociationKind.CERTIFICATION, link).state).isEqualTo(AssociationState.APPROVED);
    }

    /** The corrected link: a new expiry date (and a Learn link as its proof). */
    private static Map<String, String> corrected() {
        return Map.of("certificationId", CERT, "earned", "2024-03-01", "expires", "2026-12-31", "proof", LINK);
    }

    private Evidence evidence() {
        return QuarkusTransaction.requiringNew().call(() -> assembler.assemble(PARTNER, YearMonth.now()).orElseThrow());
    }

    /**
     * The professional's certifications of the link's kind ({@link #CERT}) in the evidence that is scored (the fixture's
     * professional holds an imported one of another kind too).
     */
    private List<String> certifications(String mcid) {
        return linked(mcid).stream().map(Certification::id).toList();
    }

    private List<LocalDate> expiries(String mcid) {
        return linked(mcid).stream().map(Certification::expires).toList();
    }

    private List<Certification> linked(String mcid) {
        return evidence().professionals().stream().filter(p -> p.id().equals(mcid))
                .flatMap(p -> p.certifications().stream()).filter(c -> c.id().equals(CERT)).toList();
    }

    /** The professional's certifications in the open month's scorecard as the ledger stores it. */
    private List<String> openMonthCertifications(String mcid) {
        return openMonthOf(mcid, "id");
    }

    private List<String> openMonthExpiries(String mcid) {
        return openMonthOf(mcid, "expires");
    }

    /** A field of each of the professional's certifications in the open month's scorecard (none if not listed). */
    private List<String> openMonthOf(String mcid, String field) {
        List<String> values = openMonth().getList("explanation.intermediateCertifications.professionals.find {"
                + " it.professionalId == '" + mcid + "' }?.certifications?.findAll { it.id == '" + CERT + "' }?."
                + field);
        return values == null ? List.of() : values;
    }

    /** The open month's stored scorecard, read back and written as the API shows it (every line an object). */
    private JsonPath openMonth() {
        String json = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select cast(scorecard as text) from scorecard_ledger where partner_id = ?1 and state = 'OPEN'")
                .setParameter(1, PARTNER).getSingleResult());
        return JsonPath.from(ScorecardJson.write(ScorecardJsonReader.read(json)));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
