package com.partnerportal.web.associations;

import com.partnerportal.persistence.association.AssociationState;
import java.time.OffsetDateTime;

/** One association as the partner's associations page shows it. */
public record AssociationRow(AssociationKind kind, long id, String subjectId, String subjectName, String detail,
        String type, String reference, AssociationState state, String submittedBy, OffsetDateTime submittedAt,
        String decidedBy, OffsetDateTime decidedAt, String reason, long version) {

    public boolean withdrawable() {
        return state.canMoveTo(AssociationState.WITHDRAWN);
    }

    public boolean resubmittable() {
        return state == AssociationState.CHANGES_REQUESTED;
    }

    /** The badge colour of the state. */
    public String badge() {
        return switch (state) {
            case APPROVED -> "badge-ok";
            case REJECTED -> "badge-bad";
            case CHANGES_REQUESTED, SUBMITTED, DRAFT -> "badge-risk";
            case WITHDRAWN -> "";
        };
    }
}
