package com.partnerportal.web.support;

import java.math.BigDecimal;

/** The limits the portal's input must keep, each defined once: the database's columns hold no more. */
public final class Limits {

    /** The largest amount a {@code numeric(14,2)} column holds: ACR months, the simulator's amounts. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private Limits() {
    }
}
