package com.partnerportal.web.security;

/** The current user's membership of one partner organisation. */
public record Membership(String partnerId, String partnerName, boolean admin) {

    public String role() {
        return admin ? Roles.PARTNER_ADMIN : Roles.PARTNER_USER;
    }
}
