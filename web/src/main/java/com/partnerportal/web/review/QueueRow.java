package com.partnerportal.web.review;

import com.partnerportal.persistence.review.QueueEntry;
import com.partnerportal.core.review.AssociationKind;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One submitted association in the review queue. {@code member} is true when the reviewer belongs to the partner
 * and so may not decide it (separation of duties).
 */
public record QueueRow(AssociationKind kind, long id, String partnerId, String partnerName, String subjectId,
        String subjectName, String detail, String type, String reference, String submittedBy,
        OffsetDateTime submittedAt, long version, boolean member) {

    /** How the row is selected for a bulk decision: kind, id, the version seen, and the partner. */
    public String selection() {
        return Selection.token(kind, id, version, partnerId);
    }

    public String href() {
        return "/review/" + kind.slug() + "/" + partnerId + "/" + id;
    }

    /** How long it has waited: "today", "1 day", "12 days" ("–" when the submission time is unknown). */
    public String age() {
        if (submittedAt == null) {
            return "–";
        }
        long days = Math.max(0, Duration.between(submittedAt, OffsetDateTime.now()).toDays());
        return days == 0 ? "today" : days == 1 ? "1 day" : days + " days";
    }

    /** The queue's row of an entry; {@code member}: whether the reviewer belongs to its partner. */
    static QueueRow of(QueueEntry e, boolean member) {
        return new QueueRow(e.kind(), e.id(), e.partnerId(), e.partnerName(), e.subjectId(), e.subjectName(),
                e.detail(), e.type(), e.reference(), e.submittedBy(), e.submittedAt(), e.version(), member);
    }
}
