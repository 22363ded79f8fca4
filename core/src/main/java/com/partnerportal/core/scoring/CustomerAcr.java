package com.partnerportal.core.scoring;

import com.partnerportal.core.evidence.AcrWindow;
import com.partnerportal.core.evidence.Customer;
import java.math.BigDecimal;

/**
 * The ACR figures of one customer that the rules look at, read once per score: from its months, or the figures the
 * database summed for the set-based recompute ({@link Customer#summed}; refused when summed for another month).
 */
record CustomerAcr(Customer customer, AcrWindow figures) {

    static CustomerAcr of(Customer customer, ScoringWindow window) {
        return new CustomerAcr(customer, customer.acrAsOf(window.lastMonth()));
    }

    BigDecimal monthBeforeLastYear() {
        return figures.monthBeforeLastYear();
    }

    BigDecimal sameMonthLastYear() {
        return figures.sameMonthLastYear();
    }

    BigDecimal previousMonth() {
        return figures.previousMonth();
    }

    BigDecimal lastMonth() {
        return figures.lastMonth();
    }

    BigDecimal ttm() {
        return figures.ttm();
    }

    boolean attributed() {
        return customer.attributed();
    }
}
