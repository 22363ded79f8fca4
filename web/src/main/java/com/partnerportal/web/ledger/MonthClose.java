package com.partnerportal.web.ledger;

import java.time.Duration;
import java.time.YearMonth;

/** What one close did: the month frozen, how many partners were recorded, and how long it took. */
public record MonthClose(YearMonth month, int partners, Duration took) {
}
