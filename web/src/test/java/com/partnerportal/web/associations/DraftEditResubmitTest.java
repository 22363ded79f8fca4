package com.partnerportal.web.associations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 3: a partner admin saves an association as a draft and submits it later; after a reviewer asks for
 * changes, edits it (customer name, segment, attribution, reference; a certification link's dates and proof) and
 * resubmits; the reviewer sees what changed since the last submission. Edits of anything else are 409, bad input 400
 * (nothing saved), a partner user 403 — all through the one review model.
 */
@QuarkusTest
@TestSecurity(user = "edit-admin")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-edit-admin"))
class DraftEditResubmitTest {

    static final String PARTNER = "P-7140";
    static final String PAGE = "/partners/" + PARTNER + "/associations";

    @Inject
    AssociationWorkflow workflow;

    @Inject
    EntityManager em;

    @BeforeEach
    void partner() {
        PartnerFixture.partner(PARTNER, "Drafts Ltd");
        PartnerFixture.member(PARTNER, "sub-edit-admin", true);
        PartnerFixture.member(PARTNER, "sub-edit-user", false);
    }

    @Test
    void a_draft_is_saved_unreviewed_and_submitted_later() {
        String customer = ReviewFixture.unique("C-DRAFT");
        Csrf csrf = Csrf.from(PAGE);
        csrf.post().formParam("customerId", customer).formParam("segment", "SMB").formParam("type", "CSP")
                .formParam("reference", "sub-draft").formParam("draft", "1").when().post(PAGE + "/customers")
                .then().statusCode(303).header("Location", containsString("notice=drafted"));
        long id = id(customer);
        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, id).state).isEqualTo(AssociationState.DRAFT);
        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, id).submittedAt).as("not submitted yet").isNull();
        assertThat(ReviewFixture.audits("ASSOCIATION_DRAFT", AssociationKind.CUSTOMER, id)).isEqualTo(1);
        given().when().get(PAGE + "?notice=drafted").then().statusCode(200)
                .body(containsString("Saved as a draft")).body(containsString(customer))
                .body(containsString("/associations/customers/" + id + "/edit"))
                .body(containsString(">Submit</button>"));

        csrf.post().formParam("version", "0").when().post(PAGE + "/customers/" + id + "/resubmit")
                .then().statusCode(303);
        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, id).state).isEqualTo(AssociationState.SUBMITTED);
        assertThat(ReviewFixture.audits("ASSOCIATION_SUBMITTED", AssociationKind.CUSTOMER, id)).isEqualTo(1);
    }

    @Test
    void after_changes_requested_the_admin_edits_and_resubmits_and_the_reviewer_sees_what_changed() {
        String customer = ReviewFixture.unique("C-EDIT");
        Csrf csrf = Csrf.from(PAGE);
        csrf.post().formParam("customerId", customer).formParam("customerName", "Edit Co").formParam("segment", "SMB")
                .formParam("type", "PAL").formParam("reference", "pal-wrong").when().post(PAGE + "/customers")
                .then().statusCode(303);
        long id = id(customer);
        workflow.moveOrExplain(AssociationKind.CUSTOMER, PARTNER, id, 0L, AssociationState.CHANGES_REQUESTED, "rita",
                "The PAL id is not ours; which subscription?");
        String edit = PAGE + "/customers/" + id + "/edit";
        given().when().get(edit).then().statusCode(200)
                .body(containsString("The PAL id is not ours; which subscription?"))
                .body(containsString("value=\"pal-wrong\""));

        // bad input: 400 with the field's message, nothing saved
        csrf.post().formParam("version", "1").formParam("customerId", customer).formParam("segment", "SMB")
                .formParam("type", "PAL").formParam("reference", "").when().post(edit)
                .then().statusCode(400).body(containsString("aria-invalid=\"true\""))
                .body(containsString("the PAL partner id, DPOR record or CSP subscription id"));
        assertThat(reference(id)).isEqualTo("pal-wrong");
        // a version the page did not show: 409, nothing saved
        csrf.post().formParam("version", "0").formParam("customerId", customer).formParam("segment", "ENTERPRISE")
                .formParam("type", "CSP").formParam("reference", "sub-1").when().post(edit).then().statusCode(409);
        assertThat(reference(id)).isEqualTo("pal-wrong");

        csrf.post().formParam("version", "1").formParam("customerId", customer).formParam("customerName", "Edit Corp")
                .formParam("segment", "ENTERPRISE").formParam("type", "CSP").formParam("reference", "sub-right")
                .formParam("submit", "1").when().post(edit)
                .then().statusCode(303).header("Location", containsString("notice=resubmitted"));
        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, id).state).isEqualTo(AssociationState.SUBMITTED);
        assertThat(reference(id)).isEqualTo("sub-right");
        assertThat(ReviewFixture.audits("ASSOCIATION_EDITED", AssociationKind.CUSTOMER, id)).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'ASSOCIATION_EDITED' and entity_id = '" + id
                + "' and before ->> 'Reference' = 'pal-wrong' and after ->> 'Reference' = 'sub-right'"
                + " and after ->> 'Segment' = 'ENTERPRISE'")).isEqualTo(1);

        // once submitted again it cannot be edited: 409, and the page says so
        given().when().get(edit).then().statusCode(409)
                .body(containsString("Only a draft or an association sent back for changes can be edited"));
        assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, id).version).as("edited, then resubmitted")
                .isGreaterThan(1);
    }

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-rita"))
    void the_reviewer_sees_each_field_changed_since_the_last_submission() {
        String customer = ReviewFixture.unique("C-DIFF");
        long id = QuarkusTransaction.requiringNew().call(() -> {
            long created = ReviewFixture.customerAssociation(PARTNER, customer, AssociationType.PAL,
                    AssociationState.CHANGES_REQUESTED, 2, Map.of());
            em.createNativeQuery("update customer_association set submitted_fields = ?1 where id = ?2")
                    .setParameter(1, "{\"Customer name\":null,\"Segment\":\"SMB\",\"Attribution\":\"PAL\","
                            + "\"Reference\":\"pal-old\"}")
                    .setParameter(2, created).executeUpdate();
            em.createNativeQuery("update customer_association set reference = 'pal-new' where id = ?1")
                    .setParameter(1, created).executeUpdate();
            return created;
        });
        workflow.moveOrExplain(AssociationKind.CUSTOMER, PARTNER, id, null, AssociationState.SUBMITTED,
                "edit-admin", null);
        given().when().get("/review/customers/" + PARTNER + "/" + id).then().statusCode(200)
                .body(containsString("Changed since the last submission"))
                .body(containsString("<th scope=\"row\">Reference</th><td><del>pal-old</del></td><td><ins>pal-new</ins>"))
                .body(not(containsString("<th scope=\"row\">Segment</th><td><del>")));

        // a first submission shows no changes
        long fresh = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-FIRST"), 1);
        given().when().get("/review/customers/" + PARTNER + "/" + fresh).then().statusCode(200)
                .body(not(containsString("Changed since the last submission")));
    }

    @Test
    void a_certification_link_sent_back_is_edited_field_by_field_and_resubmitted() {
        long link = ReviewFixture.certificationClaim(PARTNER, ReviewFixture.unique("mcid-edit"),
                AssociationState.CHANGES_REQUESTED, 1);
        String edit = PAGE + "/certifications/" + link + "/edit";
        Csrf csrf = Csrf.from(edit);
        csrf.post().formParam("version", "0").formParam("certificationId", "AZURE_AI_ENGINEER_ASSOCIATE")
                .formParam("earned", "2030-01-01").formParam("proof", "not a credential!").when().post(edit)
                .then().statusCode(400).body(containsString("is in the future"))
                .body(containsString("a credential id has 6 to 64 letters, digits and dashes"));
        csrf.post().formParam("version", "0").formParam("certificationId", "AZURE_AI_ENGINEER_ASSOCIATE")
                .formParam("earned", "2024-04-02").formParam("expires", "2026-01-02")
                .formParam("proof", "https://learn.microsoft.com/en-us/users/ada-l/transcript/abcd1234")
                .formParam("submit", "1").when().post(edit).then().statusCode(303);
        assertThat(ReviewFixture.load(AssociationKind.CERTIFICATION, link).state)
                .isEqualTo(AssociationState.SUBMITTED);
        assertThat(count("select count(*) from certification_claim where id = " + link
                + " and earned = date '2024-04-02' and expires = date '2026-01-02' and proof like 'https://learn%'"))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "edit-user")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-edit-user"))
    void a_partner_user_may_not_edit() {
        long id = ReviewFixture.customerAssociation(PARTNER, ReviewFixture.unique("C-USER"), AssociationType.PAL,
                AssociationState.CHANGES_REQUESTED, 1, Map.of());
        given().when().get(PAGE + "/customers/" + id + "/edit").then().statusCode(403);
    }

    private long id(String customerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select a.id from customer_association a join customer c on c.id = a.customer_ref"
                        + " where c.partner_id = ?1 and c.customer_id = ?2").setParameter(1, PARTNER)
                .setParameter(2, customerId).getSingleResult()).longValue());
    }

    private String reference(long id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select reference from customer_association where id = ?1").setParameter(1, id).getSingleResult());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }
}
