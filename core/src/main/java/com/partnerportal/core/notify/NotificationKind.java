package com.partnerportal.core.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of e-mail the portal sends, who gets each, and how a user names it on the settings page. Every kind is
 * on until its user turns it off (an opt-out per user subject and kind).
 */
public enum NotificationKind {
    /** A reviewer approved, rejected or sent back one of the partner's submissions (with the reviewer's reason). */
    DECISION(Audience.PARTNER_ADMIN, "Decisions on my partner's submissions",
            "an e-mail for every approval, rejection or request for changes, with the reviewer's reason"),
    /** A certification that costs points expires within 30 or 90 days. */
    EXPIRY_RISK(Audience.PARTNER_ADMIN, "Certifications about to expire",
            "when a certification that counts expires within 90 days, and again within 30 days"),
    /** The partner's score fell below the attainment threshold at a month close. */
    SCORE_RISK(Audience.PARTNER_ADMIN, "Score below the threshold at a month close",
            "when a closed month's score is below the score the designation needs"),
    /** Reviewers: the queue items waiting longer than {@link ReviewDigest#OLDER_THAN_DAYS} days, once a day. */
    REVIEW_DIGEST(Audience.REVIEWER, "Daily digest of old review items",
            "once a day, the queue items waiting longer than " + ReviewDigest.OLDER_THAN_DAYS + " days");

    /** Who a kind is for. */
    public enum Audience { PARTNER_ADMIN, REVIEWER }

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

    /** The kinds a user with these roles can receive: partner admins the partner kinds, reviewers the digest. */
    public static List<NotificationKind> forUser(boolean partnerAdmin, boolean reviewer) {
        return Arrays.stream(values())
                .filter(k -> k.audience == Audience.PARTNER_ADMIN ? partnerAdmin : reviewer)
                .toList();
    }

    public static Optional<NotificationKind> parse(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
