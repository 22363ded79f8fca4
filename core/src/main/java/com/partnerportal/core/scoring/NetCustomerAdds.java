package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Subcategory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Performance — net customer adds (scoring rules, "Performance — net customer adds"; 2026 rules, "2. Net customer
 * adds"): +1 for a customer at least at the threshold in one of the last two months whose baseline months make it
 * new under the rule set (USD 0 in both, or below the threshold in both), −1 for one at least at the threshold in a
 * baseline month and below it in both last months; points = 10 × min(3, max(0, net)).
 */
public final class NetCustomerAdds implements PlannedMetric {

    public static final BigDecimal SMB_THRESHOLD_USD = RuleSets.DATA_AI_AZURE_2024.netCustomerAdds().smbThresholdUsd();
    public static final BigDecimal ENTERPRISE_THRESHOLD_USD =
            RuleSets.DATA_AI_AZURE_2024.netCustomerAdds().enterpriseThresholdUsd();
    public static final int POINTS_PER_ADD = 10;
    public static final int MAX_ADDS = 3;

    static final NetCustomerAdds METRIC = new NetCustomerAdds();

    private NetCustomerAdds() {
    }

    /** The monthly ACR a customer must reach ("at or above the threshold") on a path (the same in both rule sets). */
    public static BigDecimal threshold(Path path) {
        return RuleSets.DATA_AI_AZURE_2024.netCustomerAdds().threshold(path);
    }

    /** Points for a net number of customer adds. */
    public static int points(int net) {
        return POINTS_PER_ADD * Math.min(MAX_ADDS, Math.max(0, net));
    }

    static NetCustomerAddsExplanation score(List<CustomerAcr> customers, Path path, ScoringWindow window,
            RuleSet ruleSet) {
        NetCustomerAddsRule rule = ruleSet.netCustomerAdds();
        BigDecimal threshold = rule.threshold(path);
        List<CustomerLine> lines = new ArrayList<>(customers.size());
        int added = 0;
        int lost = 0;
        for (CustomerAcr customer : customers) {
            CustomerLine.Outcome outcome = outcome(customer, threshold, rule.newCustomer());
            if (outcome == CustomerLine.Outcome.ADDED) {
                added++;
            } else if (outcome == CustomerLine.Outcome.LOST) {
                lost++;
            }
            lines.add(new CustomerLine(customer.customer().id(), customer.customer().segment(),
                    List.of(new MonthAmount(window.monthBeforeLastYear(), customer.monthBeforeLastYear()),
                            new MonthAmount(window.sameMonthLastYear(), customer.sameMonthLastYear())),
                    List.of(new MonthAmount(window.previousMonth(), customer.previousMonth()),
                            new MonthAmount(window.lastMonth(), customer.lastMonth())),
                    threshold, outcome, ruleSet));
        }
        int net = added - lost;
        return new NetCustomerAddsExplanation(points(net), threshold,
                List.of(window.monthBeforeLastYear(), window.sameMonthLastYear()),
                List.of(window.previousMonth(), window.lastMonth()),
                added, lost, net, lines);
    }

    private static CustomerLine.Outcome outcome(CustomerAcr customer, BigDecimal threshold,
            NetCustomerAddsRule.NewCustomer newCustomer) {
        if (!customer.attributed()) {
            return CustomerLine.Outcome.NOT_ATTRIBUTED;
        }
        boolean mayBeNew = newCustomer.baselineAllowsNew(customer.monthBeforeLastYear(), customer.sameMonthLastYear(),
                threshold);
        boolean baselineAtThreshold = atLeast(customer.monthBeforeLastYear(), threshold)
                || atLeast(customer.sameMonthLastYear(), threshold);
        boolean recentAtThreshold = atLeast(customer.previousMonth(), threshold) || atLeast(customer.lastMonth(), threshold);
        if (mayBeNew) {
            return recentAtThreshold ? CustomerLine.Outcome.ADDED : CustomerLine.Outcome.BELOW_THRESHOLD;
        }
        if (baselineAtThreshold) {
            return recentAtThreshold ? CustomerLine.Outcome.RETAINED : CustomerLine.Outcome.LOST;
        }
        return recentAtThreshold ? CustomerLine.Outcome.NOT_NEW : CustomerLine.Outcome.BELOW_THRESHOLD;
    }

    static boolean atLeast(BigDecimal amount, BigDecimal threshold) {
        return amount.compareTo(threshold) >= 0;
    }

    // ---------------------------------------------------------------- what the planner asks

    @Override
    public Subcategory id() {
        return Subcategory.NET_CUSTOMER_ADDS;
    }

    @Override
    public int points(PlanCounts counts) {
        return points(counts.net);
    }

    @Override
    public int lowestNonZeroPoints() {
        return POINTS_PER_ADD;
    }

    /** One more net add than now (from at least 0), while below the maximum. */
    @Override
    public List<Move> moves(PlanCounts counts, int wanted) {
        if (points(counts.net) >= POINTS_PER_ADD * MAX_ADDS) {
            return List.of();
        }
        int target = Math.max(counts.net, 0) + 1;
        int count = target - counts.net;
        return List.of(Move.of(id(), new Part(NextActions.Step.Kind.ADD_NEW_CUSTOMERS, count,
                points(target) - points(counts.net), c -> c.net += count)));
    }
}
