package com.partnerportal.persistence.ledger;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/** One close of the ledger: the month, when, by which node and trigger, and how many partners it recorded. */
public record ClosedMonth(YearMonth month, OffsetDateTime closedAt, String closedBy, int partners) {
}
