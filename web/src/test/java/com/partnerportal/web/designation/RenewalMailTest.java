package com.partnerportal.web.designation;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.lifecycle.Decision.Action;
import com.partnerportal.web.testsupport.GreenMailResource;
import com.partnerportal.web.testsupport.PartnerFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 6, through a real SMTP server (GreenMail): the designation job mails the partner's admins 30 and
 * 7 days before an anniversary that is not renewed, and on the lapse — each once, however often the job runs and
 * on whichever day; nothing to a renewed partner, nothing to an admin who turned renewal mails off. The days are this
 * test's own (a day's run is claimed once for the whole portal).
 */
@QuarkusTest
class RenewalMailTest {

    static final String DUE = "P-7641";
    static final String RENEWED = "P-7642";
    static final String ADMIN = "renewal-admin@example.org";
    static final String QUIET_ADMIN = "renewal-quiet@example.org";
    static final String RENEWED_ADMIN = "renewed-admin@example.org";

    @Inject
    DesignationDayJob job;

    @Inject
    DesignationService designations;

    @Inject
    EntityManager em;

    @Test
    void the_admins_are_told_30_and_7_days_before_an_unrenewed_anniversary_and_on_the_lapse_each_once()
            throws Exception {
        DesignationFixture.MovableCalendar calendar = DesignationFixture.calendarOn(LocalDate.of(2026, 3, 5));
        DesignationFixture.qualifyingPartner(DUE, "Reminder Due Ltd", LocalDate.of(2026, 10, 15), "sub-renewal-admin",
                "sub-renewal-user");
        PartnerFixture.member(DUE, "sub-renewal-mail-admin", ADMIN, true);
        PartnerFixture.member(DUE, "sub-renewal-quiet", QUIET_ADMIN, true);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into notification_opt_out"
                + " (subject, kind) values ('sub-renewal-quiet', 'RENEWAL') on conflict do nothing").executeUpdate());
        DesignationFixture.qualifyingPartner(RENEWED, "Reminder Renewed Ltd", LocalDate.of(2026, 9, 20),
                "sub-renewed-admin", "sub-renewed-user");
        PartnerFixture.member(RENEWED, "sub-renewed-mail-admin", RENEWED_ADMIN, true);
        DesignationFixture.recorded(RENEWED, YearMonth.of(2026, 7), 72, "SMB");
        for (String partner : List.of(DUE, RENEWED)) {
            QuarkusTransaction.requiringNew().run(() -> designations.act(partner, Action.ENROL, 0, "test-admin"));
        }
        calendar.day = LocalDate.of(2026, 9, 10); // in RENEWED's renewal days, 2026-07 qualifies
        QuarkusTransaction.requiringNew().run(() -> designations.act(RENEWED, Action.RENEW, 1, "test-admin"));

        calendar.day = LocalDate.of(2026, 9, 14); // 31 days before DUE's anniversary: nothing
        // (A day's run covers every partner with a record, other tests' too: count this test's partners only.)
        assertThat(job.runToday("test")).isPresent();
        assertThat(reminders(DUE)).isEmpty();
        assertThat(outbox(ADMIN)).isZero();

        calendar.day = LocalDate.of(2026, 9, 15); // 30 days before: the renewal days open
        assertThat(job.runToday("test-30")).isPresent();
        assertThat(reminders(DUE)).containsExactly("2026-10-15 DAYS_30");
        MimeMessage thirty = GreenMailResource.awaitInbox(ADMIN, 1).get(0);
        assertThat(thirty.getSubject()).isEqualTo("[" + DUE + "] Renewal due: Solutions Partner for Data & AI (Azure)"
                + " reaches its anniversary on 2026-10-15 (30 days)");
        String text = part(thirty, 0);
        String html = part(thirty, 1);
        assertThat(text).contains("reaches its anniversary on\n2026-10-15, in 30 days, and is not renewed yet")
                .contains("Renewal days: 2026-09-15 to 2026-10-14")
                // core's reason: the window of 2026-09-15 is 2026-03 … 2026-08, and only 2026-02 qualified
                .contains("You cannot renew yet. No month of the qualification window 2026-03 … 2026-08 qualifies")
                .contains("Renewal at risk")
                .contains("Without a renewal the designation lapses on 2026-10-15")
                .contains("/partners/" + DUE + "/designation");
        assertThat(html).contains("<strong>2026-10-15</strong>").contains("Renewal at risk")
                .contains("href=\"http://localhost:8080/partners/" + DUE + "/designation\"");

        calendar.day = LocalDate.of(2026, 9, 16); // the next day, and a second caller of it: no second mail
        assertThat(job.runToday("test-next")).isPresent();
        assertThat(job.runToday("test-other-node")).isEmpty();
        assertThat(reminders(DUE)).containsExactly("2026-10-15 DAYS_30");
        assertThat(outbox(ADMIN)).isEqualTo(1);

        calendar.day = LocalDate.of(2026, 10, 8); // 7 days before
        assertThat(job.runToday("test-7")).isPresent();
        assertThat(reminders(DUE)).containsExactly("2026-10-15 DAYS_30", "2026-10-15 DAYS_7");
        MimeMessage seven = GreenMailResource.awaitInbox(ADMIN, 2).get(1);
        assertThat(seven.getSubject()).endsWith("reaches its anniversary on 2026-10-15 (7 days)");

        calendar.day = LocalDate.of(2026, 10, 15); // the anniversary, not renewed: the lapse
        assertThat(job.runToday("test-lapse")).isPresent();
        assertThat(DesignationFixture.kinds(DUE)).containsExactly("ENROLLED", "LAPSED");
        MimeMessage lapse = GreenMailResource.awaitInbox(ADMIN, 3).get(2);
        assertThat(lapse.getSubject()).isEqualTo("[" + DUE + "] Solutions Partner for Data & AI (Azure) lapsed on"
                + " 2026-10-15");
        assertThat(part(lapse, 0)).contains("lapsed on 2026-10-15: it was not\nrenewed by its anniversary date")
                .contains("No month of the qualification window");

        calendar.day = LocalDate.of(2026, 10, 16);
        assertThat(job.runToday("test-after")).isPresent();
        assertThat(outbox(ADMIN)).as("30 days, 7 days, lapse: once each").isEqualTo(3);
        assertThat(GreenMailResource.inbox(ADMIN)).hasSize(3);
        assertThat(outbox(QUIET_ADMIN)).as("renewal mails turned off").isZero();
        assertThat(GreenMailResource.inbox(QUIET_ADMIN)).isEmpty();
        assertThat(outbox(RENEWED_ADMIN)).as("renewed before its anniversary: no reminder, no lapse").isZero();
        assertThat(reminders(DUE)).containsExactly("2026-10-15 DAYS_30", "2026-10-15 DAYS_7", "2026-10-15 LAPSED");
    }

    private long outbox(String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from mail_outbox where kind = 'RENEWAL' and recipient = ?1")
                .setParameter(1, recipient).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<String> reminders(String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select anniversary || ' ' || kind from designation_reminder where partner_id = ?1 order by sent_on")
                .setParameter(1, partnerId).getResultList());
    }

    private static String part(MimeMessage mail, int index) throws Exception {
        // SMTP carries lines ended by CRLF
        return ((Multipart) mail.getContent()).getBodyPart(index).getContent().toString().replace("\r\n", "\n");
    }
}
