package com.partnerportal.core.scoring;

import com.partnerportal.core.evidence.Segment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The path (scoring rules, "Path"): Enterprise when the driving revenue over the TTM is at least
 * USD 1,000,000 or more than 20 % of the attributed customers are ENTERPRISE; otherwise SMB.
 */
public final class PathDecision {

    public static final BigDecimal DRIVING_REVENUE_THRESHOLD_USD = new BigDecimal(1_000_000);
    public static final int ENTERPRISE_SHARE_THRESHOLD_PERCENT = 20;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PathDecision() {
    }

    static PathExplanation decide(List<CustomerAcr> attributed, ScoringWindow window) {
        BigDecimal drivingRevenue = BigDecimal.ZERO;
        int enterprise = 0;
        for (CustomerAcr customer : attributed) {
            drivingRevenue = drivingRevenue.add(customer.ttm());
            if (customer.customer().segment() == Segment.ENTERPRISE) {
                enterprise++;
            }
        }
        int customers = attributed.size();
        boolean byRevenue = drivingRevenue.compareTo(DRIVING_REVENUE_THRESHOLD_USD) >= 0;
        // share > 20 %  <=>  enterprise * 100 > 20 * customers, in integers
        boolean byShare = (long) enterprise * 100 > (long) ENTERPRISE_SHARE_THRESHOLD_PERCENT * customers;
        PathExplanation.Reason reason = byRevenue && byShare ? PathExplanation.Reason.REVENUE_AND_ENTERPRISE_SHARE
                : byRevenue ? PathExplanation.Reason.REVENUE
                : byShare ? PathExplanation.Reason.ENTERPRISE_SHARE
                : PathExplanation.Reason.NEITHER;
        BigDecimal share = customers == 0
                ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(enterprise).multiply(HUNDRED).divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_UP);
        return new PathExplanation(reason == PathExplanation.Reason.NEITHER ? Path.SMB : Path.ENTERPRISE, reason,
                drivingRevenue, customers, enterprise, share, window.firstTtmMonth(), window.lastMonth());
    }
}
