package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Designation;
import java.util.List;

/** Attainment (scoring rules, "Designation"): a total of at least 70 and at least 1 point in every metric. */
public final class Attainment {

    public static final int MINIMUM_TOTAL = Designation.MINIMUM_TOTAL;
    /** The portal's progress marker on the way to 70, shown on the dashboard and in the next actions. */
    public static final int MARKER_TOTAL = 25;

    private Attainment() {
    }

    public static boolean attained(int total, List<Metric> metrics) {
        if (total < MINIMUM_TOTAL) {
            return false;
        }
        for (Metric metric : metrics) {
            if (metric.points() < 1) {
                return false;
            }
        }
        return true;
    }
}
