package com.partnerportal.core.lifecycle;

import com.partnerportal.core.program.Designation;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One recorded month as the lifecycle reads it (spec "Terms"): a closed month's recorded scorecard,
 * or the open month's current one. {@code total} and {@code attained} are the scorecard's; the
 * partner <em>qualifies</em> in the month when it is attained. {@code path} is the path it was scored
 * on (the enrolment track looks at it). {@code stackedSpecializations} is how many specializations
 * stack onto a held designation's benefits in that month (the scorecard's stacked count; for a month
 * below 70 the count that would stack), which later months may raise within the benefits year.
 */
public record RecordedMonth(YearMonth month, int total, boolean attained, Track path, int stackedSpecializations) {

    public RecordedMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(path, "path");
        if (total < 0 || total > Designation.MAXIMUM_TOTAL) {
            throw new IllegalArgumentException("total must be 0 … " + Designation.MAXIMUM_TOTAL + ", was " + total);
        }
        if (attained && total < Designation.MINIMUM_TOTAL) {
            throw new IllegalArgumentException(month + " cannot be attained with " + total + " points");
        }
        if (stackedSpecializations < 0) {
            throw new IllegalArgumentException("stackedSpecializations must be ≥ 0");
        }
    }

    /** Qualifies in this month: the scorecard is attained (≥ 70 and at least 1 point in every metric). */
    public boolean qualifies() {
        return attained;
    }
}
