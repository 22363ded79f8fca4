package com.partnerportal.core.evidence;

import java.time.LocalDate;
import java.util.Objects;

/** A solution deployed for a customer. */
public record Deployment(String customerId, String service, int serviceLevel, LocalDate date) {

    public Deployment {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(date, "date");
    }
}
