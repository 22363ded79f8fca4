package com.partnerportal.persistence.association;

import com.partnerportal.core.review.AssociationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;

/** How much work waits for reviewers: the submitted customer and professional associations, for the metrics. */
@ApplicationScoped
public class ReviewQueueStatistics {

    /** The size of the review queue and when its oldest entry was submitted (empty when the queue is). */
    public record QueueStatus(long size, Optional<OffsetDateTime> oldestSubmittedAt) {
    }

    @Inject
    EntityManager em;

    @Transactional
    public QueueStatus status() {
        long size = 0;
        OffsetDateTime oldest = null;
        for (String entity : new String[] { "CustomerAssociationEntity", "ProfessionalAssociationEntity" }) {
            Object[] row = em.createQuery("select count(a), min(a.submittedAt) from " + entity
                    + " a where a.state = :submitted", Object[].class)
                    .setParameter("submitted", AssociationState.SUBMITTED)
                    .getSingleResult();
            size += ((Number) row[0]).longValue();
            OffsetDateTime submittedAt = (OffsetDateTime) row[1];
            if (submittedAt != null && (oldest == null || submittedAt.isBefore(oldest))) {
                oldest = submittedAt;
            }
        }
        return new QueueStatus(size, Optional.ofNullable(oldest));
    }
}
