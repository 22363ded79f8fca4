package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Benefits;
import com.partnerportal.core.program.Designation;
import com.partnerportal.core.program.Subcategory;
import java.time.YearMonth;
import java.util.List;

/**
 * A partner's Data & AI (Azure) capability score as of a month by a rule set, with the explanation of every
 * point and the next actions; {@code benefits} is null when the designation is not attained.
 */
public record Scorecard(
        String partnerId,
        Designation designation,
        YearMonth asOf,
        RuleSet ruleSet,
        Path path,
        int total,
        boolean attained,
        List<Metric> metrics,
        Benefits benefits,
        Explanation explanation,
        NextActions nextActions) {

    public Scorecard {
        metrics = List.copyOf(metrics);
    }

    /** The metric with this id. */
    public Metric metric(Subcategory id) {
        return metrics.stream().filter(metric -> metric.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric " + id));
    }
}
