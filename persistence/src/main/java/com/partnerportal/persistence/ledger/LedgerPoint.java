package com.partnerportal.persistence.ledger;

import com.partnerportal.core.ledger.LedgerEntry;
import java.util.List;

/** One stored version of a month in a partner's history, with the points of each metric in scorecard order. */
public record LedgerPoint(LedgerEntry entry, List<Integer> points) {

    public LedgerPoint {
        points = List.copyOf(points);
    }
}
