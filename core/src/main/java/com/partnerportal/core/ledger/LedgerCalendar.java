package com.partnerportal.core.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which as-of months are open and which are closed. On any day the <em>open</em> month is the calendar month
 * before today's (UTC): the most recent complete month, M in the scoring rules. Every earlier month is
 * closed: its scorecard was recorded when the month after it ended and never changes by itself.
 */
public final class LedgerCalendar {

    private LedgerCalendar() {
    }

    /** The open as-of month on {@code today}. */
    public static YearMonth openMonth(LocalDate today) {
        return YearMonth.from(today).minusMonths(1);
    }

    /** The open as-of month at the clock's instant, in UTC. */
    public static YearMonth openMonth(Clock clock) {
        return openMonth(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** What a month is on {@code today}: closed (before the open month), open, or not yet complete. */
    public static MonthStatus status(YearMonth month, LocalDate today) {
        int order = month.compareTo(openMonth(today));
        return order < 0 ? MonthStatus.CLOSED : order == 0 ? MonthStatus.OPEN : MonthStatus.NOT_COMPLETE;
    }

    /**
     * The months to close, oldest first, so that every month before the open one is closed: each month after
     * the last closed one up to the month before {@code open}. With no close ever made, only the month just
     * before the open one (older history is not recorded by a new ledger; it is shown as computed).
     */
    public static List<YearMonth> monthsToClose(Optional<YearMonth> lastClosed, YearMonth open) {
        YearMonth newest = open.minusMonths(1);
        YearMonth from = lastClosed.map(last -> last.plusMonths(1)).orElse(newest);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(newest); month = month.plusMonths(1)) {
            months.add(month);
        }
        return List.copyOf(months);
    }

    /** An as-of month as the ledger sees it on a given day. */
    public enum MonthStatus {
        /** Recorded at its close; changes only by a restatement. */
        CLOSED,
        /** The most recent complete month: kept current by every write that changes evidence. */
        OPEN,
        /** Today's month or later: not complete, never stored, computed from current data when asked. */
        NOT_COMPLETE
    }
}
