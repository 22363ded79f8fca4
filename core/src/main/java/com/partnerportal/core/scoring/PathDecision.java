package com.partnerportal.core.scoring;

import com.partnerportal.core.evidence.Segment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The path (scoring rules, "Path"; 2026 rules, "1. Path"), by the rule set's {@link PathRule}: Enterprise when
 * more than 20 % of the customer base is ENTERPRISE, or — where the rule set has a revenue test — when the driving
 * revenue over the TTM is at least USD 1,000,000; otherwise SMB. An empty customer base is the SMB path.
 */
public final class PathDecision {

    /** The 2024 guide's revenue test (the 2026 rules have none). */
    public static final BigDecimal DRIVING_REVENUE_THRESHOLD_USD = RuleSets.DATA_AI_AZURE_2024.path().drivingRevenueThresholdUsd();
    public static final int ENTERPRISE_SHARE_THRESHOLD_PERCENT = RuleSets.DATA_AI_AZURE_2024.path().enterpriseSharePercent();

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PathDecision() {
    }

    static PathExplanation decide(List<CustomerAcr> attributed, ScoringWindow window, RuleSet ruleSet) {
        PathRule rule = ruleSet.path();
        BigDecimal drivingRevenue = BigDecimal.ZERO;
        int base = 0;
        int enterprise = 0;
        for (CustomerAcr customer : attributed) {
            drivingRevenue = drivingRevenue.add(customer.ttm());
            if (rule.customerBase().includes(customer.lastMonth())) {
                base++;
                if (customer.customer().segment() == Segment.ENTERPRISE) {
                    enterprise++;
                }
            }
        }
        boolean byRevenue = rule.revenueDecides() && drivingRevenue.compareTo(rule.drivingRevenueThresholdUsd()) >= 0;
        // share > 20 %  <=>  enterprise * 100 > 20 * customers, in integers
        boolean byShare = (long) enterprise * 100 > (long) rule.enterpriseSharePercent() * base;
        PathExplanation.Reason reason = byRevenue && byShare ? PathExplanation.Reason.REVENUE_AND_ENTERPRISE_SHARE
                : byRevenue ? PathExplanation.Reason.REVENUE
                : byShare ? PathExplanation.Reason.ENTERPRISE_SHARE
                : PathExplanation.Reason.NEITHER;
        BigDecimal share = base == 0
                ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(enterprise).multiply(HUNDRED).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
        return new PathExplanation(reason == PathExplanation.Reason.NEITHER ? Path.SMB : Path.ENTERPRISE, reason,
                drivingRevenue, base, enterprise, share, window.firstTtmMonth(), window.lastMonth(), ruleSet);
    }
}
