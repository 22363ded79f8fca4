package com.partnerportal.persistence.review;

import com.partnerportal.core.review.AssociationKind;
import java.time.OffsetDateTime;

/** One submitted association in the review queue, with its partner's name and the version a decision must match. */
public record QueueEntry(AssociationKind kind, long id, String partnerId, String partnerName, String subjectId,
        String subjectName, String detail, String type, String reference, String submittedBy,
        OffsetDateTime submittedAt, long version) {
}
