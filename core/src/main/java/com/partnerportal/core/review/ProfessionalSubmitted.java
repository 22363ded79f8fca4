package com.partnerportal.core.review;

/** The audit trail's record of a professional association's submission: {@code {"state":"SUBMITTED","professional":…}}. */
public record ProfessionalSubmitted(AssociationState state, String professional) {
}
