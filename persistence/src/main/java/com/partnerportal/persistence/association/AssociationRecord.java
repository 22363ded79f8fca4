package com.partnerportal.persistence.association;

import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import java.time.OffsetDateTime;

/**
 * One association as read for a page: its kind, id and partner, what it is about (the customer or the professional:
 * {@code subjectRef} is that row's id), its attribution type and reference (customers only), its review state and
 * who moved it last, and its optimistic version. Built by the JPQL constructor projections of
 * {@link AssociationRepository} — the one mapping of both kinds.
 */
public record AssociationRecord(AssociationKind kind, long id, String partnerId, long subjectRef, String subjectId,
        String subjectName, String detail, String type, String reference, AssociationState state, String submittedBy,
        OffsetDateTime submittedAt, String decidedBy, OffsetDateTime decidedAt, String reason, long version) {

    /** A customer association with its customer (detail: the segment). */
    public AssociationRecord(Long id, String partnerId, Long subjectRef, String subjectId, String subjectName,
            Segment segment, AssociationType type, String reference, AssociationState state, String submittedBy,
            OffsetDateTime submittedAt, String decidedBy, OffsetDateTime decidedAt, String reason, Long version) {
        this(AssociationKind.CUSTOMER, id, partnerId, subjectRef, subjectId, subjectName, segment.name(), type.name(),
                reference, state, submittedBy, submittedAt, decidedBy, decidedAt, reason, version);
    }

    /** A professional association with its professional (detail: the e-mail address). */
    public AssociationRecord(Long id, String partnerId, Long subjectRef, String subjectId, String subjectName,
            String email, AssociationState state, String submittedBy, OffsetDateTime submittedAt, String decidedBy,
            OffsetDateTime decidedAt, String reason, Long version) {
        this(AssociationKind.PROFESSIONAL, id, partnerId, subjectRef, subjectId, subjectName, email, null, null, state,
                submittedBy, submittedAt, decidedBy, decidedAt, reason, version);
    }
}
