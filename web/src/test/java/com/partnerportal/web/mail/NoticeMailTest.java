package com.partnerportal.web.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.partnerportal.core.notify.NotificationKind;
import com.partnerportal.persistence.ledger.LedgerRepository;
import com.partnerportal.persistence.ledger.ScorecardFigures;
import com.partnerportal.persistence.mail.NoticesSent;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.GreenMailResource;
import com.partnerportal.web.testsupport.PartnerFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 9, through a real SMTP server (GreenMail, read in memory): the mails not tied to a decision — a
 * certification that counts expiring within 90, then 30 days when its loss costs points (core's risk computation), the
 * score falling below the threshold at a month's close, and the reviewers' daily digest of queue items older than 7
 * days. Each is sent once per occurrence, also when two nodes run the job at the same moment; each kind is turned off
 * on the settings page.
 */
@QuarkusTest
class NoticeMailTest {

    static final String EXPIRING = "P-7460";
    static final String FALLING = "P-7461";
    static final String ALREADY_BELOW = "P-7462";
    static final String WAITING = "P-7463";
    static final String ADMIN = "notice-admin@example.org";
    static final String QUIET_ADMIN = "notice-quiet@example.org";
    static final String FALL_ADMIN = "fall-admin@example.org";
    static final String BELOW_ADMIN = "below-admin@example.org";
    static final String REVIEWER = "digest-reviewer@example.org";
    static final String OTHER_REVIEWER = "digest-other@example.org";

    @Inject
    NoticeJob job;

    @Inject
    NoticesSent notices;

    @Inject
    LedgerRepository ledger;

    @Inject
    EntityManager em;

    @Inject
    com.partnerportal.persistence.mail.NotificationSettings settings;

    @Test
    void certifications_expiring_within_90_then_30_days_that_cost_points_are_told_once_each() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PartnerFixture.partner(EXPIRING, "Expiring Certs Ltd");
        PartnerFixture.member(EXPIRING, "sub-notice-admin", ADMIN, true);
        PartnerFixture.member(EXPIRING, "sub-notice-quiet", QUIET_ADMIN, true);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into notification_opt_out (subject, kind, email) values"
                    + " ('sub-notice-quiet', 'EXPIRY_RISK', ?1) on conflict do nothing").setParameter(1, QUIET_ADMIN)
                    .executeUpdate();
            // the administrator prerequisite (it carries points on the SMB path) expires in 20 days, the architect
            // prerequisite in 60, an AI engineer's certification in 200 (outside every notice), and a certification
            // that counts for nothing in 10 (no points at stake: never told)
            professional("M-EXP-1", "Ada Admin", "AZURE_ADMINISTRATOR_ASSOCIATE", today.plusDays(20));
            professional("M-EXP-2", "Archie Tect", "AZURE_SOLUTIONS_ARCHITECT_EXPERT", today.plusDays(60));
            professional("M-EXP-3", "Ian Engineer", "AZURE_AI_ENGINEER_ASSOCIATE", today.plusDays(200));
            professional("M-EXP-4", "Otto Other", "SOME_UNRELATED_CERTIFICATION", today.plusDays(10));
        });

        // (the job sees every partner of the shared test database: this test counts its own partner's notices)
        job.expiryNotices(today);
        assertThat(notices.count(NotificationKind.EXPIRY_RISK, EXPIRING)).as("notices of the first day").isEqualTo(2);
        MimeMessage first = GreenMailResource.awaitInbox(ADMIN, 1).get(0);
        assertThat(first.getSubject()).isEqualTo("[" + EXPIRING + "] 2 certifications that count expire soon: points"
                + " at stake");
        String text = part(first, 0);
        // core's sentence, with the points at stake (the partner does not attain: no designation to lose)
        assertThat(text).contains("within 30 days: Azure Administrator Associate (AZ-104) of Ada Admin (M-EXP-1)"
                + " expires on " + today.plusDays(20) + ": −").contains("in 20 days");
        assertThat(text).contains("within 90 days: Azure Solutions Architect Expert (AZ-305) of Archie Tect (M-EXP-2)"
                + " expires on " + today.plusDays(60) + ": −").contains("in 60 days");
        assertThat(text).doesNotContain("designation would be lost").doesNotContain("Ian Engineer")
                .doesNotContain("Otto Other");
        assertThat(part(first, 1)).contains("<td>within 30 days</td>").contains("Ada Admin (M-EXP-1)")
                .contains("/partners/" + EXPIRING + "/explain/certifications");
        assertThat(GreenMailResource.inbox(QUIET_ADMIN)).as("turned off").isEmpty();

        // the same day again, on two nodes at once: nothing new
        twice(() -> job.expiryNotices(today));
        assertThat(notices.count(NotificationKind.EXPIRY_RISK, EXPIRING)).isEqualTo(2);
        // 35 days later the architect's certification is 25 days away: its 30-day notice, once (two nodes at once)
        LocalDate later = today.plusDays(35);
        twice(() -> job.expiryNotices(later));
        assertThat(notices.count(NotificationKind.EXPIRY_RISK, EXPIRING)).isEqualTo(3);
        MimeMessage second = GreenMailResource.awaitInbox(ADMIN, 2).get(1);
        assertThat(second.getSubject()).isEqualTo("[" + EXPIRING + "] A certification that counts expires soon:"
                + " points at stake");
        assertThat(part(second, 0)).contains("within 30 days: Azure Solutions Architect Expert (AZ-305)")
                .contains("in 25 days")
                .doesNotContain("Ada Admin");
        job.expiryNotices(later);
        assertThat(notices.count(NotificationKind.EXPIRY_RISK, EXPIRING)).isEqualTo(3);
        assertThat(GreenMailResource.inbox(ADMIN)).hasSize(2);
    }

    @Test
    void a_score_that_falls_below_the_threshold_at_a_close_is_told_once() throws Exception {
        YearMonth closed = YearMonth.of(2019, 5);
        PartnerFixture.partner(FALLING, "Falling Score Ltd");
        PartnerFixture.member(FALLING, "sub-fall-admin", FALL_ADMIN, true);
        PartnerFixture.partner(ALREADY_BELOW, "Below Already Ltd");
        PartnerFixture.member(ALREADY_BELOW, "sub-below-admin", BELOW_ADMIN, true);
        record(FALLING, closed.minusMonths(1), 74);
        record(FALLING, closed, 61);
        record(ALREADY_BELOW, closed.minusMonths(1), 66);
        record(ALREADY_BELOW, closed, 58);

        assertThat(twice(() -> job.scoreFalls(closed, LocalDate.now(ZoneOffset.UTC))))
                .containsExactlyInAnyOrder(1, 0);
        MimeMessage mail = GreenMailResource.awaitInbox(FALL_ADMIN, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("[" + FALLING + "] Score fell below 70 at the close of May 2019: 61"
                + " points");
        assertThat(part(mail, 0)).contains("closed with a score of 61 points, below the\n70 points the designation"
                + " needs; Apr 2019 had 74.").contains("/partners/" + FALLING + "?asOf=2019-05");
        assertThat(part(mail, 1)).contains("<strong>61</strong> points");
        assertThat(job.scoreFalls(closed, LocalDate.now(ZoneOffset.UTC))).isZero();
        assertThat(GreenMailResource.inbox(FALL_ADMIN)).hasSize(1);
        assertThat(GreenMailResource.inbox(BELOW_ADMIN)).as("it did not fall: it was below already").isEmpty();
    }

    @Test
    @TestSecurity(user = "digest-other", roles = "reviewer")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "sub-digest-other"),
            @Claim(key = "email", value = OTHER_REVIEWER), @Claim(key = "email_verified", value = "true")})
    void reviewers_get_one_digest_a_day_of_items_older_than_7_days_unless_they_turned_it_off() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // a day of this test's own: a day's digest is sent once for the whole portal
        LocalDate day = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        PartnerFixture.partner(WAITING, "Waiting Items Ltd");
        QuarkusTransaction.requiringNew().run(() -> {
            submitted("C-WAIT-OLD", "Old Waiting Co", now.minusDays(8).minusHours(1));
            submitted("C-WAIT-NEW", "New Waiting Co", now.minusDays(2));
        });
        int before = GreenMailResource.inbox(REVIEWER).size();

        assertThat(twice(() -> job.digest(day, now))).containsExactlyInAnyOrder(true, false);
        MimeMessage digest = GreenMailResource.awaitInbox(REVIEWER, before + 1).get(before);
        assertThat(digest.getSubject()).startsWith("Review queue " + day + ": ").endsWith("more than 7 days");
        String text = part(digest, 0);
        assertThat(text).contains("Customer Old Waiting Co (C-WAIT-OLD) (PAL) — Waiting Items Ltd (" + WAITING + ")")
                .contains("waiting 8 days").doesNotContain("C-WAIT-NEW");
        assertThat(part(digest, 1)).contains("Old Waiting Co").contains("/review/customers/" + WAITING + "/");
        int otherBefore = GreenMailResource.inbox(OTHER_REVIEWER).size();
        assertThat(otherBefore).as("the other configured reviewer got it too").isGreaterThanOrEqualTo(1);
        assertThat(job.digest(day, now)).as("once a day").isFalse();

        // the other reviewer turns the digest off on the settings page: the next day's digest goes to one reviewer
        String page = "/settings/notifications";
        given().when().get(page).then().statusCode(200)
                .body(containsString("id=\"kind-REVIEW_DIGEST\" name=\"on\" value=\"REVIEW_DIGEST\" checked"))
                .body(containsString("Daily digest of old review items"));
        Csrf.from(page).post().when().post(page).then().statusCode(303);
        assertThat(job.digest(day.plusDays(1), now)).isTrue();
        GreenMailResource.awaitInbox(REVIEWER, before + 2);
        assertThat(GreenMailResource.inbox(OTHER_REVIEWER)).as("turned off").hasSize(otherBefore);
        Csrf.from(page).post().formParam("on", "REVIEW_DIGEST").when().post(page).then().statusCode(303);
    }

    @Test
    @TestSecurity(user = "notice-admin")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "sub-notice-settings"),
            @Claim(key = "email", value = "notice-settings@example.org"), @Claim(key = "email_verified", value = "true")})
    void partner_admins_turn_each_risk_mail_off_on_the_settings_page() {
        PartnerFixture.partner(EXPIRING, "Expiring Certs Ltd");
        PartnerFixture.member(EXPIRING, "sub-notice-settings", "notice-settings@example.org", true);
        String page = "/settings/notifications";
        given().when().get(page).then().statusCode(200)
                .body(containsString("id=\"kind-EXPIRY_RISK\" name=\"on\" value=\"EXPIRY_RISK\" checked"))
                .body(containsString("id=\"kind-SCORE_RISK\" name=\"on\" value=\"SCORE_RISK\" checked"));
        Csrf.from(page).post().formParam("on", "DECISION").formParam("on", "RENEWAL").when().post(page).then()
                .statusCode(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select kind from"
                + " notification_opt_out where subject = 'sub-notice-settings' order by kind").getResultList()))
                .containsExactly("EXPIRY_RISK", "SCORE_RISK");
        List<String> addresses = QuarkusTransaction.requiringNew().call(() -> settings
                .partnerAdminAddresses(EXPIRING, NotificationKind.SCORE_RISK));
        assertThat(addresses).doesNotContain("notice-settings@example.org");
    }

    /** Runs the call on two threads at once (two nodes): what each returned. */
    private static <T> List<T> twice(Callable<T> call) throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> runs = nodes.invokeAll(List.of(call, call));
            return List.of(runs.get(0).get(), runs.get(1).get());
        } finally {
            nodes.shutdown();
        }
    }

    private void professional(String mcid, String name, String certification, LocalDate expires) {
        em.createNativeQuery("insert into professional (partner_id, person_id, name) values (?1, ?2, ?3)")
                .setParameter(1, EXPIRING).setParameter(2, mcid).setParameter(3, name).executeUpdate();
        em.createNativeQuery("""
                insert into professional_association (partner_id, professional_ref, state, submitted_by, submitted_at,
                                                      decided_by, decided_at)
                select partner_id, id, 'APPROVED', 'test', now(), 'rita', now() from professional
                 where partner_id = ?1 and person_id = ?2""").setParameter(1, EXPIRING).setParameter(2, mcid)
                .executeUpdate();
        em.createNativeQuery("""
                insert into certification (partner_id, professional_ref, certification_id, earned, expires)
                select partner_id, id, ?3, date '2024-01-15', ?4 from professional
                 where partner_id = ?1 and person_id = ?2""").setParameter(1, EXPIRING).setParameter(2, mcid)
                .setParameter(3, certification).setParameter(4, java.sql.Date.valueOf(expires)).executeUpdate();
    }

    private void submitted(String customerId, String name, OffsetDateTime at) {
        em.createNativeQuery("insert into customer (partner_id, customer_id, name, segment) values (?1, ?2, ?3, 'SMB')")
                .setParameter(1, WAITING).setParameter(2, customerId).setParameter(3, name).executeUpdate();
        em.createNativeQuery("""
                insert into customer_association (partner_id, customer_ref, type, reference, state, submitted_by,
                                                  submitted_at)
                select partner_id, id, 'PAL', 'pal-wait', 'SUBMITTED', 'waiting-admin', ?3 from customer
                 where partner_id = ?1 and customer_id = ?2""").setParameter(1, WAITING).setParameter(2, customerId)
                .setParameter(3, at).executeUpdate();
    }

    private void record(String partnerId, YearMonth month, int total) {
        QuarkusTransaction.requiringNew().run(() -> ledger.record(partnerId, month,
                new ScorecardFigures("DATA_AI_AZURE-2024", total, total >= 70, "SMB", null, "{}"), "test-close"));
    }

    private static String part(MimeMessage mail, int index) throws Exception {
        // SMTP carries lines ended by CRLF
        return ((Multipart) mail.getContent()).getBodyPart(index).getContent().toString().replace("\r\n", "\n");
    }
}
