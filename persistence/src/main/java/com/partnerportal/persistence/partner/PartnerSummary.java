package com.partnerportal.persistence.partner;

/** A partner's id and name, as lists and file names need them. */
public record PartnerSummary(String partnerId, String name) {
}
