package com.partnerportal.core.lifecycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The renewal reminders of issue 16, point 6: a partner whose designation is held and not yet renewed is told
 * {@link Kind#DAYS_30 30} and {@link Kind#DAYS_7 7} days before its anniversary date (the renewal days open 30 days
 * before it, spec "States", 5), and told when the designation {@link Kind#LAPSED lapsed}. A reminder is named by its
 * kind and the anniversary it is about, so that each is sent once per anniversary however often it is asked for.
 *
 * @param kind which reminder
 * @param anniversary the anniversary date the reminder is about (for a lapse: the day it lapsed)
 * @param daysLeft days from the day asked to the anniversary (0 for a lapse)
 */
public record RenewalReminder(Kind kind, LocalDate anniversary, long daysLeft) {

    /** The reminders, each with how many days before the anniversary it is due. */
    public enum Kind {
        DAYS_30(30), DAYS_7(7), LAPSED(0);

        private final int daysBefore;

        Kind(int daysBefore) {
            this.daysBefore = daysBefore;
        }

        public int daysBefore() {
            return daysBefore;
        }
    }

    /** The reminders before the anniversary, the later (more urgent) one first. */
    static final List<Kind> BEFORE = List.of(Kind.DAYS_7, Kind.DAYS_30);

    public RenewalReminder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(anniversary, "anniversary");
    }

    /**
     * The reminder due on the status's day, if any: the designation is held, the year to its anniversary is not
     * renewed, and the anniversary is at most 30 (or 7) days away. Of the two, the more urgent one that is due: a job
     * that missed the day 30 days before does not send a stale "30 days" reminder after the 7-day one is due.
     */
    public static Optional<RenewalReminder> due(DesignationStatus status) {
        Objects.requireNonNull(status, "status");
        if (!status.holdsDesignation() || status.renewedYear() != null || status.year() == null) {
            return Optional.empty();
        }
        LocalDate anniversary = status.year().until();
        long daysLeft = ChronoUnit.DAYS.between(status.day(), anniversary);
        if (daysLeft <= 0) {
            return Optional.empty();
        }
        for (Kind kind : BEFORE) {
            if (daysLeft <= kind.daysBefore()) {
                return Optional.of(new RenewalReminder(kind, anniversary, daysLeft));
            }
        }
        return Optional.empty();
    }

    /** The reminder of a recorded lapse. */
    public static RenewalReminder lapsed(Transition.Lapsed lapse) {
        return new RenewalReminder(Kind.LAPSED, lapse.on(), 0);
    }

    /** The first day a renewal may be made for this anniversary. */
    public LocalDate renewalOpens() {
        return anniversary.minusDays(DesignationLifecycle.RENEWAL_DAYS);
    }
}
