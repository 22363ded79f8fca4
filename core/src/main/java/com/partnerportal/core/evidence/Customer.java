package com.partnerportal.core.evidence;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A customer with its eligible attributions and its monthly Azure consumed revenue (ACR) in USD;
 * a month without a figure counts as USD 0. Amounts keep their scale (1250.50 stays 1250.50);
 * one written with an exponent (1E+3) becomes a plain whole number.
 */
public record Customer(String id, Segment segment, Set<Attribution> attributions, SortedMap<YearMonth, BigDecimal> acr) {

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(segment, "segment");
        attributions = attributions.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(attributions));
        acr = Collections.unmodifiableSortedMap(copy(acr));
    }

    public Customer(String id, Segment segment, Set<Attribution> attributions, Map<YearMonth, BigDecimal> acr) {
        this(id, segment, attributions, new TreeMap<>(acr));
    }

    /**
     * The amounts in month order, each with a scale of at least 0. A map in natural month order whose amounts need no
     * change is copied as it is sorted (in linear time: the set-based recompute builds a million customers).
     */
    private static TreeMap<YearMonth, BigDecimal> copy(SortedMap<YearMonth, BigDecimal> acr) {
        boolean asItIs = acr.comparator() == null;
        for (Map.Entry<YearMonth, BigDecimal> entry : acr.entrySet()) {
            Objects.requireNonNull(entry.getKey(), "month");
            asItIs &= entry.getValue().scale() >= 0;
        }
        if (asItIs) {
            return new TreeMap<>(acr);
        }
        TreeMap<YearMonth, BigDecimal> amounts = new TreeMap<>();
        acr.forEach((month, usd) -> amounts.put(month, usd.scale() < 0 ? usd.setScale(0) : usd));
        return amounts;
    }

    /** Associated through at least one eligible attribution (PAL, DPOR or CSP): only then does it count. */
    public boolean attributed() {
        return !attributions.isEmpty();
    }

    /** The ACR of a month, USD 0 when the month has no figure. */
    public BigDecimal acrIn(YearMonth month) {
        return acr.getOrDefault(month, BigDecimal.ZERO);
    }
}
