package com.partnerportal.web.invitations;

import com.partnerportal.core.notify.NotificationKind;
import com.partnerportal.persistence.mail.MailOutbox;
import com.partnerportal.web.mail.InvitationMail;
import com.partnerportal.web.mail.MailQueued;
import com.partnerportal.web.view.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Sends every invitation to the address it names: observes {@link InvitationIssued} inside the transaction that
 * stores the invitation and queues the mail in the durable outbox there — a rolled-back invitation sends nothing, a
 * committed one is mailed ({@code web.mail.MailSender}, right after the commit, retried until the SMTP server takes
 * it). The mail carries the link; the outbox keeps it only until the mail is sent.
 */
@ApplicationScoped
public class InvitationMails {

    @Inject
    MailOutbox outbox;

    @Inject
    Event<MailQueued> queued;

    @Transactional(Transactional.TxType.MANDATORY)
    void send(@Observes InvitationIssued issued) {
        IssuedInvitation invitation = issued.invitation();
        outbox.enqueue(NotificationKind.INVITATION, invitation.email(), invitation.partnerId(),
                new InvitationMail(invitation.partnerId(), invitation.partnerName(), invitation.role(),
                        invitation.invitedBy(), Formats.stamp(invitation.expiresAt()),
                        invitation.link().toString()));
        queued.fire(new MailQueued(1));
    }
}
