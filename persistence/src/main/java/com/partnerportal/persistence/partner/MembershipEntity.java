package com.partnerportal.persistence.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person acting for a partner organisation, keyed by the identity provider's stable subject. Memberships are made
 * by a program admin (by subject) or by accepting an invitation ({@link InvitationEntity}); {@code email} is where
 * the invitation was sent, shown but never matched.
 */
@Entity
@Table(name = "membership")
public class MembershipEntity extends PanacheEntityBase {

    public static final String PARTNER_USER = "partner-user";
    public static final String PARTNER_ADMIN = "partner-admin";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "partner_id", nullable = false, length = 64)
    public String partnerId;

    @Column(nullable = false, length = 255)
    public String subject;

    @Column(length = 320)
    public String email;

    @Column(name = "display_name", length = 200)
    public String displayName;

    @Column(nullable = false, length = 20)
    public String role;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    public boolean isAdmin() {
        return PARTNER_ADMIN.equals(role);
    }

    /** What the audit trail records of a membership (its before/after): subject, e-mail and role. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("subject", subject);
        state.put("email", email);
        state.put("role", role);
        return state;
    }
}
