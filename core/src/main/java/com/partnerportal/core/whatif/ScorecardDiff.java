package com.partnerportal.core.whatif;

import com.partnerportal.core.program.Subcategory;
import com.partnerportal.core.scoring.Metric;
import com.partnerportal.core.scoring.Path;
import com.partnerportal.core.scoring.Scorecard;
import java.util.ArrayList;
import java.util.List;

/** How a scorecard changes: total, attainment, path and each metric's points, before and after. */
public record ScorecardDiff(
        int totalBefore,
        int totalAfter,
        boolean attainedBefore,
        boolean attainedAfter,
        Path pathBefore,
        Path pathAfter,
        List<MetricDiff> metrics) {

    public ScorecardDiff {
        metrics = List.copyOf(metrics);
    }

    /** One metric before and after. */
    public record MetricDiff(Subcategory id, int before, int after, int max) {

        public int delta() {
            return after - before;
        }
    }

    public static ScorecardDiff between(Scorecard before, Scorecard after) {
        List<MetricDiff> metrics = new ArrayList<>();
        for (Metric metric : before.metrics()) {
            metrics.add(new MetricDiff(metric.id(), metric.points(), after.metric(metric.id()).points(), metric.max()));
        }
        return new ScorecardDiff(before.total(), after.total(), before.attained(), after.attained(), before.path(),
                after.path(), metrics);
    }

    public int totalDelta() {
        return totalAfter - totalBefore;
    }

    public boolean attainmentChanged() {
        return attainedBefore != attainedAfter;
    }

    public boolean pathChanged() {
        return pathBefore != pathAfter;
    }

    /** The difference of one metric. */
    public MetricDiff metric(Subcategory id) {
        return metrics.stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric " + id));
    }
}
