package com.partnerportal.web.designation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The day the designation lifecycle decides on: today in UTC, the calendar the score ledger keeps its months in.
 * One bean, so that a test can replace it (QuarkusMock) and walk the spec's dates.
 */
@ApplicationScoped
public class DesignationCalendar {

    private final Clock clock = Clock.systemUTC();

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
