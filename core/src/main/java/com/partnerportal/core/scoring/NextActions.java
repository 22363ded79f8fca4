package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Subcategory;
import java.time.LocalDate;
import java.util.List;

/**
 * What to do next. Not attained: the points missing to 70, whether the 25-point marker is reached,
 * the metrics still at 0, and the fewest concrete steps to attainment, each with its point gain
 * ({@code projectedTotal} is the total after all of them; {@code blockers} name what no step can
 * fix for this as-of month). Attained: the margin above 70 and the risks to it.
 */
public record NextActions(
        int pointsMissing,
        boolean markerReached,
        List<Subcategory> metricsWithoutPoints,
        List<Step> steps,
        int projectedTotal,
        boolean planReachesAttainment,
        List<String> blockers,
        Integer margin,
        List<Risk> risks) {

    public NextActions {
        metricsWithoutPoints = List.copyOf(metricsWithoutPoints);
        steps = List.copyOf(steps);
        blockers = List.copyOf(blockers);
        risks = List.copyOf(risks);
    }

    /** One step of the plan: do {@code count} of {@code kind} for {@code gain} points. */
    public record Step(Subcategory metric, Kind kind, int count, int gain, String text) {

        /** The kinds of step. */
        public enum Kind {
            ADD_NEW_CUSTOMERS,
            ADD_ADMINISTRATOR,
            ADD_ARCHITECT,
            COMPLETE_PREREQUISITES,
            ADD_SCORING_INDIVIDUALS,
            GROW_USAGE,
            ADD_DEPLOYMENTS
        }
    }

    /**
     * A risk to an attained designation: a counting certification expiring within 90 days of the
     * as-of day (with the points it carries), or a metric at its lowest non-zero points.
     */
    public record Risk(
            Kind kind,
            Subcategory metric,
            String professionalId,
            String certificationId,
            LocalDate expires,
            int pointsAtRisk,
            boolean losesDesignation,
            String text) {

        /** The kinds of risk. */
        public enum Kind {
            CERTIFICATION_EXPIRING, METRIC_AT_MINIMUM
        }
    }
}
