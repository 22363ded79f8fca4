package com.partnerportal.core.lifecycle;

import com.partnerportal.core.program.Benefits;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A partner's designation on a day, everything the pages show: the state, since when, the designation
 * year with its track, the renewed year to come, the benefits active that day, the renewal days and
 * whether renewal is at risk, and the day's qualification window with the months that qualify.
 *
 * @param enrolledSince the day of the enrolment the designation runs from; null unless it is held
 * @param lapsedOn the anniversary the designation last lapsed on; null unless {@code state} is LAPSED
 * @param anniversary the anniversary date in force; null when none is stored and the partner never enrolled
 * @param year the current designation year; null unless the designation is held
 * @param renewedYear the year a renewal starts at the coming anniversary; null when not renewed yet
 * @param activeBenefits the benefit figures active on the day; null when none are
 * @param renewalDaysFrom the first of the 30 renewal days before {@code year.until()}; null unless held
 * @param renewalAtRisk held, not renewed, and neither the open month nor a recorded month a renewal could
 *     still use qualifies
 * @param monthsLeft when renewal is at risk: the months (the open one and later) that may still qualify in time
 */
public record DesignationStatus(
        LocalDate day,
        State state,
        LocalDate enrolledSince,
        LocalDate lapsedOn,
        LocalDate anniversary,
        DesignationYear year,
        DesignationYear renewedYear,
        Benefits activeBenefits,
        LocalDate renewalDaysFrom,
        boolean renewalAtRisk,
        List<YearMonth> monthsLeft,
        QualificationWindow window) {

    /** Spec "States": NOT_ENROLLED → ENROLLED → (RENEWED … each year) or LAPSED. */
    public enum State {
        NOT_ENROLLED, ENROLLED, RENEWED, LAPSED
    }

    public DesignationStatus {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(window, "window");
        monthsLeft = List.copyOf(monthsLeft);
    }

    /** Shows the designation and the badge (spec 2): from enrolment until it lapses. */
    public boolean holdsDesignation() {
        return state == State.ENROLLED || state == State.RENEWED;
    }

    /** The last of the renewal days: the day before the anniversary. */
    public LocalDate renewalDaysUntil() {
        return year == null ? null : year.until().minusDays(1);
    }

    public boolean inRenewalDays() {
        return renewalDaysFrom != null && !day.isBefore(renewalDaysFrom) && day.isBefore(year.until());
    }
}
