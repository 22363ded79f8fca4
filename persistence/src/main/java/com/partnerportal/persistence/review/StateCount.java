package com.partnerportal.persistence.review;

import com.partnerportal.core.review.AssociationState;

/** How many associations are in a state (a JPQL constructor projection). */
public record StateCount(AssociationState state, long count) {
}
