package com.partnerportal.core.cli;

import com.partnerportal.core.program.Benefits;
import com.partnerportal.core.scoring.Attainment;
import com.partnerportal.core.scoring.MetricExplanation;
import com.partnerportal.core.scoring.Metric;
import com.partnerportal.core.scoring.NextActions;
import com.partnerportal.core.scoring.Scorecard;
import java.util.Locale;
import java.util.stream.Collectors;

/** The scorecard as a readable table: metrics with points/max, attainment, why, and the next actions. */
final class TextReport {

    private TextReport() {
    }

    static String render(Scorecard s) {
        StringBuilder out = new StringBuilder();
        out.append(s.designation().displayName()).append(" — partner ").append(s.partnerId())
                .append(", as of ").append(s.asOf()).append(", ").append(s.path().displayName()).append(" path\n")
                .append("Rule set ").append(s.ruleSet().id()).append(": ").append(s.ruleSet().name()).append("\n\n");
        out.append(String.format(Locale.ROOT, "  %-30s %6s %5s%n", "Metric", "Points", "Max"));
        for (Metric metric : s.metrics()) {
            out.append(String.format(Locale.ROOT, "  %-30s %6d %5d%n", metric.id().displayName(), metric.points(), metric.max()));
        }
        int max = s.metrics().stream().mapToInt(Metric::max).sum();
        out.append(String.format(Locale.ROOT, "  %-30s %6d %5d%n%n", "Total", s.total(), max));

        NextActions next = s.nextActions();
        if (s.attained()) {
            out.append("Attained: yes (margin ").append(next.margin()).append(" above ").append(Attainment.MINIMUM_TOTAL)
                    .append(")\n");
            Benefits b = s.benefits();
            out.append(String.format(Locale.ROOT,
                    "Benefits: USD %,d Azure production credits, %d Visual Studio Enterprise subscriptions, "
                            + "%d Microsoft 365 E3 users, %d Power BI Premium users, %d specialization(s) stacked%n",
                    b.azureProductionCreditsUsd(), b.visualStudioEnterpriseSubscriptions(), b.microsoft365E3Users(),
                    b.powerBiPremiumUsers(), b.stackedSpecializations()));
        } else {
            out.append("Attained: no (").append(next.pointsMissing()).append(" points missing to ")
                    .append(Attainment.MINIMUM_TOTAL);
            if (!next.metricsWithoutPoints().isEmpty()) {
                out.append("; no points yet in ").append(next.metricsWithoutPoints().stream()
                        .map(m -> m.displayName().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
            }
            out.append("; the ").append(Attainment.MARKER_TOTAL).append("-point marker is ")
                    .append(next.markerReached() ? "reached" : "not reached yet").append(")\n");
        }

        out.append("\nWhy:\n");
        out.append("  Path: ").append(s.explanation().path().why()).append('\n');
        for (MetricExplanation metric : s.explanation().metrics()) {
            out.append("  ").append(metric.metric().displayName()).append(": ").append(metric.why()).append('\n');
        }

        if (!s.attained()) {
            out.append("\nNext actions:\n");
            for (NextActions.Step step : next.steps()) {
                out.append("  - ").append(step.text()).append('\n');
            }
            for (String blocker : next.blockers()) {
                out.append("  ! ").append(blocker).append('\n');
            }
            out.append("  Total after these steps: ").append(next.projectedTotal())
                    .append(next.planReachesAttainment() ? " (attained)" : " (not attained)").append('\n');
        } else {
            out.append("\nRisks:\n");
            if (next.risks().isEmpty()) {
                out.append("  none within 90 days\n");
            }
            for (NextActions.Risk risk : next.risks()) {
                out.append("  - ").append(risk.text()).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }
}
