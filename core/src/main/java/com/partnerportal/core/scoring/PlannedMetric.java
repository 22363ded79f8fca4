package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Subcategory;
import java.util.List;

/**
 * What the next-actions planner asks of a metric class: the metric's points from the plan's counts, the moves that
 * raise them, and its lowest points above 0. Each metric class answers for itself, so the planner, the step wording
 * and the risks hold no rule of any metric.
 */
interface PlannedMetric {

    Subcategory id();

    /** The metric's points for these counts. */
    int points(PlanCounts counts);

    /** The next moves that raise the metric; a move may be sized to {@code wanted} points where the metric can be. */
    List<Move> moves(PlanCounts counts, int wanted);

    /** The lowest points the metric can have above 0. */
    int lowestNonZeroPoints();

    /** The four metrics of Data & AI (Azure), in scorecard order. */
    static List<PlannedMetric> all() {
        return List.of(NetCustomerAdds.METRIC, IntermediateCertifications.METRIC, UsageGrowth.METRIC, Deployments.METRIC);
    }
}
