package com.partnerportal.persistence.query;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One-column answers of native queries, typed through records. Hibernate (7.2) never finds again the plan of a native
 * query whose result class is a basic type ({@code LocalDate.class}, {@code Long.class}, …): that result mapping has no
 * equality, so every call makes a new plan and adds one more key of the same hash to the query plan cache. Once the
 * cache is full (2,048 plans) every lookup of that statement walks the keys — 7.7 % of a dashboard's time on a portal
 * of 10,000 partners (docs/performance.md, "Query plans found again"). A record's mapping is found again
 * ({@code QueryPlansTest}, which also fails on any native query of the portal that asks for a basic type).
 */
public final class Scalars {

    private Scalars() {
    }

    /** A {@code count(*)}. */
    public record Count(long value) {
    }

    /** A date, null when the query found none (e.g. {@code max} over no rows). */
    public record Day(LocalDate value) {
    }

    /** A text: an id, a name, an address. */
    public record Text(String value) {
    }

    /** An amount. */
    public record Amount(BigDecimal value) {
    }

    /** A row's presence ({@code select 1 …}). */
    public record Found(int value) {
    }
}
