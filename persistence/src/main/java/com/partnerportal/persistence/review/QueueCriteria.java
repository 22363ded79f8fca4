package com.partnerportal.persistence.review;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.persistence.association.AssociationType;
import java.time.OffsetDateTime;

/**
 * Which associations the review queue shows: of one partner, one attribution type (customers only), submitted at or
 * before a time, of one kind — each null for any.
 */
public record QueueCriteria(String partnerId, AssociationType type, OffsetDateTime submittedBy, AssociationKind kind) {

    /** Whether associations of this kind can match: a type only matches customer associations. */
    public boolean includes(AssociationKind candidate) {
        return (kind == null || kind == candidate) && (type == null || candidate == AssociationKind.CUSTOMER);
    }
}
