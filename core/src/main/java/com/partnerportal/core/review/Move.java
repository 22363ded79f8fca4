package com.partnerportal.core.review;

import java.time.OffsetDateTime;

/**
 * One allowed change of an association's review state, as {@link ReviewModel} decided it: from (null for a new
 * association), to, who and when, and the reason it records (null: keep the one it has). Persistence applies it
 * to the stored association — the one place an association's state is written.
 *
 * @param decided whether the actor is recorded as the decider (every move but a submission); a new association
 *        an import approves is submitted and decided at once
 */
public record Move(AssociationState from, AssociationState to, String actor, OffsetDateTime at, String reason,
        boolean decided) {

    /** Whether the move (re)submits the association for review: the decider and the reason are cleared. */
    public boolean submits() {
        return to == AssociationState.SUBMITTED;
    }

    /** Whether what counts for the score changed: an approval, or leaving APPROVED. */
    public boolean changesWhatCounts() {
        return from == AssociationState.APPROVED || to == AssociationState.APPROVED;
    }

    /** A reviewer's decision other than an approval (reject, request changes): the partner's scorecard is recomputed too. */
    public boolean isOtherDecision() {
        return from == AssociationState.SUBMITTED && to != AssociationState.WITHDRAWN && !changesWhatCounts();
    }

    /** The audit action: {@code ASSOCIATION_<TO>}. */
    public String action() {
        return "ASSOCIATION_" + to.name();
    }

    /** The audit trail's state before (null for a new association) and after. */
    public StatePayload before() {
        return from == null ? null : new StatePayload(from);
    }

    public StatePayload after() {
        return new StatePayload(to);
    }
}
