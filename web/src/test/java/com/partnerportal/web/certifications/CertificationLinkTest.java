package com.partnerportal.web.certifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.evidence.EvidenceAssembler;
import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.web.associations.AssociationWorkflow;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.GreenMailResource;
import com.partnerportal.web.testsupport.PartnerFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Certification links: a partner admin adds a person and two certifications; bad input is refused field by field
 * (400, nothing saved); a reviewer approves one and rejects the other through the one review model; only the approved
 * one reaches the evidence that is scored; the partner's admin is mailed each decision.
 */
@QuarkusTest
@TestSecurity(user = "cert-admin")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-cert-admin"))
class CertificationLinkTest {

    static final String PARTNER = "P-8260";
    static final String PAGE = "/partners/" + PARTNER + "/associations";
    static final String ADMIN_MAIL = "cert-admin@example.org";
    static final String LINK = "https://learn.microsoft.com/en-us/users/grace-h/transcript/k2j3h4g5f6";

    @Inject
    AssociationWorkflow workflow;

    @Inject
    EvidenceAssembler assembler;

    @Inject
    EntityManager em;

    @BeforeEach
    void partner() {
        PartnerFixture.partner(PARTNER, "Certified Data Co");
        QuarkusTransaction.requiringNew().run(() -> {
            if (MembershipEntity.count("partnerId = ?1 and subject = ?2", PARTNER, "sub-cert-admin") == 0) {
                MembershipEntity membership = new MembershipEntity();
                membership.partnerId = PARTNER;
                membership.subject = "sub-cert-admin";
                membership.email = ADMIN_MAIL;
                membership.displayName = "Cert Admin";
                membership.role = MembershipEntity.PARTNER_ADMIN;
                membership.persist();
            }
        });
    }

    @Test
    void aPersonWithTwoCertificationsOneApprovedOneRejectedOnlyTheApprovedOneScoresAndTheAdminIsMailed()
            throws Exception {
        String mcid = "mcid-" + System.nanoTime() % 1_000_000;
        Csrf csrf = Csrf.from(PAGE);
        csrf.post().formParam("personId", mcid).formParam("name", "Grace Hopper").formParam("email", "grace@example.org")
                .when().post(PAGE + "/professionals").then().statusCode(303);
        csrf.post().formParam("personId", mcid).formParam("certificationId", "AZURE_AI_ENGINEER_ASSOCIATE")
                .formParam("earned", "2025-06-01").formParam("expires", "2026-12-31").formParam("proof", LINK)
                .when().post(PAGE + "/certifications").then().statusCode(303);
        csrf.post().formParam("personId", mcid).formParam("certificationId", "FABRIC_DATA_ENGINEER_ASSOCIATE")
                .formParam("earned", "2025-09-15").formParam("proof", "A1B2-C3D4-E5F6")
                .when().post(PAGE + "/certifications").then().statusCode(303);
        given().when().get(PAGE).then().statusCode(200)
                .body(containsString("AZURE_AI_ENGINEER_ASSOCIATE")).body(containsString("FABRIC_DATA_ENGINEER_ASSOCIATE"))
                .body(containsString("href=\"" + LINK + "\""));
        assertThat(count("select count(*) from audit_event where partner_id = '" + PARTNER
                + "' and action = 'ASSOCIATION_SUBMITTED' and entity_type = 'certification_claim'"
                + " and after ->> 'professional' = '" + mcid + "'")).isEqualTo(2);

        long person = id("professional_association a join professional p on p.partner_id = a.partner_id"
                + " and p.id = a.professional_ref", "p.person_id = '" + mcid + "'");
        long ai102 = id("certification_claim a join professional p on p.partner_id = a.partner_id"
                + " and p.id = a.professional_ref", "p.person_id = '" + mcid + "' and a.certification_id"
                + " = 'AZURE_AI_ENGINEER_ASSOCIATE'");
        long dp700 = id("certification_claim a join professional p on p.partner_id = a.partner_id"
                + " and p.id = a.professional_ref", "p.person_id = '" + mcid + "' and a.certification_id"
                + " = 'FABRIC_DATA_ENGINEER_ASSOCIATE'");
        int mailsBefore = received(ADMIN_MAIL).size();

        workflow.moveOrExplain(AssociationKind.PROFESSIONAL, PARTNER, person, 0L, AssociationState.APPROVED, "rita",
                null);
        workflow.moveOrExplain(AssociationKind.CERTIFICATION, PARTNER, ai102, 0L, AssociationState.APPROVED, "rita",
                null);
        workflow.moveOrExplain(AssociationKind.CERTIFICATION, PARTNER, dp700, 0L, AssociationState.REJECTED, "rita",
                "The credential id A1B2-C3D4-E5F6 belongs to another person.");

        Evidence evidence = QuarkusTransaction.requiringNew()
                .call(() -> assembler.assemble(PARTNER, YearMonth.now()).orElseThrow());
        Professional grace = evidence.professionals().stream().filter(p -> p.id().equals(mcid)).findFirst().orElseThrow();
        assertThat(grace.certifications()).extracting(Certification::id).containsExactly("AZURE_AI_ENGINEER_ASSOCIATE");
        assertThat(grace.certifications().get(0).earned()).isEqualTo(LocalDate.of(2025, 6, 1));

        List<MimeMessage> mails = awaitMail(ADMIN_MAIL, mailsBefore + 3);
        List<String> subjects = mails.subList(mailsBefore, mails.size()).stream().map(CertificationLinkTest::subject)
                .toList();
        assertThat(subjects).containsExactlyInAnyOrder(
                "[" + PARTNER + "] Professional Grace Hopper (MCID " + mcid + "): approved",
                "[" + PARTNER + "] Certification AZURE_AI_ENGINEER_ASSOCIATE of Grace Hopper (MCID " + mcid + "): approved",
                "[" + PARTNER + "] Certification FABRIC_DATA_ENGINEER_ASSOCIATE of Grace Hopper (MCID " + mcid
                        + "): rejected");

        given().when().get(PAGE).then().statusCode(200)
                .body(containsString("The credential id A1B2-C3D4-E5F6 belongs to another person."));
    }

    @Test
    void badCertificationLinksAreRefusedWithAMessagePerFieldAndNothingIsSaved() {
        String mcid = "mcid-bad-" + System.nanoTime() % 1_000_000;
        Csrf csrf = Csrf.from(PAGE);
        csrf.post().formParam("personId", mcid).formParam("name", "Bad Input").when().post(PAGE + "/professionals")
                .then().statusCode(303);
        long before = count("select count(*) from certification_claim where partner_id = '" + PARTNER + "'");
        String future = LocalDate.now().plusDays(3).toString();
        Map<String, Map<String, String>> cases = Map.of(
                "it expires (2025-01-01) before it was earned (2025-02-01)",
                Map.of("certificationId", "AZURE_AI_ENGINEER_ASSOCIATE", "earned", "2025-02-01", "expires", "2025-01-01",
                        "proof", LINK),
                "the earned date " + future + " is in the future",
                Map.of("certificationId", "AZURE_AI_ENGINEER_ASSOCIATE", "earned", future, "proof", LINK),
                "unknown certification AZ-900 for the rule set in force",
                Map.of("certificationId", "AZ-900", "earned", "2025-02-01", "proof", LINK),
                "not a Microsoft Learn share link",
                Map.of("certificationId", "AZURE_AI_ENGINEER_ASSOCIATE", "earned", "2025-02-01",
                        "proof", "https://learn.microsoft.com/en-us/training/browse"),
                "no professional nobody-here at this partner",
                Map.of("personId", "nobody-here", "certificationId", "AZURE_AI_ENGINEER_ASSOCIATE",
                        "earned", "2025-02-01", "proof", LINK));
        cases.forEach((message, fields) -> {
            var request = csrf.post().formParam("personId", fields.getOrDefault("personId", mcid));
            fields.forEach((k, v) -> {
                if (!k.equals("personId")) {
                    request.formParam(k, v);
                }
            });
            request.when().post(PAGE + "/certifications").then().statusCode(400)
                    .body(containsString(message.replace("'", "&#39;").replace("\"", "&quot;")))
                    .body(containsString("aria-invalid=\"true\""));
        });
        assertThat(count("select count(*) from certification_claim where partner_id = '" + PARTNER + "'"))
                .isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "cert-outsider")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-cert-outsider"))
    void anotherPartnersMemberCannotAddACertificationHere() {
        PartnerFixture.partner("P-8261", "Other Certs Ltd");
        PartnerFixture.member("P-8261", "sub-cert-outsider", true);
        Csrf csrf = Csrf.from("/partners/P-8261/associations");
        csrf.post().formParam("personId", "x").formParam("certificationId", "AZURE_AI_ENGINEER_ASSOCIATE")
                .formParam("earned", "2025-01-01").formParam("proof", LINK)
                .when().post(PAGE + "/certifications").then().statusCode(404);
    }

    private long id(String from, String where) {
        return count("select a.id from " + from + " where a.partner_id = '" + PARTNER + "' and " + where);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    static List<MimeMessage> received(String address) {
        return GreenMailResource.inbox(address);
    }

    static List<MimeMessage> awaitMail(String address, int count) throws InterruptedException {
        return GreenMailResource.awaitInbox(address, count);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
