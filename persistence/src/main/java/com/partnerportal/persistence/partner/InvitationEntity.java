package com.partnerportal.persistence.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An invitation to join a partner with a role: a single-use link whose secret is stored only as its SHA-256
 * ({@code tokenHash}). The rules (expiry, who may accept or revoke) are core's {@code core.membership.Invitations}.
 */
@Entity
@Table(name = "invitation")
public class InvitationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "partner_id", nullable = false, length = 64)
    public String partnerId;

    @Column(nullable = false, length = 320)
    public String email;

    @Column(nullable = false, length = 20)
    public String role;

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Column(name = "invited_by", nullable = false, length = 255)
    public String invitedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "accepted_by", length = 255)
    public String acceptedBy;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoked_by", length = 255)
    public String revokedBy;
}
