package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Subcategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Customer success — usage growth (scoring rules, "Customer success — usage growth"): current =
 * ACR of M, baseline = ACR of M-12, over attributed customers. No points when current is below
 * USD 1,000 or baseline is 0; otherwise min(20, max(0, ⌊(current − baseline) / baseline × 100⌋)),
 * computed exactly in decimal.
 */
public final class UsageGrowth implements PlannedMetric {

    public static final BigDecimal MINIMUM_CURRENT_USD = BigDecimal.valueOf(1_000);
    public static final int MAX_POINTS = 20;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static final UsageGrowth METRIC = new UsageGrowth();

    private UsageGrowth() {
    }

    /** The metric's points for a current and a baseline total. */
    public static int points(BigDecimal current, BigDecimal baseline) {
        if (current.compareTo(MINIMUM_CURRENT_USD) < 0 || baseline.signum() == 0) {
            return 0;
        }
        BigDecimal floor = current.subtract(baseline).multiply(HUNDRED).divide(baseline, 0, RoundingMode.FLOOR);
        return floor.max(BigDecimal.ZERO).min(BigDecimal.valueOf(MAX_POINTS)).intValueExact();
    }

    /** Growth in percent rounded down to 2 decimals (for display); null when the baseline is 0. */
    public static BigDecimal growthPercent(BigDecimal current, BigDecimal baseline) {
        return baseline.signum() == 0
                ? null
                : current.subtract(baseline).multiply(HUNDRED).divide(baseline, 2, RoundingMode.FLOOR);
    }

    /**
     * The least current total, in whole cents, that earns {@code points} against a baseline
     * (which must not be 0): at least USD 1,000 and at least baseline × (100 + points) / 100.
     */
    public static BigDecimal currentNeededFor(int points, BigDecimal baseline) {
        BigDecimal forGrowth = baseline.multiply(BigDecimal.valueOf(100L + points)).divide(HUNDRED)
                .setScale(2, RoundingMode.CEILING);
        return forGrowth.max(MINIMUM_CURRENT_USD);
    }

    static UsageGrowthExplanation score(List<CustomerAcr> attributed, ScoringWindow window) {
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal baseline = BigDecimal.ZERO;
        for (CustomerAcr customer : attributed) {
            current = current.add(customer.lastMonth());
            baseline = baseline.add(customer.sameMonthLastYear());
        }
        int points = points(current, baseline);
        UsageGrowthExplanation.Outcome outcome = current.compareTo(MINIMUM_CURRENT_USD) < 0 ? UsageGrowthExplanation.Outcome.BELOW_MINIMUM
                : baseline.signum() == 0 ? UsageGrowthExplanation.Outcome.NO_BASELINE
                : points == MAX_POINTS ? UsageGrowthExplanation.Outcome.CAPPED
                : points > 0 ? UsageGrowthExplanation.Outcome.GREW
                : UsageGrowthExplanation.Outcome.NO_GROWTH;
        return new UsageGrowthExplanation(points, window.lastMonth(), window.sameMonthLastYear(), current, baseline,
                growthPercent(current, baseline), outcome);
    }

    // ---------------------------------------------------------------- what the planner asks

    @Override
    public Subcategory id() {
        return Subcategory.USAGE_GROWTH;
    }

    @Override
    public int points(PlanCounts counts) {
        return points(counts.current, counts.baseline);
    }

    @Override
    public int lowestNonZeroPoints() {
        return 1;
    }

    /** Growing month M's ACR to the least amount that earns {@code wanted} more points (at least 1), up to 20. */
    @Override
    public List<Move> moves(PlanCounts counts, int wanted) {
        int now = points(counts);
        if (now >= MAX_POINTS || counts.baseline.signum() == 0) {
            return List.of();
        }
        int targetPoints = Math.min(MAX_POINTS, now + Math.max(1, wanted));
        BigDecimal target = currentNeededFor(targetPoints, counts.baseline);
        return List.of(Move.of(id(), new Part(NextActions.Step.Kind.GROW_USAGE, 1,
                points(target, counts.baseline) - now, c -> c.current = target)));
    }
}
