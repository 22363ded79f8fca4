package com.partnerportal.core.lifecycle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One year of the designation: from the enrolment day (or the anniversary a renewal starts from)
 * to the next anniversary date ({@code until}, the day it ends), with the track and the qualifying
 * month the enrolment or renewal recorded, and when its benefits were activated (null: not yet).
 */
public record DesignationYear(
        LocalDate from,
        LocalDate until,
        boolean renewal,
        LocalDate decidedOn,
        Track track,
        YearMonth qualifyingMonth,
        int qualifyingScore,
        LocalDate benefitsActivatedOn) {

    public DesignationYear {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(qualifyingMonth, "qualifyingMonth");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("a designation year ends after it starts: " + from + " … " + until);
        }
    }

    public boolean benefitsActivated() {
        return benefitsActivatedOn != null;
    }

    /** The first day the benefits are active: the activation day, or the year's first day if later. */
    public LocalDate benefitsFrom() {
        if (benefitsActivatedOn == null) {
            return null;
        }
        return benefitsActivatedOn.isAfter(from) ? benefitsActivatedOn : from;
    }

    /** Benefits active on the day: activated, and the day within [benefitsFrom, until). */
    public boolean benefitsActiveOn(LocalDate day) {
        return benefitsActivatedOn != null && !day.isBefore(benefitsFrom()) && day.isBefore(until);
    }

    DesignationYear activatedOn(LocalDate day) {
        return new DesignationYear(from, until, renewal, decidedOn, track, qualifyingMonth, qualifyingScore, day);
    }

    DesignationYear movedTo(LocalDate newFrom, LocalDate newUntil) {
        return new DesignationYear(newFrom, newUntil, renewal, decidedOn, track, qualifyingMonth, qualifyingScore,
                benefitsActivatedOn);
    }
}
