package com.partnerportal.web.invitations;

import java.net.URI;
import java.time.OffsetDateTime;

/**
 * An invitation just issued, with the only copy of its link (the database keeps the secret's hash): shown once to
 * the inviter to pass on.
 */
public record IssuedInvitation(long id, String partnerId, String partnerName, String email, String role, URI link,
        OffsetDateTime expiresAt, String invitedBy) {
}
