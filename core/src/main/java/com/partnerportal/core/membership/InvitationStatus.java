package com.partnerportal.core.membership;

/** Where an invitation stands. Only a {@link #PENDING} one can be accepted. */
public enum InvitationStatus {
    /** Issued, not used, not revoked, not expired. */
    PENDING,
    /** Used: it bound its role to the person who opened it. */
    ACCEPTED,
    /** Withdrawn by an admin (or replaced by a newer invitation to the same address). */
    REVOKED,
    /** Not used within {@link Invitations#VALIDITY}. */
    EXPIRED
}
