package com.partnerportal.core.review;

/**
 * The audit trail's record of a certification link's submission or edit:
 * {@code {"state":…,"professional":…,"certification":…,"earned":…,"expires":…,"proof":…}}.
 */
public record CertificationSubmitted(AssociationState state, String professional, String certification,
        String earned, String expires, String proof) {
}
