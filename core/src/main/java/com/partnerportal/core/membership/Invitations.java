package com.partnerportal.core.membership;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rules of invitations. A program admin invites into any partner, a partner admin only into their own; both can
 * only give partner roles ({@link PartnerRole}). An invitation is a single-use link that lasts seven days and binds its
 * role to whoever opens it signed in — the identity provider's e-mail claims are never trusted for it, so it works
 * the same on every identity provider. Accepting when already a member merges: the stronger role stays.
 */
public final class Invitations {

    /** How long an invitation link can be used. */
    public static final Duration VALIDITY = Duration.ofDays(7);

    private Invitations() {
    }

    /** When an invitation issued at {@code issuedAt} expires. */
    public static Instant expiresAt(Instant issuedAt) {
        return issuedAt.plus(VALIDITY);
    }

    /** Whether the caller may invite into the partner: program admins anywhere, partner admins into their own. */
    public static boolean mayInvite(boolean programAdmin, boolean partnerAdminOfThePartner) {
        return programAdmin || partnerAdminOfThePartner;
    }

    /** The status at {@code now}; accepted and revoked are final, expiry counts only for an unused invitation. */
    public static InvitationStatus status(Instant now, Instant expiresAt, Instant acceptedAt, Instant revokedAt) {
        if (acceptedAt != null) {
            return InvitationStatus.ACCEPTED;
        }
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
    }

    /** Why an invitation in this status cannot be accepted; empty when it can. */
    public static Optional<String> acceptRefusal(InvitationStatus status) {
        return switch (status) {
            case PENDING -> Optional.empty();
            case ACCEPTED -> Optional.of("This invitation has already been used. Ask the person who invited you for"
                    + " a new one if you still need access.");
            case REVOKED -> Optional.of("This invitation was withdrawn. Ask the person who invited you for a new one.");
            case EXPIRED -> Optional.of("This invitation has expired (invitations last " + VALIDITY.toDays()
                    + " days). Ask the person who invited you for a new one.");
        };
    }

    /** Why an invitation in this status cannot be revoked; empty when it can (pending or expired, i.e. unused). */
    public static Optional<String> revokeRefusal(InvitationStatus status) {
        return switch (status) {
            case PENDING, EXPIRED -> Optional.empty();
            case ACCEPTED -> Optional.of("This invitation has already been used; remove the member instead.");
            case REVOKED -> Optional.of("This invitation was already withdrawn.");
        };
    }

    /**
     * The role a person holds after accepting an invitation: the invited role, or — already a member — the stronger
     * of the two.
     */
    public static PartnerRole roleAfterAccepting(Optional<PartnerRole> existing, PartnerRole invited) {
        return existing.map(role -> role.stronger(invited)).orElse(invited);
    }
}
