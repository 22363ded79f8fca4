package com.partnerportal.core.evidence;

import java.time.LocalDate;
import java.util.Objects;

/** A certification a professional holds; {@code expires} is null for one without expiry. */
public record Certification(String id, LocalDate earned, LocalDate expires) {

    public Certification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(earned, "earned");
    }

    /** Active on a day: earned on or before it, and without expiry or expiring on or after it. */
    public boolean activeOn(LocalDate day) {
        return !earned.isAfter(day) && (expires == null || !expires.isBefore(day));
    }
}
