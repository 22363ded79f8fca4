package com.partnerportal.core.scoring;

import com.partnerportal.core.evidence.Segment;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One customer's part in net customer adds: its ACR in the baseline months (M-13, M-12) and the
 * last two months (M-1, M) against the threshold, and the outcome (+1, −1 or 0) under the rule set.
 */
public record CustomerLine(
        String customerId,
        Segment segment,
        List<MonthAmount> baselineAcr,
        List<MonthAmount> recentAcr,
        BigDecimal thresholdUsd,
        Outcome outcome,
        RuleSet ruleSet) {

    public CustomerLine {
        baselineAcr = List.copyOf(baselineAcr);
        recentAcr = List.copyOf(recentAcr);
    }

    /** How a customer counts. */
    public enum Outcome {
        /** New by the rule set's baseline (USD 0, or below the threshold), at or above the threshold in a last month. */
        ADDED(1),
        /** At or above the threshold in a baseline month, below it in both last months. */
        LOST(-1),
        /** At or above the threshold both in a baseline month and in a last month. */
        RETAINED(0),
        /** Had ACR below the threshold in a baseline month, so it is not new (2024 guide only); reaches it now. */
        NOT_NEW(0),
        /** Never at or above the threshold in the four months considered. */
        BELOW_THRESHOLD(0),
        /** No PAL, DPOR or CSP attribution: it does not count. */
        NOT_ATTRIBUTED(0);

        private final int contribution;

        Outcome(int contribution) {
            this.contribution = contribution;
        }

        public int contribution() {
            return contribution;
        }
    }

    /** +1, −1 or 0. */
    public int contribution() {
        return outcome.contribution();
    }

    public String why() {
        String t = Texts.usd(thresholdUsd);
        return Texts.signed(contribution()) + ": " + switch (outcome) {
            case ADDED -> addedBaseline(t) + ", and " + join(atOrAbove(recentAcr)) + " at or above " + t;
            case LOST -> join(atOrAbove(baselineAcr)) + " at or above " + t + " in the baseline, and below it in both last months ("
                    + join(recentAcr) + ")";
            case RETAINED -> "at or above " + t + " in the baseline (" + join(atOrAbove(baselineAcr))
                    + ") and still in a last month (" + join(atOrAbove(recentAcr)) + ")";
            case NOT_NEW -> "not new, it had ACR in the baseline (" + join(baselineAcr) + "), though below " + t
                    + " there; now " + join(atOrAbove(recentAcr));
            case BELOW_THRESHOLD -> "below " + t + " in all four months (" + join(baselineAcr) + "; " + join(recentAcr) + ")";
            case NOT_ATTRIBUTED -> "no PAL, DPOR or CSP attribution, so it does not count";
        };
    }

    private String addedBaseline(String threshold) {
        NetCustomerAddsRule.NewCustomer rule = ruleSet.netCustomerAdds().newCustomer();
        String condition = rule.baselineCondition(threshold) + " in both baseline months";
        boolean zero = baselineAcr.stream().allMatch(a -> a.usd().signum() == 0);
        return rule == NetCustomerAddsRule.NewCustomer.ZERO_IN_BASELINE
                ? condition + " (" + months(baselineAcr) + ")"
                : condition + " (" + join(baselineAcr) + ")" + (zero ? ""
                        : "; under " + ruleSet.shortName() + " ACR below the threshold there no longer prevents the +1");
    }

    private List<MonthAmount> atOrAbove(List<MonthAmount> amounts) {
        return amounts.stream().filter(a -> a.usd().compareTo(thresholdUsd) >= 0).toList();
    }

    private static String join(List<MonthAmount> amounts) {
        return amounts.stream().map(MonthAmount::toString).collect(Collectors.joining(", "));
    }

    private static String months(List<MonthAmount> amounts) {
        return amounts.stream().map(a -> a.month().toString()).collect(Collectors.joining(", "));
    }
}
