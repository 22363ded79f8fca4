package com.partnerportal.web.invitations;

import com.partnerportal.core.membership.InvitationStatus;
import java.time.OffsetDateTime;

/** An unused invitation in a partner's list: to whom, which role, by whom, until when, and whether it expired. */
public record InvitationRow(long id, String email, String role, String invitedBy, OffsetDateTime createdAt,
        OffsetDateTime expiresAt, InvitationStatus status) {

    public boolean expired() {
        return status == InvitationStatus.EXPIRED;
    }
}
