package com.partnerportal.core.review;

/** The audit trail's record of a customer association's submission: {@code {"state":"SUBMITTED","customer":…,"type":…}}. */
public record CustomerSubmitted(AssociationState state, String customer, String type) {
}
