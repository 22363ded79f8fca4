package com.partnerportal.persistence.association;

import com.partnerportal.core.review.AssociationState;
import com.partnerportal.core.review.Move;
import com.partnerportal.core.review.ReviewedState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** What customer and professional associations share: their review state, who decided, and an optimistic version. */
@MappedSuperclass
public abstract class ReviewedAssociation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "partner_id", nullable = false, length = 64)
    public String partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AssociationState state;

    @Column(name = "submitted_by", length = 255)
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "decided_by", length = 255)
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(length = 2000)
    public String reason;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** The fields of the last submission (JSON: field name → value as the forms show it); null before one. */
    @Column(name = "submitted_fields")
    public String submittedFields;

    /** The fields of the submission before the last one; null before a resubmission. */
    @Column(name = "previous_fields")
    public String previousFields;

    /** Keeps the fields a submission sent (the last one's become the previous submission's). */
    public void submitted(String fieldsJson) {
        previousFields = submittedFields;
        submittedFields = fieldsJson;
    }

    /** Where the association stands, for the review model. */
    public ReviewedState reviewedState() {
        return new ReviewedState(state, version, submittedBy, submittedAt, decidedBy, decidedAt, reason);
    }

    /**
     * Applies a move of the review model — the one place an association's state is written. A submission records
     * the submitter and clears the decision and its reason; a decision records the decider and, when it has one,
     * its reason; a new association an import approves is submitted and decided at once.
     */
    public void apply(Move move) {
        state = move.to();
        if (move.submits() || move.from() == null && move.to() != AssociationState.DRAFT) {
            submittedBy = move.actor();
            submittedAt = move.at();
            decidedBy = null;
            decidedAt = null;
            reason = null;
        }
        if (move.decided()) {
            decidedBy = move.actor();
            decidedAt = move.at();
            reason = move.reason() != null ? move.reason() : reason;
        }
    }
}
