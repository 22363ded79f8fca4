package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Subcategory;
import com.partnerportal.core.scoring.NextActions.Step.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan search for a scorecard not attained. It plans on a copy of the counts that drive the points: first the
 * cheapest move that lifts each metric at 0 to at least 1 point, then, while the total is below 70, the move with
 * the most points per action (ties: the larger gain, then the metric order). Parts of one kind are merged. The
 * metrics themselves ({@link PlannedMetric}) say what moves they offer and what points their counts earn.
 */
final class PlanSearch {

    /** Actions of one kind taken in the plan, merged: {@code count} actions for {@code gain} points. */
    record Taken(Subcategory metric, Kind kind, int count, int gain) {
    }

    /** The counts before and after the plan, what it takes, and the metrics at 0 that no move can lift. */
    record Result(PlanCounts start, PlanCounts end, List<Taken> taken, List<Subcategory> blocked) {

        int endTotal() {
            return PlanSearch.total(end);
        }

        boolean reachesAttainment() {
            return endTotal() >= Attainment.MINIMUM_TOTAL
                    && PlannedMetric.all().stream().allMatch(metric -> metric.points(end) > 0);
        }
    }

    private final List<PlannedMetric> metrics = PlannedMetric.all();
    private final PlanCounts state;
    private final Map<Kind, int[]> taken = new LinkedHashMap<>();
    private final Map<Kind, Subcategory> metricOf = new LinkedHashMap<>();

    private PlanSearch(Explanation explanation) {
        this.state = new PlanCounts(explanation);
    }

    static Result search(Explanation explanation) {
        PlanSearch search = new PlanSearch(explanation);
        List<Subcategory> blocked = new ArrayList<>();
        for (PlannedMetric metric : search.metrics) {
            if (metric.points(search.state) == 0) {
                Move move = search.cheapest(metric);
                if (move == null) {
                    blocked.add(metric.id());
                } else {
                    search.take(move);
                }
            }
        }
        while (total(search.state) < Attainment.MINIMUM_TOTAL) {
            int wanted = Attainment.MINIMUM_TOTAL - total(search.state);
            Move best = null;
            for (PlannedMetric metric : search.metrics) {
                for (Move move : metric.moves(search.state, wanted)) {
                    if (move.gain() > 0 && (best == null || move.betterThan(best))) {
                        best = move;
                    }
                }
            }
            if (best == null) {
                break;
            }
            search.take(best);
        }
        List<Taken> steps = new ArrayList<>();
        search.taken.forEach((kind, sum) -> steps.add(new Taken(search.metricOf.get(kind), kind, sum[0], sum[1])));
        return new Result(new PlanCounts(explanation), search.state, steps, blocked);
    }

    static int total(PlanCounts counts) {
        return PlannedMetric.all().stream().mapToInt(metric -> metric.points(counts)).sum();
    }

    /** The move with the fewest actions (then the larger gain) that earns the metric points. */
    private Move cheapest(PlannedMetric metric) {
        Move cheapest = null;
        for (Move move : metric.moves(state, 1)) {
            if (move.gain() > 0 && (cheapest == null || move.count() < cheapest.count()
                    || move.count() == cheapest.count() && move.gain() > cheapest.gain())) {
                cheapest = move;
            }
        }
        return cheapest;
    }

    private void take(Move move) {
        for (Part part : move.parts()) {
            part.apply().accept(state);
            int[] sum = taken.computeIfAbsent(part.kind(), k -> new int[2]);
            sum[0] = part.kind() == Kind.GROW_USAGE ? 1 : sum[0] + part.count();
            sum[1] += part.gain();
            metricOf.put(part.kind(), move.metric());
        }
    }
}
