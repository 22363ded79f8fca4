package com.partnerportal.core.scoring;

import com.partnerportal.core.evidence.AcrWindow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The months and days a score as of month M looks at (scoring rules, "Time"): the last two months
 * M-1 and M, the baseline months M-13 and M-12, and the trailing twelve months M-11 … M.
 */
public record ScoringWindow(YearMonth asOf) {

    public ScoringWindow {
        Objects.requireNonNull(asOf, "asOf");
    }

    /** M. */
    public YearMonth lastMonth() {
        return asOf;
    }

    /** M-1. */
    public YearMonth previousMonth() {
        return asOf.minusMonths(1);
    }

    /** M-12, the same month last year. */
    public YearMonth sameMonthLastYear() {
        return asOf.minusMonths(12);
    }

    /** M-13, the first baseline month. */
    public YearMonth monthBeforeLastYear() {
        return AcrWindow.firstMonth(asOf);
    }

    /** M-11, the first month of the trailing twelve months. */
    public YearMonth firstTtmMonth() {
        return AcrWindow.firstTtmMonth(asOf);
    }

    /** The first day of M-11. */
    public LocalDate ttmStart() {
        return firstTtmMonth().atDay(1);
    }

    /** The last day of M: the as-of day. */
    public LocalDate asOfDay() {
        return asOf.atEndOfMonth();
    }

    /** Whether a day lies in the trailing twelve months, both ends included. */
    public boolean inTtm(LocalDate day) {
        return !day.isBefore(ttmStart()) && !day.isAfter(asOfDay());
    }
}
