package com.partnerportal.web.associations;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.persistence.association.AssociationRecord;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.core.review.CertificationClaim;
import com.partnerportal.core.review.ReviewModel;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One association as the partner's associations page shows it (a certification link with its dates). */
public record AssociationRow(AssociationKind kind, long id, String subjectId, String subjectName, String detail,
        String type, String reference, AssociationState state, String submittedBy, OffsetDateTime submittedAt,
        String decidedBy, OffsetDateTime decidedAt, String reason, long version, LocalDate earned,
        LocalDate expires) {

    /** The row of an association as persistence reads it. */
    public static AssociationRow of(AssociationRecord a) {
        return new AssociationRow(a.kind(), a.id(), a.subjectId(), a.subjectName(), a.detail(), a.type(), a.reference(),
                a.state(), a.submittedBy(), a.submittedAt(), a.decidedBy(), a.decidedAt(), a.reason(), a.version(),
                a.earned(), a.expires());
    }

    /** Whether a certification link's proof is a Microsoft Learn link a reviewer can open (else a credential id). */
    public boolean proofIsLink() {
        return CertificationClaim.isLink(reference);
    }

    /** The partner may withdraw it (core's review model): a draft, awaiting review, or an approved certification link. */
    public boolean withdrawable() {
        return ReviewModel.mayWithdraw(kind, state);
    }

    /** A draft is submitted, one sent back for changes resubmitted: both by the partner admin. */
    public boolean resubmittable() {
        return state == AssociationState.CHANGES_REQUESTED || state == AssociationState.DRAFT;
    }

    public String submitLabel() {
        return state == AssociationState.DRAFT ? "Submit" : "Resubmit";
    }

    /**
     * The partner may still change it (core's review model): a draft, sent back for changes, or an approved
     * certification link (the edit is a new submission).
     */
    public boolean editable() {
        return ReviewModel.mayOpenEdit(kind, state);
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
