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
 *
 * <p>A customer carries either its months ({@link #acr()}: evidence files, the pages, the what-if simulator) or —
 * built by {@link #summed} for the set-based recompute, which reads a million customers — only the figures a score as
 * of one month reads ({@link #summedAcr()}, already summed by the database). Such a customer has no months:
 * {@link #acr()} and {@link #acrIn} refuse it rather than answer as if its months were USD 0, and so does everything
 * that needs the months (writing it to an evidence file, what-if changes of its ACR).
 *
 * @param summedAcr the figures as of one month when the customer was built by {@link #summed}; {@code null} when it
 *        carries its months
 */
public record Customer(String id, Segment segment, Set<Attribution> attributions, SortedMap<YearMonth, BigDecimal> acr,
        AcrWindow summedAcr) {

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(segment, "segment");
        attributions = attributions.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(attributions));
        if (summedAcr != null && !acr.isEmpty()) {
            throw new IllegalArgumentException("customer " + id + ": months and summed ACR figures at once");
        }
        acr = Collections.unmodifiableSortedMap(copy(acr));
    }

    public Customer(String id, Segment segment, Set<Attribution> attributions, SortedMap<YearMonth, BigDecimal> acr) {
        this(id, segment, attributions, acr, null);
    }

    public Customer(String id, Segment segment, Set<Attribution> attributions, Map<YearMonth, BigDecimal> acr) {
        this(id, segment, attributions, new TreeMap<>(acr), null);
    }

    /**
     * A customer that carries only its ACR figures as of {@code figures.asOf()}, as the rules read them, without its
     * months: it can be scored as of that month only ({@link #acrAsOf}).
     */
    public static Customer summed(String id, Segment segment, Set<Attribution> attributions, AcrWindow figures) {
        return new Customer(id, segment, attributions, new TreeMap<>(),
                Objects.requireNonNull(figures, "figures"));
    }

    /** Whether this customer carries summed figures instead of its months ({@link #summed}). */
    public boolean isSummed() {
        return summedAcr != null;
    }

    /**
     * The ACR by month. Refused for a {@link #summed} customer, which has no months: its figures are
     * {@link #summedAcr()}.
     */
    @Override
    public SortedMap<YearMonth, BigDecimal> acr() {
        if (summedAcr != null) {
            throw new IllegalStateException("customer " + id + " carries its ACR summed as of " + summedAcr.asOf()
                    + ", not its months");
        }
        return acr;
    }

    /**
     * The ACR figures a score as of {@code asOf} reads: from the months, or the summed figures — which must be as of
     * that very month (figures summed for another month would score wrong, so they are refused).
     */
    public AcrWindow acrAsOf(YearMonth asOf) {
        if (summedAcr == null) {
            return AcrWindow.of(acr, asOf);
        }
        if (!summedAcr.asOf().equals(asOf)) {
            throw new IllegalStateException("customer " + id + " carries its ACR summed as of " + summedAcr.asOf()
                    + ", not as of " + asOf);
        }
        return summedAcr;
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
        return acr().getOrDefault(month, BigDecimal.ZERO);
    }
}
