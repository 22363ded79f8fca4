package com.partnerportal.core.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a restatement: a program admin writes a new version of a closed month's scorecard, for one
 * partner or for all, with a reason. Open and incomplete months cannot be restated (the open month is kept
 * current anyway); the recorded version always stays.
 */
public final class Restatement {

    /** The longest reason kept (it is shown beside the month and in the audit trail). */
    public static final int MAX_REASON_LENGTH = 500;

    private Restatement() {
    }

    /** Everything wrong with restating {@code month} on {@code today} for {@code reason}; empty when it may be. */
    public static List<String> problems(YearMonth month, String reason, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (month == null) {
            problems.add("month: required (YYYY-MM)");
        } else if (LedgerCalendar.status(month, today) != LedgerCalendar.MonthStatus.CLOSED) {
            problems.add("month: only a closed month can be restated; the open month is "
                    + LedgerCalendar.openMonth(today) + " and is kept current without one");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("reason: required — say why the recorded scorecard is restated");
        } else if (reason.strip().length() > MAX_REASON_LENGTH) {
            problems.add("reason: at most " + MAX_REASON_LENGTH + " characters");
        }
        return List.copyOf(problems);
    }

    /** The version a restatement of a month with these stored versions gets. */
    public static int nextVersion(List<LedgerEntry> versions) {
        return versions.stream().mapToInt(LedgerEntry::version).max().orElse(1) + 1;
    }
}
