package com.partnerportal.core.scoring;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Why the partner is on its path: the driving revenue over the TTM ({@code ttmFrom} … {@code ttmTo}; it decides
 * only under a rule set with a revenue test) and the share of the customer base in the ENTERPRISE segment (rounded
 * to 2 decimals for display; the decision compares the counts exactly). {@code attributedCustomers} is the size of
 * the customer base: every attributed customer, or under the 2026 rules those with ACR above 0 in month M.
 */
public record PathExplanation(
        Path path,
        Reason reason,
        BigDecimal drivingRevenueUsd,
        int attributedCustomers,
        int enterpriseCustomers,
        BigDecimal enterpriseSharePercent,
        YearMonth ttmFrom,
        YearMonth ttmTo,
        RuleSet ruleSet) {

    /** What put the partner on its path. */
    public enum Reason {
        REVENUE, ENTERPRISE_SHARE, REVENUE_AND_ENTERPRISE_SHARE, NEITHER
    }

    public String why() {
        PathRule rule = ruleSet.path();
        int shareLimit = rule.enterpriseSharePercent();
        if (!rule.revenueDecides()) {
            String base = Texts.count(attributedCustomers, "attributed customer", "attributed customers") + " with ACR in "
                    + ttmTo;
            String share = "enterprise share " + Texts.percent(enterpriseSharePercent) + " (" + enterpriseCustomers + " of "
                    + base + ")";
            String revenue = "; revenue no longer decides under " + ruleSet.shortName();
            return switch (reason) {
                case ENTERPRISE_SHARE, REVENUE_AND_ENTERPRISE_SHARE -> "Enterprise path: " + share + " is more than "
                        + shareLimit + " %" + revenue;
                case REVENUE, NEITHER -> attributedCustomers == 0
                        ? "SMB path: no attributed customers with ACR in " + ttmTo + revenue
                        : "SMB path: " + share + " is not more than " + shareLimit + " %" + revenue;
            };
        }
        String revenue = "driving revenue " + Texts.usd(drivingRevenueUsd) + " over " + ttmFrom + " … " + ttmTo;
        String share = "enterprise share " + Texts.percent(enterpriseSharePercent) + " (" + enterpriseCustomers + " of "
                + Texts.count(attributedCustomers, "attributed customer", "attributed customers") + ")";
        String limit = Texts.usd(rule.drivingRevenueThresholdUsd());
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
