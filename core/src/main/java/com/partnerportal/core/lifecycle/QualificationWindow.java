package com.partnerportal.core.lifecycle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The qualification window of a day (spec "Terms"): the day's open as-of month — the calendar month
 * before the day's — and the five as-of months before it, oldest first, each with its recorded month
 * when there is one. A month without a record does not qualify.
 */
public record QualificationWindow(LocalDate day, List<WindowMonth> months) {

    /** Months in a window: the open month and the five before it. */
    public static final int MONTHS = 6;

    public QualificationWindow {
        Objects.requireNonNull(day, "day");
        months = List.copyOf(months);
    }

    /** One month of the window and its record ({@code null} when the month has none). */
    public record WindowMonth(YearMonth month, RecordedMonth recorded) {

        public WindowMonth {
            Objects.requireNonNull(month, "month");
        }

        public boolean qualifies() {
            return recorded != null && recorded.qualifies();
        }
    }

    /** The open as-of month of a day: the calendar month before it (the most recent complete month). */
    public static YearMonth openMonth(LocalDate day) {
        return YearMonth.from(day).minusMonths(1);
    }

    /** The six months of a day's window, oldest first. */
    public static List<YearMonth> monthsOf(LocalDate day) {
        YearMonth open = openMonth(day);
        List<YearMonth> months = new ArrayList<>(MONTHS);
        for (int back = MONTHS - 1; back >= 0; back--) {
            months.add(open.minusMonths(back));
        }
        return months;
    }

    public YearMonth first() {
        return months.get(0).month();
    }

    public YearMonth open() {
        return months.get(months.size() - 1).month();
    }

    /** The months that qualify, oldest first. */
    public List<RecordedMonth> qualifying() {
        return months.stream().filter(WindowMonth::qualifies).map(WindowMonth::recorded).toList();
    }

    public boolean qualifies() {
        return months.stream().anyMatch(WindowMonth::qualifies);
    }

    /** The most recent qualifying month: the one an enrolment or renewal records. */
    public Optional<RecordedMonth> latestQualifying() {
        List<RecordedMonth> qualifying = qualifying();
        return qualifying.isEmpty() ? Optional.empty() : Optional.of(qualifying.get(qualifying.size() - 1));
    }

    /** SMB when a qualifying month of the window was scored on the SMB path, otherwise Enterprise. */
    public Track track() {
        return qualifying().stream().anyMatch(month -> month.path() == Track.SMB) ? Track.SMB : Track.ENTERPRISE;
    }

    /** "2025-12 … 2026-05". */
    public String span() {
        return first() + " … " + open();
    }
}
