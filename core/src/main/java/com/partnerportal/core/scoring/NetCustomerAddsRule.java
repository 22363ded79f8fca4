package com.partnerportal.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A rule set's net customer adds: the threshold T on each path, and what makes a customer new — USD 0 in both
 * baseline months (the 2024 guide) or below T in both (the 2026 rules).
 */
public record NetCustomerAddsRule(BigDecimal smbThresholdUsd, BigDecimal enterpriseThresholdUsd, NewCustomer newCustomer) {

    /** What the baseline months of a customer that counts +1 must show. */
    public enum NewCustomer {
        /** USD 0 in both baseline months: any ACR there, even below T, means the customer is not new. */
        ZERO_IN_BASELINE {
            @Override
            public boolean baselineAllowsNew(BigDecimal monthBeforeLastYear, BigDecimal sameMonthLastYear, BigDecimal threshold) {
                return monthBeforeLastYear.signum() == 0 && sameMonthLastYear.signum() == 0;
            }

            @Override
            public String baselineCondition(String threshold) {
                return "USD 0";
            }
        },
        /** Below T in both baseline months: a small baseline no longer prevents the +1. */
        BELOW_THRESHOLD_IN_BASELINE {
            @Override
            public boolean baselineAllowsNew(BigDecimal monthBeforeLastYear, BigDecimal sameMonthLastYear, BigDecimal threshold) {
                return monthBeforeLastYear.compareTo(threshold) < 0 && sameMonthLastYear.compareTo(threshold) < 0;
            }

            @Override
            public String baselineCondition(String threshold) {
                return "below " + threshold;
            }
        };

        /** Whether a customer with these baseline ACRs counts +1 once it reaches T in a last month. */
        public abstract boolean baselineAllowsNew(BigDecimal monthBeforeLastYear, BigDecimal sameMonthLastYear,
                BigDecimal threshold);

        /** What the baseline months must show, in words: "USD 0", "below USD 500". */
        public abstract String baselineCondition(String threshold);
    }

    public NetCustomerAddsRule {
        Objects.requireNonNull(smbThresholdUsd, "smbThresholdUsd");
        Objects.requireNonNull(enterpriseThresholdUsd, "enterpriseThresholdUsd");
        Objects.requireNonNull(newCustomer, "newCustomer");
    }

    /** The monthly ACR a customer must reach ("at or above the threshold") on a path. */
    public BigDecimal threshold(Path path) {
        return path == Path.ENTERPRISE ? enterpriseThresholdUsd : smbThresholdUsd;
    }
}
