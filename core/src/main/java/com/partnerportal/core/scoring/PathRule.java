package com.partnerportal.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a rule set decides the path: Enterprise when more than {@code enterpriseSharePercent} % of the customer base
 * is ENTERPRISE, or (when {@code drivingRevenueThresholdUsd} is not null) when the driving revenue over the TTM
 * reaches it. The customer base is every attributed customer, or only those with ACR above 0 in month M.
 */
public record PathRule(BigDecimal drivingRevenueThresholdUsd, int enterpriseSharePercent, CustomerBase customerBase) {

    /** Which attributed customers the enterprise share is taken of. */
    public enum CustomerBase {
        /** Every attributed customer (the 2024 guide). */
        ATTRIBUTED {
            @Override
            public boolean includes(BigDecimal acrInLastMonth) {
                return true;
            }
        },
        /** Attributed customers with ACR above 0 in month M, "the last month's data" (the 2026 rules). */
        ACR_IN_LAST_MONTH {
            @Override
            public boolean includes(BigDecimal acrInLastMonth) {
                return acrInLastMonth.signum() > 0;
            }
        };

        /** Whether an attributed customer with this ACR in month M is in the base. */
        public abstract boolean includes(BigDecimal acrInLastMonth);
    }

    public PathRule {
        Objects.requireNonNull(customerBase, "customerBase");
    }

    /** Whether driving revenue can put a partner on the Enterprise path. */
    public boolean revenueDecides() {
        return drivingRevenueThresholdUsd != null;
    }
}
