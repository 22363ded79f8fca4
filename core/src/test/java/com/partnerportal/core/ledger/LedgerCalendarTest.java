package com.partnerportal.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.ledger.LedgerCalendar.MonthStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerCalendarTest {

    @Test
    void the_open_month_is_the_month_before_todays() {
        assertThat(LedgerCalendar.openMonth(LocalDate.of(2026, 11, 29))).isEqualTo(YearMonth.of(2026, 10));
        assertThat(LedgerCalendar.openMonth(LocalDate.of(2026, 12, 1))).isEqualTo(YearMonth.of(2026, 11));
        assertThat(LedgerCalendar.openMonth(LocalDate.of(2027, 1, 1))).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void the_open_month_follows_utc_not_the_clocks_zone() {
        // 23:30 on 30 November in New York is already 1 December in UTC.
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T04:30:00Z"), ZoneId.of("America/New_York"));
        assertThat(LedgerCalendar.openMonth(clock)).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void months_before_the_open_one_are_closed_and_later_ones_not_complete() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertThat(LedgerCalendar.status(YearMonth.of(2026, 9), today)).isEqualTo(MonthStatus.CLOSED);
        assertThat(LedgerCalendar.status(YearMonth.of(2026, 10), today)).isEqualTo(MonthStatus.OPEN);
        assertThat(LedgerCalendar.status(YearMonth.of(2026, 11), today)).isEqualTo(MonthStatus.NOT_COMPLETE);
        assertThat(LedgerCalendar.status(YearMonth.of(2027, 1), today)).isEqualTo(MonthStatus.NOT_COMPLETE);
    }

    @Test
    void closes_every_month_missed_since_the_last_close_oldest_first() {
        assertThat(LedgerCalendar.monthsToClose(Optional.of(YearMonth.of(2026, 7)), YearMonth.of(2026, 11)))
                .containsExactly(YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10));
    }

    @Test
    void nothing_to_close_when_the_month_before_the_open_one_is_closed() {
        assertThat(LedgerCalendar.monthsToClose(Optional.of(YearMonth.of(2026, 9)), YearMonth.of(2026, 10)))
                .isEmpty();
    }

    @Test
    void a_new_ledger_closes_only_the_month_before_the_open_one() {
        assertThat(LedgerCalendar.monthsToClose(Optional.empty(), YearMonth.of(2026, 10)))
                .containsExactly(YearMonth.of(2026, 9));
    }

    @Test
    void closes_across_a_year_end() {
        assertThat(LedgerCalendar.monthsToClose(Optional.of(YearMonth.of(2026, 11)), YearMonth.of(2027, 2)))
                .containsExactly(YearMonth.of(2026, 12), YearMonth.of(2027, 1));
    }
}
