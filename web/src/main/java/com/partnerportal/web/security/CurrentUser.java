package com.partnerportal.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in user of this request: who they are (from the identity provider), their staff roles (from the
 * identity provider) and the partners they act for (from the portal's memberships). Templates reach it as
 * {@code inject:user}.
 */
@Named("user")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    MembershipService membershipService;

    private List<Membership> memberships;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /**
     * The identity provider's stable subject ({@code sub}, or {@code oid} for Entra ID), if the token carries it.
     * Without it the user belongs to no partner: memberships are never matched on anything weaker (such as the
     * display name), so a missing claim fails closed.
     */
    public Optional<String> stableSubject() {
        return claim(membershipService.subjectClaim());
    }

    /** The subject to show and to record: the stable subject, or "(no <claim> claim)" when the token lacks it. */
    public String subject() {
        return stableSubject().orElse("(no " + membershipService.subjectClaim() + " claim)");
    }

    public String displayName() {
        if (!isAuthenticated()) {
            return "";
        }
        return claim("name").or(() -> claim("preferred_username")).orElseGet(() -> identity.getPrincipal().getName());
    }

    /** Who did it, for the audit trail: the IdP's user name (preferred_username), else the subject. */
    public String actor() {
        return claim("preferred_username").orElseGet(this::subject);
    }

    /**
     * The e-mail address the identity provider vouches for ({@code email_verified}), where mail to this user goes.
     * Never used to grant access: memberships come from invitations and the stable subject only.
     */
    public Optional<String> verifiedEmail() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt && Boolean.TRUE.equals(asBoolean(jwt.getClaim("email_verified")))) {
            return claim("email");
        }
        return Optional.empty();
    }

    public boolean isReviewer() {
        return identity.hasRole(Roles.REVIEWER);
    }

    public boolean isProgramAdmin() {
        return identity.hasRole(Roles.PROGRAM_ADMIN);
    }

    /** Reviewers and program admins: program staff who may view any partner. */
    public boolean isStaff() {
        return isReviewer() || isProgramAdmin();
    }

    public List<Membership> memberships() {
        if (memberships == null) {
            memberships = isAuthenticated() && stableSubject().isPresent()
                    ? membershipService.resolve(stableSubject().get())
                    : List.of();
        }
        return memberships;
    }

    public Optional<Membership> membership(String partnerId) {
        return memberships().stream().filter(m -> m.partnerId().equals(partnerId)).findFirst();
    }

    /** The partner shown in the header: the first the user belongs to. */
    public Optional<Membership> primaryMembership() {
        return memberships().stream().findFirst();
    }

    public boolean hasAccess() {
        return isStaff() || !memberships().isEmpty();
    }

    /** The roles to show in the header, most powerful first. */
    public String roleLabel() {
        if (isProgramAdmin()) {
            return Roles.PROGRAM_ADMIN;
        }
        if (isReviewer()) {
            return Roles.REVIEWER;
        }
        return primaryMembership().map(Membership::role).orElse("no access");
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(unquoted(value.toString()));
            }
        }
        return Optional.empty();
    }

    /** A claim's text without the quotes a JSON string value may come with. */
    static String unquoted(String text) {
        int from = text.startsWith("\"") ? 1 : 0;
        int to = text.length() > from && text.endsWith("\"") ? text.length() - 1 : text.length();
        return text.substring(from, to);
    }

    private static Boolean asBoolean(Object value) {
        return value == null ? null : Boolean.valueOf(value.toString());
    }
}
