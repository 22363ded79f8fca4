package com.partnerportal.web.mail;

import com.partnerportal.core.lifecycle.Decision;
import com.partnerportal.core.lifecycle.RenewalReminder;
import com.partnerportal.core.notify.NotificationKind;
import com.partnerportal.core.program.Designation;
import com.partnerportal.persistence.designation.DesignationReminders;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.core.review.Move;
import com.partnerportal.core.review.ReviewModel;
import com.partnerportal.persistence.association.AssociationRecord;
import com.partnerportal.persistence.mail.MailOutbox;
import com.partnerportal.persistence.mail.NotificationSettings;
import com.partnerportal.persistence.partner.PartnerRepository;
import com.partnerportal.web.view.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Optional;
import com.partnerportal.core.notify.ExpiryNotice;
import com.partnerportal.core.notify.ReviewDigest;
import com.partnerportal.core.scoring.Attainment;
import com.partnerportal.core.scoring.NextActions.Risk;
import com.partnerportal.persistence.mail.NoticeCandidates;
import com.partnerportal.persistence.mail.NoticesSent;
import com.partnerportal.persistence.review.QueueEntry;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues the portal's notifications in the durable outbox, in the caller's transaction: a rollback queues nothing,
 * and {@link MailSender} sends what committed. Recipients are chosen here (who receives a kind, minus who turned it
 * off); what each mail says is a record its Qute mail template prints.
 */
@ApplicationScoped
public class Notifications {

    @Inject
    MailOutbox outbox;

    @Inject
    NotificationSettings settings;

    @Inject
    PartnerRepository partners;

    @Inject
    DesignationReminders reminders;

    @Inject
    NoticesSent notices;

    @Inject
    Event<MailQueued> queued;

    /** The portal's address in links of mails (no trailing slash). */
    @ConfigProperty(name = "portal.mail.base-url")
    String baseUrl;

    /**
     * A reviewer's decision on one of the partner's submissions: a mail to each of the partner's admins who did not
     * turn decisions off, with the outcome and the reviewer's reason. For a reviewer's decision
     * ({@link #isReviewersDecision}), and for an approved association another partner's approval ended ("ended").
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(AssociationRecord association, Move move) {
        String partnerId = association.partnerId();
        List<String> recipients = settings.partnerAdminAddresses(partnerId, NotificationKind.DECISION);
        if (recipients.isEmpty()) {
            return;
        }
        String partnerName = partners.findByIdOptional(partnerId).map(p -> p.name).orElse(partnerId);
        String outcome = move.from() == AssociationState.APPROVED ? "ended" : ReviewModel.label(move.to());
        DecisionMail mail = new DecisionMail(partnerId, partnerName, item(association), outcome,
                move.to() == AssociationState.APPROVED, move.reason(), move.actor(), Formats.stamp(move.at()),
                baseUrl + "/partners/" + partnerId + "/associations");
        for (String recipient : recipients) {
            outbox.enqueue(NotificationKind.DECISION, recipient, partnerId, mail);
        }
        queued.fire(new MailQueued(recipients.size()));
    }

    /**
     * A renewal reminder or lapse notice of the partner's designation (issue 16, point 6), once: the reminder is
     * claimed ({@code designation_reminder}) in the caller's transaction and its mails queued only if the claim is
     * new, to each of the partner's admins who did not turn renewal mails off. True when it was queued now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean renewal(String partnerId, RenewalReminder reminder, LocalDate day, Decision renewNow,
            List<YearMonth> monthsLeft) {
        List<String> recipients = settings.partnerAdminAddresses(partnerId, NotificationKind.RENEWAL);
        if (!reminders.claim(partnerId, reminder, day, recipients.size())) {
            return false;
        }
        if (recipients.isEmpty()) {
            return true;
        }
        String partnerName = partners.findByIdOptional(partnerId).map(p -> p.name).orElse(partnerId);
        boolean lapsed = reminder.kind() == RenewalReminder.Kind.LAPSED;
        RenewalMail mail = new RenewalMail(partnerId, partnerName, Designation.DATA_AI_AZURE.displayName(), lapsed,
                reminder.anniversary().toString(), reminder.daysLeft(), reminder.renewalOpens().toString(),
                reminder.anniversary().minusDays(1).toString(), !lapsed && renewNow.allowed(), renewNow.message(),
                monthsLeft.isEmpty() ? null : monthsLeft.stream().map(Formats::label).collect(Collectors.joining(", ")),
                baseUrl + "/partners/" + partnerId + "/designation");
        for (String recipient : recipients) {
            outbox.enqueue(NotificationKind.RENEWAL, recipient, partnerId, mail);
        }
        queued.fire(new MailQueued(recipients.size()));
        return true;
    }

    /**
     * The certification-expiry notices due for the partner on {@code day} (issue 12, point 9): each risk core found (a
     * counting certification expiring within the notices' days whose loss costs points) is claimed as its notice —
     * within 90 days, then within 30 ({@link ExpiryNotice#due}) — and the ones claimed now go in one mail to each of
     * the partner's admins who did not turn these mails off. Returns how many notices were claimed now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int expiring(String partnerId, List<Risk> risks, LocalDate day) {
        List<String> recipients = settings.partnerAdminAddresses(partnerId, NotificationKind.EXPIRY_RISK);
        List<ExpiryMail.Item> items = new ArrayList<>();
        for (Risk risk : risks) {
            Optional<ExpiryNotice> notice = ExpiryNotice.due(risk.expires(), day);
            if (notice.isEmpty() || risk.pointsAtRisk() <= 0) {
                continue;
            }
            String key = risk.professionalId() + " " + risk.certificationId() + " " + risk.expires() + " "
                    + notice.get().name();
            if (notices.claim(NotificationKind.EXPIRY_RISK, partnerId, key, day, recipients.size())) {
                items.add(new ExpiryMail.Item("within " + notice.get().days() + " days", risk.text(),
                        risk.expires().toString(), ChronoUnit.DAYS.between(day, risk.expires()), risk.pointsAtRisk(),
                        risk.losesDesignation()));
            }
        }
        if (!items.isEmpty() && !recipients.isEmpty()) {
            ExpiryMail mail = new ExpiryMail(partnerId, partnerName(partnerId), items,
                    baseUrl + "/partners/" + partnerId + "/explain/certifications");
            for (String recipient : recipients) {
                outbox.enqueue(NotificationKind.EXPIRY_RISK, recipient, partnerId, mail);
            }
            queued.fire(new MailQueued(recipients.size()));
        }
        return items.size();
    }

    /**
     * The partner's score fell below the threshold at the close of {@code month} (the ledger's record, core's
     * verdict): once per partner and month, a mail to each of its admins who did not turn these mails off. True when
     * it was claimed now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean scoreFell(NoticeCandidates.ScoreFall fall, YearMonth month, LocalDate day) {
        List<String> recipients = settings.partnerAdminAddresses(fall.partnerId(), NotificationKind.SCORE_RISK);
        if (!notices.claim(NotificationKind.SCORE_RISK, fall.partnerId(), month.toString(), day, recipients.size())) {
            return false;
        }
        if (!recipients.isEmpty()) {
            ScoreFallMail mail = new ScoreFallMail(fall.partnerId(), fall.partnerName(), Formats.label(month),
                    fall.total(), Formats.label(month.minusMonths(1)), fall.previousTotal(), Attainment.MINIMUM_TOTAL,
                    baseUrl + "/partners/" + fall.partnerId() + "?asOf=" + month);
            for (String recipient : recipients) {
                outbox.enqueue(NotificationKind.SCORE_RISK, recipient, fall.partnerId(), mail);
            }
            queued.fire(new MailQueued(recipients.size()));
        }
        return true;
    }

    /**
     * The reviewers' digest of {@code day}: once a day, when {@code count} queue items wait longer than the digest's
     * days, a mail listing the oldest ({@code oldest}) to each configured reviewer address whose user did not turn
     * the digest off. True when it was claimed now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean digest(LocalDate day, OffsetDateTime now, int count, List<QueueEntry> oldest,
            List<String> reviewers) {
        if (count == 0) {
            return false;
        }
        List<String> recipients = settings.staffAddresses(reviewers, NotificationKind.REVIEW_DIGEST);
        if (!notices.claim(NotificationKind.REVIEW_DIGEST, null, day.toString(), day, recipients.size())) {
            return false;
        }
        if (!recipients.isEmpty()) {
            List<DigestMail.Item> items = oldest.stream().map(e -> new DigestMail.Item(item(e), e.partnerId(),
                    e.partnerName(), e.submittedBy(), e.submittedAt() == null ? "–" : Formats.stamp(e.submittedAt()),
                    e.submittedAt() == null ? 0 : ChronoUnit.DAYS.between(e.submittedAt(), now),
                    baseUrl + "/review/" + e.kind().slug() + "/" + e.partnerId() + "/" + e.id())).toList();
            DigestMail mail = new DigestMail(day.toString(), count, ReviewDigest.OLDER_THAN_DAYS, items,
                    baseUrl + "/review");
            for (String recipient : recipients) {
                outbox.enqueue(NotificationKind.REVIEW_DIGEST, recipient, null, mail);
            }
            queued.fire(new MailQueued(recipients.size()));
        }
        return true;
    }

    private String partnerName(String partnerId) {
        return partners.findByIdOptional(partnerId).map(p -> p.name).orElse(partnerId);
    }

    /** A queue item in words, as the decision mails name it. */
    static String item(QueueEntry entry) {
        return switch (entry.kind()) {
            case CUSTOMER -> "Customer " + (entry.subjectName() == null ? entry.subjectId()
                    : entry.subjectName() + " (" + entry.subjectId() + ")") + " (" + entry.type() + ")";
            case PROFESSIONAL -> "Professional " + (entry.subjectName() == null ? entry.subjectId()
                    : entry.subjectName() + " (MCID " + entry.subjectId() + ")");
            case CERTIFICATION -> "Certification " + entry.detail() + " of " + (entry.subjectName() == null
                    ? entry.subjectId() : entry.subjectName() + " (MCID " + entry.subjectId() + ")");
        };
    }

    /** The decided item in words: "Customer Tailspin Toys (PAL)", "Professional Jane Doe (MCID 12345)". */
    static String item(AssociationRecord association) {
        return switch (association.kind()) {
            case CUSTOMER -> "Customer " + association.subjectName() + " (" + association.type() + ")";
            case PROFESSIONAL -> "Professional " + (association.subjectName() == null ? association.subjectId()
                    : association.subjectName() + " (MCID " + association.subjectId() + ")");
            case CERTIFICATION -> "Certification " + association.detail() + " of "
                    + (association.subjectName() == null ? association.subjectId()
                            : association.subjectName() + " (MCID " + association.subjectId() + ")");
        };
    }

    /** A decision a reviewer takes: approve, reject or request changes (not a submission or a withdrawal). */
    public static boolean isReviewersDecision(Move move) {
        return move.decided() && move.from() == AssociationState.SUBMITTED
                && (move.to() == AssociationState.APPROVED || move.to().needsReason());
    }
}
