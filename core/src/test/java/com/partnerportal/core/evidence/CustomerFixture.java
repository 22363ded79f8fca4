package com.partnerportal.core.evidence;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeMap;

/** Builds a customer for tests: an SMB customer attributed through PAL with no ACR, unless told otherwise. */
public final class CustomerFixture {

    private final String id;
    private Segment segment = Segment.SMB;
    private Set<Attribution> attributions = EnumSet.of(Attribution.PAL);
    private final TreeMap<YearMonth, BigDecimal> acr = new TreeMap<>();

    private CustomerFixture(String id) {
        this.id = id;
    }

    public static CustomerFixture customer(String id) {
        return new CustomerFixture(id);
    }

    public CustomerFixture segment(Segment segment) {
        this.segment = segment;
        return this;
    }

    public CustomerFixture enterprise() {
        return segment(Segment.ENTERPRISE);
    }

    public CustomerFixture attributions(Attribution... attributions) {
        this.attributions = attributions.length == 0 ? Set.of() : EnumSet.of(attributions[0], attributions);
        return this;
    }

    public CustomerFixture unattributed() {
        this.attributions = Set.of();
        return this;
    }

    /** ACR in a month, e.g. {@code acr("2024-03", "1250.50")}. */
    public CustomerFixture acr(String month, String usd) {
        acr.put(YearMonth.parse(month), new BigDecimal(usd));
        return this;
    }

    public Customer build() {
        return new Customer(id, segment, attributions, acr);
    }
}
