package com.partnerportal.core.review;

import java.time.OffsetDateTime;

/** Where an association stands in review: its state, optimistic version, and who moved it last and when. */
public record ReviewedState(AssociationState state, long version, String submittedBy, OffsetDateTime submittedAt,
        String decidedBy, OffsetDateTime decidedAt, String reason) {
}
