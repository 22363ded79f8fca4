package com.partnerportal.web.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.partnerportal.core.review.AssociationState;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.web.associations.AssociationWorkflow;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "assoc-admin")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-assoc-admin"))
class AssociationsPageTest {

    static final String PARTNER = "P-7101";
    static final String PAGE = "/partners/" + PARTNER + "/associations";

    @Inject
    EntityManager em;

    @Inject
    AssociationWorkflow workflow;

    @BeforeEach
    void partner() {
        PartnerFixture.partner(PARTNER, "Associations Ltd");
        PartnerFixture.member(PARTNER, "sub-assoc-admin", true);
    }

    @Test
    void aPartnerAdminSubmitsACustomerAssociationWhichIsAudited() {
        Csrf csrf = Csrf.from(PAGE);
        csrf.post().formParam("customerId", "C-SUBMIT").formParam("customerName", "Submit Co")
                .formParam("segment", "SMC").formParam("type", "DPOR").formParam("reference", "dpor-42")
                .when().post(PAGE + "/customers")
                .then().statusCode(303).header("Location", containsString("notice=submitted"));
        given().when().get(PAGE + "?notice=submitted").then().statusCode(200)
                .body(containsString("Submitted for review"))
                .body(containsString("C-SUBMIT")).body(containsString("dpor-42")).body(containsString("SUBMITTED"));
        assertThat(count("select count(*) from audit_event where partner_id = '" + PARTNER
                + "' and action = 'ASSOCIATION_SUBMITTED' and after ->> 'customer' = 'C-SUBMIT'")).isEqualTo(1);
    }

    @Test
    void aDuplicateOrAnInvalidFormReRendersWithMessagesAndSavesNothing() {
        Csrf csrf = Csrf.from(PAGE);
        csrf.post().formParam("customerId", "C-DUP").formParam("segment", "SMB").formParam("type", "PAL")
                .formParam("reference", "pal-1").when().post(PAGE + "/customers").then().statusCode(303);
        long before = count("select count(*) from customer_association where partner_id = '" + PARTNER + "'");

        csrf.post().formParam("customerId", "C-DUP").formParam("segment", "SMB").formParam("type", "PAL")
                .formParam("reference", "pal-2").when().post(PAGE + "/customers")
                .then().statusCode(400)
                .body(containsString("customer C-DUP already has a PAL association that is submitted"))
                .body(containsString("value=\"pal-2\""));
        csrf.post().formParam("customerId", "").formParam("type", "XYZ").formParam("reference", "")
                .when().post(PAGE + "/customers")
                .then().statusCode(400)
                .body(containsString("enter the customer&#39;s tenant or customer id"))
                .body(containsString("choose PAL, DPOR or CSP"))
                .body(containsString("aria-invalid=\"true\""));
        csrf.post().formParam("personId", "mcid-x").formParam("email", "not-an-email")
                .when().post(PAGE + "/professionals")
                .then().statusCode(400).body(containsString("not an e-mail address"));

        assertThat(count("select count(*) from customer_association where partner_id = '" + PARTNER + "'"))
                .isEqualTo(before);
        assertThat(count("select count(*) from professional where partner_id = '" + PARTNER
                + "' and person_id = 'mcid-x'")).isZero();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndSavesNothing() {
        given().redirects().follow(false).formParam("customerId", "C-CSRF").formParam("segment", "SMB")
                .formParam("type", "PAL").formParam("reference", "pal-csrf")
                .when().post(PAGE + "/customers")
                .then().statusCode(400);
        assertThat(count("select count(*) from customer where customer_id = 'C-CSRF'")).isZero();
    }

    @Test
    void userInputIsEscapedOnThePage() {
        Csrf csrf = Csrf.from(PAGE);
        csrf.post().formParam("customerId", "C-XSS").formParam("customerName", "<script>alert(1)</script>")
                .formParam("segment", "SMB").formParam("type", "CSP").formParam("reference", "<b>ref</b>")
                .when().post(PAGE + "/customers").then().statusCode(303);
        given().when().get(PAGE).then().statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(containsString("&lt;b&gt;ref&lt;/b&gt;"));
    }

    @Test
    void aPendingAssociationIsWithdrawnAndOneSentBackForChangesIsResubmitted() {
        Csrf csrf = Csrf.from(PAGE);
        csrf.post().formParam("personId", "mcid-flow").formParam("name", "Flow Person")
                .when().post(PAGE + "/professionals").then().statusCode(303);
        long id = id("professional_association a join professional p on p.id = a.professional_ref",
                "p.person_id = 'mcid-flow'");
        csrf.post().formParam("version", 0).when().post(PAGE + "/professionals/" + id + "/withdraw")
                .then().statusCode(303);
        assertThat(state("professional_association", id)).isEqualTo("WITHDRAWN");
        // Withdrawing it again: not allowed from WITHDRAWN.
        csrf.post().formParam("version", 1).when().post(PAGE + "/professionals/" + id + "/withdraw")
                .then().statusCode(409).body(containsString("Already withdrawn by assoc-admin"));

        csrf.post().formParam("customerId", "C-FLOW").formParam("segment", "SMB").formParam("type", "CSP")
                .formParam("reference", "csp-1").when().post(PAGE + "/customers").then().statusCode(303);
        long customerAssociation = id("customer_association a join customer c on c.id = a.customer_ref",
                "c.customer_id = 'C-FLOW'");
        workflow.move(AssociationKind.CUSTOMER, PARTNER, customerAssociation, 0L, AssociationState.CHANGES_REQUESTED,
                "reviewer-x", "Which subscription?");
        given().when().get(PAGE).then().body(containsString("Which subscription?")).body(containsString("Resubmit"));
        // A stale version (someone else moved it since the page was rendered) is a conflict, not a lost update.
        csrf.post().formParam("version", 0).when().post(PAGE + "/customers/" + customerAssociation + "/resubmit")
                .then().statusCode(409);
        csrf.post().formParam("version", 1).when().post(PAGE + "/customers/" + customerAssociation + "/resubmit")
                .then().statusCode(303);
        assertThat(state("customer_association", customerAssociation)).isEqualTo("SUBMITTED");
        assertThat(actions("professional_association", id))
                .containsExactly("ASSOCIATION_SUBMITTED", "ASSOCIATION_WITHDRAWN");
        assertThat(actions("customer_association", customerAssociation))
                .containsExactly("ASSOCIATION_SUBMITTED", "ASSOCIATION_CHANGES_REQUESTED", "ASSOCIATION_SUBMITTED");
    }

    @Test
    void anotherPartnersAssociationCannotBeWithdrawnThroughThisPartner() {
        PartnerFixture.partner("P-7102", "Other Associations Ltd");
        long foreign = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("insert into customer (partner_id, customer_id, segment) values ('P-7102', 'C-F', 'SMB')"
                    + " on conflict do nothing").executeUpdate();
            return ((Number) em.createNativeQuery("insert into customer_association (partner_id, customer_ref, type,"
                    + " state) select 'P-7102', id, 'PAL', 'SUBMITTED' from customer where partner_id = 'P-7102'"
                    + " and customer_id = 'C-F' returning id").getSingleResult()).longValue();
        });
        Csrf.from(PAGE).post().formParam("version", 0).when().post(PAGE + "/customers/" + foreign + "/withdraw")
                .then().statusCode(404);
        assertThat(state("customer_association", foreign)).isEqualTo("SUBMITTED");
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> actions(String entityType, long id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select action from audit_event"
                + " where partner_id = '" + PARTNER + "' and entity_type = '" + entityType + "' and entity_id = '" + id
                + "' order by id").getResultList());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private long id(String from, String where) {
        return count("select a.id from " + from + " where a.partner_id = '" + PARTNER + "' and " + where);
    }

    private String state(String table, long id) {
        return QuarkusTransaction.requiringNew().call(() ->
                (String) em.createNativeQuery("select state from " + table + " where id = " + id).getSingleResult());
    }
}
