package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Subcategory;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Net customer adds explained: the threshold, the months compared and every customer's part. */
public record NetCustomerAddsExplanation(
        int points,
        BigDecimal thresholdUsd,
        List<YearMonth> baselineMonths,
        List<YearMonth> recentMonths,
        int added,
        int lost,
        int net,
        List<CustomerLine> customers) implements MetricExplanation {

    public NetCustomerAddsExplanation {
        baselineMonths = List.copyOf(baselineMonths);
        recentMonths = List.copyOf(recentMonths);
        customers = List.copyOf(customers);
    }

    @Override
    public Subcategory metric() {
        return Subcategory.NET_CUSTOMER_ADDS;
    }

    @Override
    public String why() {
        return "net " + Texts.signed(net) + " (" + added + " added, " + lost + " lost) at a threshold of "
                + Texts.usd(thresholdUsd) + ": " + NetCustomerAdds.POINTS_PER_ADD + " × min(" + NetCustomerAdds.MAX_ADDS
                + ", max(0, " + Texts.number(net) + ")) = " + points + " points";
    }
}
