package com.partnerportal.web.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.web.associations.AssociationWorkflow;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.GreenMailResource;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Decision mails through a real SMTP server (GreenMail, started by {@link GreenMailResource}): the partner's admins get
 * one mail per decision, with the reviewer's reason in its plain-text and HTML parts; partner users and admins who
 * turned decisions off get none; a rolled-back decision sends nothing, and nothing is sent before the commit.
 */
@QuarkusTest
class MailNotificationTest {

    static final String PARTNER = "P-8250";
    static final String ADMIN = "mail-admin@example.org";
    static final String QUIET_ADMIN = "quiet-admin@example.org";
    static final String USER = "mail-user@example.org";

    @Inject
    AssociationWorkflow workflow;

    @Inject
    EntityManager em;

    @BeforeEach
    void partner() {
        PartnerFixture.partner(PARTNER, "Mailbox Analytics");
        member("sub-mail-admin", ADMIN, MembershipEntity.PARTNER_ADMIN);
        member("sub-quiet-admin", QUIET_ADMIN, MembershipEntity.PARTNER_ADMIN);
        member("sub-mail-user", USER, MembershipEntity.PARTNER_USER);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into notification_opt_out (subject, kind) values ('sub-quiet-admin',"
                    + " 'DECISION') on conflict do nothing").executeUpdate();
            em.createNativeQuery("delete from notification_opt_out where subject = 'sub-mail-admin'").executeUpdate();
        });
    }

    @Test
    void aRejectionMailsThePartnersAdminsTheReasonInTextAndHtml() throws Exception {
        String customer = ReviewFixture.unique("C-MAIL");
        long id = ReviewFixture.submittedCustomer(PARTNER, customer, 3);
        int before = received(ADMIN).size();

        workflow.moveOrExplain(AssociationKind.CUSTOMER, PARTNER, id, 0L, AssociationState.REJECTED, "rita",
                "The PAL link names another partner's MPN id.");

        MimeMessage mail = awaitMail(ADMIN, before + 1).get(before);
        assertThat(mail.getSubject()).isEqualTo("[" + PARTNER + "] Customer Customer " + customer + " (PAL): rejected");
        assertThat(mail.getFrom()[0].toString()).contains("portal@localhost");
        Multipart parts = (Multipart) mail.getContent();
        String text = parts.getBodyPart(0).getContent().toString();
        String html = parts.getBodyPart(1).getContent().toString();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(text).contains("Reason: The PAL link names another partner's MPN id.").contains("Decided by rita")
                .contains("http://localhost:8080/partners/" + PARTNER + "/associations");
        assertThat(html).contains("The PAL link names another partner&#39;s MPN id.").contains("Mailbox Analytics");

        assertThat(received(QUIET_ADMIN)).as("an admin who turned decisions off").isEmpty();
        assertThat(received(USER)).as("partner users get no decision mail").isEmpty();
        awaitNothingPending();
        assertThat(count("select count(*) from mail_outbox where recipient = '" + ADMIN + "' and sent_at is not null"
                + " and payload like '%" + customer + "%'")).isEqualTo(1);
    }

    @Test
    void nothingIsSentBeforeTheDecisionCommitsAndARolledBackDecisionSendsNothing() throws Exception {
        long rolledBack = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-ROLLBACK"), 3);
        long committed = ReviewFixture.submittedCustomer(PARTNER, ReviewFixture.unique("C-COMMIT"), 3);
        int before = received(ADMIN).size();

        try {
            QuarkusTransaction.requiringNew().run(() -> {
                workflow.move(AssociationKind.CUSTOMER, PARTNER, rolledBack, 0L, AssociationState.APPROVED, "rita", null);
                throw new IllegalStateException("the deciding transaction fails after the move");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        List<Integer> duringTransaction = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            workflow.move(AssociationKind.CUSTOMER, PARTNER, committed, 0L, AssociationState.APPROVED, "rita", null);
            sleep(1500);
            duringTransaction.add(received(ADMIN).size());
        });
        assertThat(duringTransaction).as("mails received while the deciding transaction was open")
                .containsExactly(before);

        List<MimeMessage> after = awaitMail(ADMIN, before + 1);
        sleep(1500);
        assertThat(received(ADMIN)).as("exactly one mail: the committed approval's").hasSize(before + 1);
        assertThat(after.get(before).getSubject()).contains("C-COMMIT").endsWith(": approved");
        assertThat(count("select count(*) from mail_outbox where payload like '%C-ROLLBACK%'")).isZero();
    }

    @Test
    @TestSecurity(user = "mail-admin")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "sub-mail-admin"), @Claim(key = "email", value = ADMIN),
            @Claim(key = "email_verified", value = "true")})
    void aPartnerAdminTurnsDecisionMailsOffAndOnOnTheSettingsPage() {
        String page = "/settings/notifications";
        given().when().get(page).then().statusCode(200)
                .body(containsString("Decisions on my partner&#39;s submissions"))
                .body(containsString("id=\"kind-DECISION\" name=\"on\" value=\"DECISION\" checked"))
                .body(not(containsString("kind-REVIEW_DIGEST")));
        Csrf csrf = Csrf.from(page);

        csrf.post().when().post(page).then().statusCode(303);
        assertThat(count("select count(*) from notification_opt_out where subject = 'sub-mail-admin'"
                + " and kind = 'DECISION'")).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'NOTIFICATION_SETTINGS_CHANGED'"
                + " and entity_id = 'sub-mail-admin'")).isPositive();
        given().when().get(page + "?saved=1").then().statusCode(200).body(containsString("are saved"))
                .body(containsString("id=\"kind-DECISION\" name=\"on\" value=\"DECISION\">"));

        String off = ReviewFixture.unique("C-OFF");
        long id = ReviewFixture.submittedCustomer(PARTNER, off, 3);
        int before = received(ADMIN).size();
        workflow.moveOrExplain(AssociationKind.CUSTOMER, PARTNER, id, 0L, AssociationState.APPROVED, "rita", null);
        assertThat(count("select count(*) from mail_outbox where recipient = '" + ADMIN + "' and payload like '%"
                + off + "%'")).as("no mail queued: decisions turned off").isZero();
        sleep(2000);
        assertThat(received(ADMIN)).as("decisions turned off").hasSize(before);

        csrf.post().formParam("on", "REVIEW_DIGEST").when().post(page).then().statusCode(400)
                .body(containsString("choose only among the kinds of mail listed"));
        csrf.post().formParam("on", "DECISION").formParam("on", "RENEWAL").formParam("on", "EXPIRY_RISK")
                .formParam("on", "SCORE_RISK").when().post(page).then().statusCode(303);
        assertThat(count("select count(*) from notification_opt_out where subject = 'sub-mail-admin'")).isZero();
    }

    static List<MimeMessage> received(String address) {
        return GreenMailResource.inbox(address);
    }

    static List<MimeMessage> awaitMail(String address, int count) throws InterruptedException {
        return GreenMailResource.awaitInbox(address, count);
    }

    /** The sender marks a mail sent once the SMTP server took it, in the transaction that claimed it. */
    private void awaitNothingPending() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(pending()).as("mails of the partner not marked sent").isZero();
    }

    private long pending() {
        return count("select count(*) from mail_outbox where sent_at is null and partner_id = '" + PARTNER + "'");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private void member(String subject, String email, String role) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (MembershipEntity.count("partnerId = ?1 and subject = ?2", PARTNER, subject) == 0) {
                MembershipEntity membership = new MembershipEntity();
                membership.partnerId = PARTNER;
                membership.subject = subject;
                membership.email = email;
                membership.displayName = subject;
                membership.role = role;
                membership.persist();
            }
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
