package com.partnerportal.web.invitations;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * An invitation as its link shows it to the person who opened it: which partner and role, to which address it was
 * sent, until when, and — when it cannot be accepted — why ({@code refusal}).
 */
public record OpenedInvitation(String partnerId, String partnerName, String email, String role,
        OffsetDateTime expiresAt, Optional<String> refusal) {

    public boolean acceptable() {
        return refusal.isEmpty();
    }
}
