package com.partnerportal.core.lifecycle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What happened to a partner's designation, on the day it took effect (spec "States"). Transitions
 * are the lifecycle's history: appended, never changed. {@link Lapsed} acknowledges a lapse the
 * lifecycle derives from the anniversary date; it is recorded once, for the audit trail.
 */
public sealed interface Transition {

    /** The day the transition took effect. */
    LocalDate on();

    /** One line for the partner's history. */
    String description();

    /** Enrolled with a qualifying month of the window of {@code on}, and the enrolment track. */
    record Enrolled(LocalDate on, YearMonth qualifyingMonth, int score, Track track) implements Transition {
        public Enrolled {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(qualifyingMonth, "qualifyingMonth");
            Objects.requireNonNull(track, "track");
        }

        @Override
        public String description() {
            return "Enrolled on " + on + " with " + qualifyingMonth + " (" + score + " points), track "
                    + track.displayName();
        }
    }

    /** A partner admin activated the benefits of the designation year (and of a renewed one). */
    record BenefitsActivated(LocalDate on) implements Transition {
        public BenefitsActivated {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public String description() {
            return "Benefits activated on " + on;
        }
    }

    /** Renewed in the renewal days with a qualifying month of the window of {@code on}. */
    record Renewed(LocalDate on, YearMonth qualifyingMonth, int score, Track track) implements Transition {
        public Renewed {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(qualifyingMonth, "qualifyingMonth");
            Objects.requireNonNull(track, "track");
        }

        @Override
        public String description() {
            return "Renewed on " + on + " with " + qualifyingMonth + " (" + score + " points), track "
                    + track.displayName();
        }
    }

    /** The designation lapsed on its anniversary date without a renewal. */
    record Lapsed(LocalDate on) implements Transition {
        public Lapsed {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public String description() {
            return "Lapsed on " + on + ": not renewed by the anniversary date";
        }
    }

    /** A program admin corrected the anniversary date; {@code previous} is null when there was none. */
    record AnniversaryCorrected(LocalDate on, LocalDate previous, LocalDate corrected) implements Transition {
        public AnniversaryCorrected {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(corrected, "corrected");
        }

        @Override
        public String description() {
            return "Anniversary date corrected on " + on + " from " + (previous == null ? "none" : previous)
                    + " to " + corrected;
        }
    }
}
