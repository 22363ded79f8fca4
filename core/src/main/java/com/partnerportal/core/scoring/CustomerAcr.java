package com.partnerportal.core.scoring;

import com.partnerportal.core.evidence.Customer;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/** The ACR figures of one customer that the rules look at, read once per score. */
record CustomerAcr(
        Customer customer,
        BigDecimal monthBeforeLastYear,
        BigDecimal sameMonthLastYear,
        BigDecimal previousMonth,
        BigDecimal lastMonth,
        BigDecimal ttm) {

    /** One pass over the months M-13 … M of the customer's ACR. */
    static CustomerAcr of(Customer customer, ScoringWindow window) {
        YearMonth asOf = window.lastMonth();
        int last = index(asOf);
        BigDecimal m13 = BigDecimal.ZERO;
        BigDecimal m12 = BigDecimal.ZERO;
        BigDecimal m1 = BigDecimal.ZERO;
        BigDecimal m = BigDecimal.ZERO;
        BigDecimal ttm = BigDecimal.ZERO;
        for (Map.Entry<YearMonth, BigDecimal> entry
                : customer.acr().subMap(window.monthBeforeLastYear(), asOf.plusMonths(1)).entrySet()) {
            int monthsBack = last - index(entry.getKey());
            BigDecimal amount = entry.getValue();
            switch (monthsBack) {
                case 13 -> m13 = amount;
                case 12 -> m12 = amount;
                case 1 -> m1 = amount;
                case 0 -> m = amount;
                default -> {
                    // M-11 … M-2: only the TTM sum
                }
            }
            if (monthsBack <= 11) {
                ttm = ttm.add(amount);
            }
        }
        return new CustomerAcr(customer, m13, m12, m1, m, ttm);
    }

    private static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue();
    }

    boolean attributed() {
        return customer.attributed();
    }
}
