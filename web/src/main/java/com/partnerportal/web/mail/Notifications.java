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
