package com.partnerportal.persistence.ledger;

import com.partnerportal.core.ledger.LedgerEntry;

/** One stored version of a scorecard with the whole scorecard as JSON (core's {@code ScorecardJson}). */
public record StoredScorecard(LedgerEntry entry, String scorecardJson) {
}
