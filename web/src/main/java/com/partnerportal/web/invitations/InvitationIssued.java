package com.partnerportal.web.invitations;

/**
 * <b>The mail hook.</b> Fired (synchronously, inside the transaction that stores the invitation) each time an
 * invitation is issued. Today nothing observes it: the inviter is shown the link and passes it on. A mail sender
 * observes this event — {@code void send(@Observes InvitationIssued issued)} — and queues the mail in the same
 * transaction, so the mail is sent exactly when the invitation exists.
 */
public record InvitationIssued(IssuedInvitation invitation) {
}
