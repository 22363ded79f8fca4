package com.partnerportal.core.lifecycle;

import java.util.Objects;

/**
 * Whether an action may be taken on a day, why, and — when it may — the transition to record. A
 * refusal carries no transition; its message says why in words a partner admin can act on.
 */
public record Decision(Action action, Reason reason, String message, Transition transition) {

    /** The actions a partner admin (enrol, activate, renew) or a program admin (correct) takes. */
    public enum Action {
        ENROL, ACTIVATE_BENEFITS, RENEW, CORRECT_ANNIVERSARY
    }

    /** Why an action is allowed ({@link #ALLOWED}) or refused (every other reason). */
    public enum Reason {
        ALLOWED,
        /** Enrol: the partner already holds the designation. */
        ALREADY_ENROLLED,
        /** Enrol or renew: no month of the day's qualification window qualifies. */
        NOT_QUALIFIED_IN_WINDOW,
        /** Activate or renew: the partner has never enrolled. */
        NOT_ENROLLED,
        /** Activate or renew: the designation lapsed; the partner may enrol again. */
        LAPSED,
        /** Renew: the 30 renewal days before the anniversary date have not begun. */
        BEFORE_RENEWAL_DAYS,
        /** Renew: already renewed for the coming anniversary. */
        ALREADY_RENEWED,
        /** Activate: the benefits of the designation year (and of a renewed one) are already activated. */
        BENEFITS_ALREADY_ACTIVATED,
        /** Correct: the anniversary date is already that day. */
        ANNIVERSARY_UNCHANGED
    }

    public Decision {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        if ((reason == Reason.ALLOWED) != (transition != null)) {
            throw new IllegalArgumentException("an allowed decision, and only one, carries its transition");
        }
    }

    static Decision allow(Action action, String message, Transition transition) {
        return new Decision(action, Reason.ALLOWED, message, transition);
    }

    static Decision refuse(Action action, Reason reason, String message) {
        return new Decision(action, reason, message, null);
    }

    public boolean allowed() {
        return reason == Reason.ALLOWED;
    }
}
