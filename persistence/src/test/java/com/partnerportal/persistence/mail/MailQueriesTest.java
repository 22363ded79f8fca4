package com.partnerportal.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Partner;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.notify.NotificationKind;
import com.partnerportal.persistence.evidence.EvidenceWriter;
import com.partnerportal.persistence.ledger.LedgerRepository;
import com.partnerportal.persistence.ledger.ScorecardFigures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mail's reads against the real PostgreSQL, typed: the outbox's due mails ({@link OutboxMail}, the kind as its
 * enum) and the notices' candidates (partner ids, {@link NoticeCandidates.ScoreFall}) mapped by Hibernate to their
 * records, no row of objects cast by hand.
 */
@QuarkusTest
class MailQueriesTest {

    static final YearMonth MONTH = YearMonth.of(2019, 5);

    @Inject
    MailOutbox outbox;

    @Inject
    NoticeCandidates candidates;

    @Inject
    NoticesSent noticesSent;

    @Inject
    NotificationSettings settings;

    @Inject
    EvidenceWriter writer;

    @Inject
    LedgerRepository ledger;

    record Decision(String partner, String verdict, int points) {
    }

    @Test
    void theOutboxAnswersItsDueMailsAsTypedRecordsAndForgetsAFailedOneUntilItsNextAttempt() {
        String recipient = "typed-outbox@example.com";
        long pendingBefore = QuarkusTransaction.requiringNew().call(outbox::pending);
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(NotificationKind.DECISION, recipient, "P-7701",
                new Decision("P-7701", "approved", 12)));
        assertThat(QuarkusTransaction.requiringNew().call(outbox::pending)).isEqualTo(pendingBefore + 1);

        OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> mine(outbox.claimDue(1000), recipient))
                .get(0);
        assertThat(mail.id()).isPositive();
        assertThat(mail.kind()).isEqualTo(NotificationKind.DECISION);
        assertThat(mail.attempts()).isZero();
        assertThat(MailOutbox.read(mail.payload(), Decision.class)).isEqualTo(new Decision("P-7701", "approved", 12));

        QuarkusTransaction.requiringNew().run(() -> outbox.markFailed(mail.id(), "refused",
                OffsetDateTime.now().plusHours(1)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> mine(outbox.claimDue(1000), recipient)))
                .as("not due before its next attempt").isEmpty();
        QuarkusTransaction.requiringNew().run(() -> outbox.markSent(mail.id()));
        assertThat(QuarkusTransaction.requiringNew().call(outbox::pending)).isEqualTo(pendingBefore);
    }

    @Test
    void theCandidatesAreThePartnersWithCertificationsExpiringInTheWindowAndThoseWhoseScoreFellAtAClose() {
        LocalDate day = LocalDate.of(2019, 6, 15);
        partner("P-7702", day.plusDays(10));
        partner("P-7703", day.plusDays(200));
        List<String> expiring = QuarkusTransaction.requiringNew().call(() ->
                candidates.partnersWithCertificationsExpiring(day, day.plusDays(30)));
        assertThat(expiring).contains("P-7702").doesNotContain("P-7703");

        String json = "{\"metrics\": []}";
        QuarkusTransaction.requiringNew().run(() -> {
            ledger.record("P-7702", MONTH.minusMonths(1), new ScorecardFigures("RULES", 72, true, "SMB", null, json),
                    "close");
            ledger.record("P-7702", MONTH, new ScorecardFigures("RULES", 64, false, "SMB", null, json), "close");
            ledger.record("P-7703", MONTH.minusMonths(1), new ScorecardFigures("RULES", 80, true, "SMB", null, json),
                    "close");
            ledger.record("P-7703", MONTH, new ScorecardFigures("RULES", 75, true, "SMB", null, json), "close");
        });
        List<NoticeCandidates.ScoreFall> falls = QuarkusTransaction.requiringNew().call(() ->
                candidates.scoreFalls(MONTH));
        assertThat(falls).filteredOn(f -> f.partnerId().startsWith("P-770"))
                .containsExactly(new NoticeCandidates.ScoreFall("P-7702", "Mail P-7702", 64, 72));
        assertThat(QuarkusTransaction.requiringNew().call(() -> candidates.scoreFalls(MONTH.plusMonths(1))))
                .noneMatch(f -> f.partnerId().startsWith("P-770"));

        assertThat(QuarkusTransaction.requiringNew().call(() ->
                noticesSent.claim(NotificationKind.SCORE_RISK, "P-7702", MONTH.toString(), day, 1))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> noticesSent.count(NotificationKind.SCORE_RISK,
                "P-7702"))).isEqualTo(1L);
    }

    @Test
    void theSettingsAnswerTheKindsASubjectTurnedOffAndTheStaffAddressesLeftToReceiveAKind() {
        QuarkusTransaction.requiringNew().run(() -> settings.choose("sub-typed-settings", "Rita.Typed@example.com",
                java.util.EnumSet.of(NotificationKind.REVIEW_DIGEST, NotificationKind.DECISION),
                java.util.EnumSet.of(NotificationKind.REVIEW_DIGEST)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> settings.optedOut("sub-typed-settings")))
                .containsExactly(NotificationKind.REVIEW_DIGEST);
        assertThat(QuarkusTransaction.requiringNew().call(() -> settings.staffAddresses(
                List.of(" rita.typed@example.com", "omar.typed@example.com", "omar.typed@example.com"),
                NotificationKind.REVIEW_DIGEST))).containsExactly("omar.typed@example.com");
        assertThat(QuarkusTransaction.requiringNew().call(() -> settings.partnerAdminAddresses("P-7799",
                NotificationKind.DECISION))).isEmpty();
    }

    private static List<OutboxMail> mine(List<OutboxMail> due, String recipient) {
        return due.stream().filter(m -> m.recipient().equals(recipient)).toList();
    }

    /** A partner with one professional whose certification expires on {@code expires}. */
    private void partner(String partnerId, LocalDate expires) {
        Evidence evidence = new Evidence(MONTH, new Partner(partnerId, "Mail " + partnerId), List.of(),
                List.of(new Professional("mcid-" + partnerId, "Ada", List.of(
                        new Certification("AZURE_AI_ENGINEER_ASSOCIATE", expires.minusYears(1), expires)))),
                List.of(), List.of(), 0);
        QuarkusTransaction.requiringNew().run(() -> writer.write(evidence));
    }
}
