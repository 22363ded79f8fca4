package com.partnerportal.core.ledger;

/** What one stored version of a (partner, month) scorecard is. */
public enum LedgerState {
    /** The open month's scorecard (version 1), rewritten by every write that changes the partner's evidence. */
    OPEN,
    /** Frozen at the month's close (version 1). Never changes. */
    RECORDED,
    /** A later version written by a program admin's restatement, with its reason. Never changes. */
    RESTATED
}
