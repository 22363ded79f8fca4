package com.partnerportal.core.review;

import java.util.EnumSet;
import java.util.Set;

/**
 * The review states of a customer or professional association and the transitions between them:
 * DRAFT → SUBMITTED → APPROVED | REJECTED | CHANGES_REQUESTED (→ SUBMITTED again); DRAFT/SUBMITTED → WITHDRAWN.
 * Only APPROVED associations count for the score. Beyond these moves, the partner withdraws an approved certification
 * link ({@link ReviewModel#withdraw}) and core's {@link ReviewModel#supersede} ends an approved association replaced
 * by another's approval.
 */
public enum AssociationState {
    DRAFT, SUBMITTED, APPROVED, REJECTED, CHANGES_REQUESTED, WITHDRAWN;

    /** States in which an association is open: a second one for the same customer and type is a duplicate. */
    public static final Set<AssociationState> OPEN = EnumSet.of(DRAFT, SUBMITTED, APPROVED, CHANGES_REQUESTED);

    /**
     * States in which a submission does not count and the explanation pages say so (issue 12, point 4: nothing
     * hidden): a draft, awaiting review, sent back for changes, or rejected. A withdrawn one is the partner's own
     * choice and not listed; an approved one counts.
     */
    public static final Set<AssociationState> NOT_COUNTING = EnumSet.of(DRAFT, SUBMITTED, CHANGES_REQUESTED,
            REJECTED);

    public Set<AssociationState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(APPROVED, REJECTED, CHANGES_REQUESTED, WITHDRAWN);
            case CHANGES_REQUESTED -> EnumSet.of(SUBMITTED);
            case APPROVED, REJECTED, WITHDRAWN -> EnumSet.noneOf(AssociationState.class);
        };
    }

    public boolean canMoveTo(AssociationState target) {
        return next().contains(target);
    }

    /** The partner may still change what it submits: a draft, or sent back for changes. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** A decision of a reviewer that must carry a reason. */
    public boolean needsReason() {
        return this == REJECTED || this == CHANGES_REQUESTED;
    }
}
