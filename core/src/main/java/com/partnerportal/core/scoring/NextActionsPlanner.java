package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Subcategory;
import com.partnerportal.core.scoring.NextActions.Step;
import java.util.List;

/**
 * Derives the next actions from a scorecard's explanation, in three parts: the plan search ({@link PlanSearch}) for
 * a scorecard not attained, the words of its steps and blockers ({@link StepWording}, in the rule set's language),
 * and for an attained scorecard the risks ({@link Risks}). What each metric knows — its points, its moves, its
 * lowest non-zero points — is in its metric class ({@link PlannedMetric}).
 */
final class NextActionsPlanner {

    private NextActionsPlanner() {
    }

    static NextActions plan(Explanation explanation, List<Metric> metrics, int total, boolean attained, RuleSet ruleSet) {
        List<Subcategory> withoutPoints = metrics.stream().filter(m -> m.points() == 0).map(Metric::id).toList();
        boolean marker = total >= Attainment.MARKER_TOTAL;
        if (attained) {
            return new NextActions(0, marker, withoutPoints, List.of(), total, true, List.of(),
                    total - Attainment.MINIMUM_TOTAL, Risks.of(explanation, metrics, total));
        }
        PlanSearch.Result plan = PlanSearch.search(explanation);
        StepWording wording = new StepWording(explanation, ruleSet, plan.start(), plan.end());
        List<Step> steps = plan.taken().stream()
                .map(t -> new Step(t.metric(), t.kind(), t.count(), t.gain(), wording.text(t.kind(), t.count(), t.gain())))
                .toList();
        List<String> blockers = plan.blocked().stream().map(wording::blocker).toList();
        return new NextActions(Math.max(0, Attainment.MINIMUM_TOTAL - total), marker, withoutPoints, steps,
                plan.endTotal(), plan.reachesAttainment(), blockers, null, List.of());
    }
}
