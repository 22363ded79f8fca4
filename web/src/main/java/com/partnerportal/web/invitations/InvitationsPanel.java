package com.partnerportal.web.invitations;

import java.util.List;
import java.util.Map;

/**
 * What the invitations section of a members page shows (templates/invitationsPanel.html): the link just issued, if
 * any, the invite form with its messages, and the partner's unused invitations with a revoke button each.
 */
public record InvitationsPanel(String inviteAction, String revokeBase, List<InvitationRow> invitations,
        InvitationForm form, Map<String, String> errors, IssuedInvitation issued) {

    public List<String> roles() {
        return InvitationForm.roles();
    }

    public long validityDays() {
        return com.partnerportal.core.membership.Invitations.VALIDITY.toDays();
    }
}
