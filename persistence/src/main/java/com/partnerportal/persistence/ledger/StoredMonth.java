package com.partnerportal.persistence.ledger;

import com.partnerportal.core.ledger.LedgerEntry;
import java.util.List;
import java.util.Objects;

/**
 * Every stored version of one (partner, month), oldest first, with the whole scorecard of the latest one as JSON
 * (core's {@code ScorecardJson}) — what a page showing that month needs, read in one statement.
 */
public record StoredMonth(List<LedgerEntry> versions, String latestScorecardJson) {

    public StoredMonth {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a stored month has at least one version");
        }
        Objects.requireNonNull(latestScorecardJson, "latestScorecardJson");
    }

    /** The version a page shows: the latest. */
    public LedgerEntry latest() {
        return versions.get(versions.size() - 1);
    }
}
