package com.partnerportal.web.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.GreenMailResource;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Invitation mails (issue 17, point 6) through the mail outbox and a real SMTP server (GreenMail, read through its
 * in-memory API): inviting mails the link shown to the inviter to the address invited, in plain text and HTML; the
 * outbox keeps the link only until the mail is sent; a refused invitation mails nothing.
 */
@QuarkusTest
@TestSecurity(user = "omar-mail", roles = "program-admin")
@OidcSecurity(claims = { @Claim(key = "sub", value = "sub-omar-mail"), @Claim(key = "preferred_username", value = "omar-mail") })
class InvitationMailTest {

    /** The test's mail server, injected by {@link GreenMailResource}. */
    GreenMail mailServer;

    @Inject
    EntityManager em;

    @Test
    void anInvitationMailsItsLinkToTheAddressInvitedAndTheOutboxForgetsTheLinkOnceSent() throws Exception {
        String partner = ReviewFixture.unique("P-INVMAIL");
        PartnerFixture.partner(partner, "Mailed Invitations Ltd");
        String address = ReviewFixture.unique("invitee").toLowerCase() + "@example.net";
        Csrf csrf = Csrf.from("/admin/partners/" + partner);

        Response issued = csrf.post().formParams(Map.of("email", address, "role", "partner-admin"))
                .post("/admin/partners/" + partner + "/invitations");
        issued.then().statusCode(200);
        assertThat(issued.asString()).contains("e-mailed to them");
        Matcher shown = InvitationsTest.LINK.matcher(issued.asString());
        assertThat(shown.find()).as("the page shows the link").isTrue();
        String link = shown.group(1);
        String token = shown.group(2);

        List<MimeMessage> mails = GreenMailResource.received(mailServer, address, 1);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject())
                .isEqualTo("[" + partner + "] You are invited to join Mailed Invitations Ltd in the Partner Capability Portal");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        String text = parts.getBodyPart(0).getContent().toString();
        String html = parts.getBodyPart(1).getContent().toString();
        assertThat(text).contains(link).contains("omar-mail invites you to join Mailed Invitations Ltd (" + partner + ")")
                .contains("as partner-admin").contains("works once, until");
        assertThat(html).contains("href=\"" + link + "\"");

        // once sent, the outbox row no longer holds the link's secret
        awaitSent(address);
        assertThat(count("select count(*) from mail_outbox where kind = 'INVITATION' and lower(recipient) = '"
                + address + "'")).isEqualTo(1);
        assertThat(count("select count(*) from mail_outbox where payload like '%" + token + "%'")).isZero();
        assertThat(count("select count(*) from mail_outbox where kind = 'INVITATION' and lower(recipient) = '"
                + address + "' and payload like '%the link is not kept%'")).isEqualTo(1);
    }

    @Test
    void aRefusedInvitationMailsNothing() throws Exception {
        String partner = ReviewFixture.unique("P-INVMAIL");
        PartnerFixture.partner(partner, "Refused Invitations Ltd");
        String address = ReviewFixture.unique("refused").toLowerCase() + "@example.net";
        Csrf csrf = Csrf.from("/admin/partners/" + partner);

        csrf.post().formParams(Map.of("email", address, "role", "program-admin"))
                .post("/admin/partners/" + partner + "/invitations").then().statusCode(400);

        assertThat(count("select count(*) from mail_outbox where lower(recipient) = '" + address + "'")).isZero();
        // a mail queued by mistake would be sent within a few seconds: give it the time and look in the mail server
        TimeUnit.SECONDS.sleep(3);
        assertThat(mailServer.getReceivedMessagesForDomain(address)).isEmpty();
    }

    private void awaitSent(String address) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (GreenMailResource.unsent(address) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(GreenMailResource.unsent(address)).as("the invitation mail marked sent").isZero();
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
