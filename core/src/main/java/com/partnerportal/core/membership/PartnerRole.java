package com.partnerportal.core.membership;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles a partner's members hold. They are the only roles an invitation can give: the program's staff roles
 * (reviewer, program admin) come from the identity provider and are never granted by the portal.
 */
public enum PartnerRole {
    PARTNER_USER("partner-user"),
    PARTNER_ADMIN("partner-admin");

    private final String id;

    PartnerRole(String id) {
        this.id = id;
    }

    /** The role as stored and shown ({@code partner-user}, {@code partner-admin}). */
    public String id() {
        return id;
    }

    public static Optional<PartnerRole> of(String id) {
        return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst();
    }

    /** The stronger of two roles: a merge never takes a right away. */
    public PartnerRole stronger(PartnerRole other) {
        return this == PARTNER_ADMIN || other == PARTNER_ADMIN ? PARTNER_ADMIN : PARTNER_USER;
    }
}
