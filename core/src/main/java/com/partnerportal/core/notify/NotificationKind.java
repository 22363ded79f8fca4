package com.partnerportal.core.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of e-mail the portal sends, who gets each, and how a user names it on the settings page. Every kind a
 * user receives is on until that user turns it off (an opt-out per user subject and kind); the invitation goes to
 * someone who is not a user yet and cannot be turned off. Only kinds the portal really sends are here: the settings
 * page lists exactly those {@link #forUser} offers.
 */
public enum NotificationKind {
    /** A reviewer approved, rejected or sent back one of the partner's submissions (with the reviewer's reason). */
    DECISION(Audience.PARTNER_ADMIN, "Decisions on my partner's submissions",
            "an e-mail for every approval, rejection or request for changes, with the reviewer's reason"),
    /** The designation's anniversary is 30 or 7 days away and it is not renewed; or it lapsed (issue 16, point 6). */
    RENEWAL(Audience.PARTNER_ADMIN, "Designation renewal reminders",
            "30 and 7 days before the anniversary date while the designation is not renewed, and when it lapses"),
    /** A certification that counts expires within 90, then 30 days, and its loss would cost points (issue 12, 9). */
    EXPIRY_RISK(Audience.PARTNER_ADMIN, "Certifications about to expire that cost points",
            "when a certification that counts will expire within " + ExpiryNotice.FAR_DAYS + " days, and again within "
                    + ExpiryNotice.NEAR_DAYS + " days, if losing it would cost points"),
    /** A month closed with the partner's score below the threshold, after a month at or above it (issue 12, 9). */
    SCORE_RISK(Audience.PARTNER_ADMIN, "Score fell below the designation threshold",
            "when a month closes with the score below " + com.partnerportal.core.scoring.Attainment.MINIMUM_TOTAL
                    + " points after a month that attained it"),
    /** The reviewers' daily digest of queue items waiting more than 7 days (issue 12, point 9). */
    REVIEW_DIGEST(Audience.REVIEWER, "Daily digest of old review items",
            "once a day, the items of the review queue waiting more than " + ReviewDigest.OLDER_THAN_DAYS + " days"),
    /**
     * An invitation to join a partner (issue 17, point 6), to the address invited: sent once, when the invitation is
     * issued. The invitee is no user yet, so no settings page offers it and nobody can turn it off.
     */
    INVITATION(Audience.INVITEE, "Invitations", "the link that lets the person invited join the partner");

    /** Who a kind is for: partner admins, reviewers, or the address an invitation names (no user yet). */
    public enum Audience { PARTNER_ADMIN, REVIEWER, INVITEE }

    private final Audience audience;
    private final String label;
    private final String description;

    NotificationKind(Audience audience, String label, String description) {
        this.audience = audience;
        this.label = label;
        this.description = description;
    }

    public Audience audience() {
        return audience;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /**
     * The kinds a user with these roles can receive (and turn off): partner admins the partner kinds, reviewers the
     * digest. Never the invitation, which goes to someone who is not a user yet.
     */
    public static List<NotificationKind> forUser(boolean partnerAdmin, boolean reviewer) {
        return Arrays.stream(values())
                .filter(k -> switch (k.audience) {
                    case PARTNER_ADMIN -> partnerAdmin;
                    case REVIEWER -> reviewer;
                    case INVITEE -> false;
                })
                .toList();
    }

    public static Optional<NotificationKind> parse(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
