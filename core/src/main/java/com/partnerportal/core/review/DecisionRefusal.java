package com.partnerportal.core.review;

/** Why someone may not decide a partner's association (they may still look). */
public enum DecisionRefusal {
    /** Only reviewers decide; program admins look. */
    NOT_A_REVIEWER,
    /** Separation of duties: a reviewer who is a member of the partner, in any role, may not decide for it. */
    MEMBER_OF_PARTNER;

    /** The answer to an attempt (a 403's message). */
    public String message(String partnerId, String partnerName) {
        return this == NOT_A_REVIEWER ? "Only reviewers decide associations."
                : "You are a member of partner " + partnerId + " (" + partnerName + "), so you may not decide its"
                        + " associations (separation of duties). Ask another reviewer.";
    }

    /** What the detail page shows instead of the decision forms. */
    public String notice() {
        return this == NOT_A_REVIEWER ? "Only reviewers decide associations; you may look."
                : "You are a member of this partner, so you may not decide its associations (separation of"
                        + " duties). Another reviewer must decide.";
    }
}
