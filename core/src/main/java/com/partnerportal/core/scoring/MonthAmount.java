package com.partnerportal.core.scoring;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/** The ACR of one month, in USD. */
public record MonthAmount(YearMonth month, BigDecimal usd) {

    public MonthAmount {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(usd, "usd");
    }

    @Override
    public String toString() {
        return month + ": " + Texts.usd(usd);
    }
}
