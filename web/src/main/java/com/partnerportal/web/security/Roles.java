package com.partnerportal.web.security;

/** The portal's roles. Staff roles come from the identity provider; partner roles from memberships. */
public final class Roles {
    public static final String PARTNER_USER = "partner-user";
    public static final String PARTNER_ADMIN = "partner-admin";
    public static final String REVIEWER = "reviewer";
    public static final String PROGRAM_ADMIN = "program-admin";

    private Roles() {
    }
}
