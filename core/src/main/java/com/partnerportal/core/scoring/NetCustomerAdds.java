package com.partnerportal.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Performance — net customer adds (scoring rules, "Performance — net customer adds"): +1 for a
 * customer with USD 0 in both baseline months and at least the threshold in one of the last two
 * months, −1 for one at least at the threshold in a baseline month and below it in both last
 * months; points = 10 × min(3, max(0, net)).
 */
public final class NetCustomerAdds {

    public static final BigDecimal SMB_THRESHOLD_USD = BigDecimal.valueOf(500);
    public static final BigDecimal ENTERPRISE_THRESHOLD_USD = BigDecimal.valueOf(1_000);
    public static final int POINTS_PER_ADD = 10;
    public static final int MAX_ADDS = 3;

    private NetCustomerAdds() {
    }

    /** The monthly ACR a customer must reach ("at or above the threshold") on a path. */
    public static BigDecimal threshold(Path path) {
        return path == Path.ENTERPRISE ? ENTERPRISE_THRESHOLD_USD : SMB_THRESHOLD_USD;
    }

    /** Points for a net number of customer adds. */
    public static int points(int net) {
        return POINTS_PER_ADD * Math.min(MAX_ADDS, Math.max(0, net));
    }

    static NetCustomerAddsExplanation score(List<CustomerAcr> customers, Path path, ScoringWindow window) {
        BigDecimal threshold = threshold(path);
        List<CustomerLine> lines = new ArrayList<>(customers.size());
        int added = 0;
        int lost = 0;
        for (CustomerAcr customer : customers) {
            CustomerLine.Outcome outcome = outcome(customer, threshold);
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
                    threshold, outcome));
        }
        int net = added - lost;
        return new NetCustomerAddsExplanation(points(net), threshold,
                List.of(window.monthBeforeLastYear(), window.sameMonthLastYear()),
                List.of(window.previousMonth(), window.lastMonth()),
                added, lost, net, lines);
    }

    private static CustomerLine.Outcome outcome(CustomerAcr customer, BigDecimal threshold) {
        if (!customer.attributed()) {
            return CustomerLine.Outcome.NOT_ATTRIBUTED;
        }
        boolean baselineZero = customer.monthBeforeLastYear().signum() == 0 && customer.sameMonthLastYear().signum() == 0;
        boolean baselineAtThreshold = atLeast(customer.monthBeforeLastYear(), threshold)
                || atLeast(customer.sameMonthLastYear(), threshold);
        boolean recentAtThreshold = atLeast(customer.previousMonth(), threshold) || atLeast(customer.lastMonth(), threshold);
        if (baselineZero) {
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
}
