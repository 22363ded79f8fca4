package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Subcategory;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Usage growth explained: the current total ACR (month M), the baseline (M-12), the growth in
 * percent (rounded down to 2 decimals; null when the baseline is 0) and whether it qualified.
 */
public record UsageGrowthExplanation(
        int points,
        YearMonth month,
        YearMonth baselineMonth,
        BigDecimal currentUsd,
        BigDecimal baselineUsd,
        BigDecimal growthPercent,
        Outcome outcome) implements MetricExplanation {

    /** Whether and how usage growth scored. */
    public enum Outcome {
        /** Current total below USD 1,000: the metric does not qualify. */
        BELOW_MINIMUM,
        /** Baseline 0: growth is not defined. */
        NO_BASELINE,
        /** Growth below 1 %. */
        NO_GROWTH,
        /** One point per whole percent of growth. */
        GREW,
        /** Growth of 20 % or more: the maximum. */
        CAPPED
    }

    @Override
    public Subcategory metric() {
        return Subcategory.USAGE_GROWTH;
    }

    @Override
    public String why() {
        String figures = "ACR " + Texts.usd(currentUsd) + " in " + month + " against " + Texts.usd(baselineUsd) + " in "
                + baselineMonth;
        String growth = growthPercent == null ? "" : ", growth " + Texts.percent(growthPercent);
        return switch (outcome) {
            case BELOW_MINIMUM -> figures + growth + ": below the " + Texts.usd(UsageGrowth.MINIMUM_CURRENT_USD)
                    + " needed to qualify, 0 points";
            case NO_BASELINE -> figures + ": growth is not defined from a baseline of USD 0, 0 points";
            case NO_GROWTH -> figures + growth + ": less than 1 %, 0 points";
            case GREW -> figures + growth + ": one point per whole percent, " + points + " points";
            case CAPPED -> figures + growth + ": 20 % or more, the maximum of " + points + " points";
        };
    }
}
