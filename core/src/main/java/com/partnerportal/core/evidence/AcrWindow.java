package com.partnerportal.core.evidence;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * A customer's ACR figures as the rules read them for a score as of month M (scoring-rules.md, "Time"): the baseline
 * months M-13 and M-12, the last two months M-1 and M, and the trailing-twelve-months sum M-11 … M. A month without a
 * figure is USD 0 ({@link BigDecimal#ZERO}, scale 0); a month's figure keeps its scale, and the TTM sum is
 * {@code ZERO.add(…)} of its months in month order, so its scale is the largest of theirs (0 when it has none) —
 * exactly what {@link #of} gives for a month map, whoever summed the figures.
 */
public record AcrWindow(
        YearMonth asOf,
        BigDecimal monthBeforeLastYear,
        BigDecimal sameMonthLastYear,
        BigDecimal previousMonth,
        BigDecimal lastMonth,
        BigDecimal ttm) {

    public AcrWindow {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(monthBeforeLastYear, "monthBeforeLastYear");
        Objects.requireNonNull(sameMonthLastYear, "sameMonthLastYear");
        Objects.requireNonNull(previousMonth, "previousMonth");
        Objects.requireNonNull(lastMonth, "lastMonth");
        Objects.requireNonNull(ttm, "ttm");
    }

    /** M-13, the first month a score as of {@code asOf} reads (the first baseline month). */
    public static YearMonth firstMonth(YearMonth asOf) {
        return asOf.minusMonths(13);
    }

    /** M-11, the first month of the trailing twelve months. */
    public static YearMonth firstTtmMonth(YearMonth asOf) {
        return asOf.minusMonths(11);
    }

    /** The figures of a month map (months in natural order) as of {@code asOf}: one pass over M-13 … M. */
    public static AcrWindow of(SortedMap<YearMonth, BigDecimal> acr, YearMonth asOf) {
        int last = index(asOf);
        BigDecimal m13 = BigDecimal.ZERO;
        BigDecimal m12 = BigDecimal.ZERO;
        BigDecimal m1 = BigDecimal.ZERO;
        BigDecimal m = BigDecimal.ZERO;
        BigDecimal ttm = BigDecimal.ZERO;
        for (Map.Entry<YearMonth, BigDecimal> entry : acr.subMap(firstMonth(asOf), asOf.plusMonths(1)).entrySet()) {
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
        return new AcrWindow(asOf, m13, m12, m1, m, ttm);
    }

    private static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue();
    }
}
