package com.partnerportal.core.scoring;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Why the partner is on its path: the driving revenue over the TTM ({@code ttmFrom} … {@code ttmTo})
 * and the share of attributed customers in the ENTERPRISE segment (rounded to 2 decimals for
 * display; the decision compares the counts exactly).
 */
public record PathExplanation(
        Path path,
        Reason reason,
        BigDecimal drivingRevenueUsd,
        int attributedCustomers,
        int enterpriseCustomers,
        BigDecimal enterpriseSharePercent,
        YearMonth ttmFrom,
        YearMonth ttmTo) {

    /** What put the partner on its path. */
    public enum Reason {
        REVENUE, ENTERPRISE_SHARE, REVENUE_AND_ENTERPRISE_SHARE, NEITHER
    }

    public String why() {
        String revenue = "driving revenue " + Texts.usd(drivingRevenueUsd) + " over " + ttmFrom + " … " + ttmTo;
        String share = "enterprise share " + Texts.percent(enterpriseSharePercent) + " (" + enterpriseCustomers + " of "
                + Texts.count(attributedCustomers, "attributed customer", "attributed customers") + ")";
        String limit = Texts.usd(PathDecision.DRIVING_REVENUE_THRESHOLD_USD);
        int shareLimit = PathDecision.ENTERPRISE_SHARE_THRESHOLD_PERCENT;
        return switch (reason) {
            case REVENUE -> "Enterprise path: " + revenue + " is at least " + limit
                    + " (" + share + " is not more than " + shareLimit + " %)";
            case ENTERPRISE_SHARE -> "Enterprise path: " + share + " is more than " + shareLimit + " % ("
                    + revenue + " is below " + limit + ")";
            case REVENUE_AND_ENTERPRISE_SHARE -> "Enterprise path: " + revenue + " is at least " + limit
                    + ", and " + share + " is more than " + shareLimit + " %";
            case NEITHER -> attributedCustomers == 0
                    ? "SMB path: no attributed customers"
                    : "SMB path: " + revenue + " is below " + limit + ", and " + share
                            + " is not more than " + shareLimit + " %";
        };
    }
}
