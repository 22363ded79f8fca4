package com.partnerportal.core.notify;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When partner admins are told that a certification which counts will expire (issue 12, point 9): once when it is
 * {@value #FAR_DAYS} days or fewer away, and again when it is {@value #NEAR_DAYS} days or fewer away — each once per
 * certification and expiry date. A certification first seen within {@value #NEAR_DAYS} days gets only the near notice.
 */
public enum ExpiryNotice {
    /** The certification expires within 30 days. */
    DAYS_30,
    /** The certification expires within 90 days (and more than 30). */
    DAYS_90;

    public static final int NEAR_DAYS = 30;
    public static final int FAR_DAYS = 90;

    /** The notice due on {@code today} for a certification expiring on {@code expires}; empty when none is. */
    public static Optional<ExpiryNotice> due(LocalDate expires, LocalDate today) {
        if (expires.isBefore(today)) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(today, expires);
        if (days <= NEAR_DAYS) {
            return Optional.of(DAYS_30);
        }
        return days <= FAR_DAYS ? Optional.of(DAYS_90) : Optional.empty();
    }

    /** How many days ahead this notice looks. */
    public int days() {
        return this == DAYS_30 ? NEAR_DAYS : FAR_DAYS;
    }

    /** The last day a certification can expire on and still be told of on {@code today}. */
    public static LocalDate horizon(LocalDate today) {
        return today.plusDays(FAR_DAYS);
    }
}
