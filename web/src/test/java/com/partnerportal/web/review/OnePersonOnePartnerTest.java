package com.partnerportal.web.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.web.associations.AssociationWorkflow;
import com.partnerportal.web.testsupport.GreenMailResource;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 2: an MCID approved for one partner and claimed by another shows the reviewer the conflict;
 * approving the new claim ends the old link — through the one review model, audited on the old partner, whose admins
 * are told by mail.
 */
@QuarkusTest
@TestSecurity(user = "rita", roles = "reviewer")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-rita"))
class OnePersonOnePartnerTest {

    static final String OLD = "P-7160";
    static final String NEW = "P-7161";
    static final String OLD_ADMIN = "old-partner-admin@example.org";

    @Inject
    AssociationWorkflow workflow;

    @Inject
    EntityManager em;

    @Test
    void approving_a_person_for_a_second_partner_ends_the_first_link_audited_and_mailed() throws Exception {
        PartnerFixture.partner(OLD, "First Employer Ltd");
        PartnerFixture.partner(NEW, "Second Employer Ltd");
        PartnerFixture.member(OLD, "sub-old-partner-admin", OLD_ADMIN, true);
        String mcid = ReviewFixture.unique("mcid-moves");
        long old = ReviewFixture.professionalAssociation(OLD, mcid, AssociationState.APPROVED, 30);
        long claim = ReviewFixture.professionalAssociation(NEW, mcid, AssociationState.SUBMITTED, 1);
        String unrelated = ReviewFixture.unique("mcid-stays");
        long stays = ReviewFixture.professionalAssociation(OLD, unrelated, AssociationState.APPROVED, 30);

        given().when().get("/review/professionals/" + NEW + "/" + claim).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("This person counts for another partner"))
                .body(org.hamcrest.Matchers.containsString("First Employer Ltd</strong> (" + OLD));
        given().when().get("/review/professionals/" + OLD + "/" + stays).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("counts for another partner")));
        int before = GreenMailResource.inbox(OLD_ADMIN).size();

        workflow.moveOrExplain(AssociationKind.PROFESSIONAL, NEW, claim, 0L, AssociationState.APPROVED, "rita", null);

        var ended = ReviewFixture.load(AssociationKind.PROFESSIONAL, old);
        assertThat(ended.state).isEqualTo(AssociationState.WITHDRAWN);
        assertThat(ended.decidedBy).isEqualTo("rita");
        assertThat(ended.reason).contains("MCID " + mcid + " was approved for Second Employer Ltd (" + NEW + ")");
        assertThat(ReviewFixture.load(AssociationKind.PROFESSIONAL, stays).state).isEqualTo(AssociationState.APPROVED);
        assertThat(ReviewFixture.load(AssociationKind.PROFESSIONAL, claim).state).isEqualTo(AssociationState.APPROVED);
        assertThat(count("select count(*) from audit_event where partner_id = '" + OLD + "'"
                + " and action = 'ASSOCIATION_WITHDRAWN' and entity_id = '" + old + "' and actor = 'rita'"))
                .isEqualTo(1);
        MimeMessage mail = GreenMailResource.awaitInbox(OLD_ADMIN, before + 1).get(before);
        assertThat(mail.getSubject()).isEqualTo("[" + OLD + "] Professional Person " + mcid + " (MCID " + mcid
                + "): ended");
        // the old partner's open-month evidence no longer has the person
        assertThat(count("select count(*) from professional_association a join professional p on p.id = a.professional_ref"
                + " where p.person_id = '" + mcid + "' and a.state = 'APPROVED'")).isEqualTo(1);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }
}
