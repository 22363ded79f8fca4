package com.partnerportal.core.review;

/** The audit trail's view of an association before or after a move: its state (written as {@code {"state":…}}). */
public record StatePayload(AssociationState state) {
}
