package com.partnerportal.core.ledger;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One stored version of a partner's scorecard for an as-of month. Version 1 is the open month's scorecard
 * and, once the month closes, the recorded one; each restatement adds the next version.
 *
 * @param computedAt when these figures were computed
 * @param recordedAt when this version was frozen (the close, or the restatement); null while open
 * @param recordedBy who froze it: the close that recorded it, or the program admin who restated it
 * @param reason why a restatement was made; null otherwise
 */
public record LedgerEntry(String partnerId, YearMonth month, int version, LedgerState state, String ruleSetId,
        int total, boolean attained, OffsetDateTime computedAt, OffsetDateTime recordedAt, String recordedBy,
        String reason) {

    public LedgerEntry {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(state, "state");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
        if ((state == LedgerState.RESTATED) != (version > 1)) {
            throw new IllegalArgumentException("versions after the first are restatements: " + state + " v" + version);
        }
        if ((state == LedgerState.OPEN) != (recordedAt == null)) {
            throw new IllegalArgumentException("only the open version is unrecorded: " + state);
        }
    }

    public boolean frozen() {
        return state != LedgerState.OPEN;
    }
}
