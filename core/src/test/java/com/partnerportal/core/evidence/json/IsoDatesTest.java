package com.partnerportal.core.evidence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

    @Test
    void everyDayOfTwoCenturiesReadsAsLocalDateParseReadsIt() {
        for (LocalDate day = LocalDate.of(1950, 1, 1); day.isBefore(LocalDate.of(2150, 1, 1)); day = day.plusDays(1)) {
            assertThat(IsoDates.date(day.toString())).isEqualTo(day);
        }
        for (YearMonth month = YearMonth.of(1, 1); month.isBefore(YearMonth.of(9999, 12)); month = month.plusMonths(1)) {
            assertThat(IsoDates.month(month.toString())).isEqualTo(month);
        }
    }

    @Test
    void whatTheParsersRefuseIsRefusedAndWhatTheyAcceptIsAccepted() {
        for (String text : List.of("2026-02-30", "2026-13-01", "2026-00-10", "2026-1-01", "2026/01/01", "26-01-01",
                "2026-01-1x", "２０２６-01-01", "", "2026-01-01 ", "-2026-01-01")) {
            assertSameOutcome(text);
        }
        for (String text : List.of("+12026-01-01", "0000-01-01", "2024-02-29", "2023-02-29")) {
            assertSameOutcome(text);
        }
        for (String text : List.of("2026-13", "2026-00", "2026-1", "2026/01", "2026-01 ", "+12026-01", "0000-12", "x")) {
            Object expected = outcome(() -> YearMonth.parse(text));
            assertThat(outcome(() -> IsoDates.month(text))).as(text).isEqualTo(expected);
        }
        assertThatThrownBy(() -> IsoDates.date("2026-02-30")).isInstanceOf(DateTimeException.class);
    }

    private static void assertSameOutcome(String text) {
        Object expected = outcome(() -> LocalDate.parse(text));
        assertThat(outcome(() -> IsoDates.date(text))).as(text).isEqualTo(expected);
    }

    /** The value, or "refused" when the parse throws DateTimeException. */
    private static Object outcome(java.util.function.Supplier<?> parse) {
        try {
            return parse.get();
        } catch (DateTimeException e) {
            return "refused";
        }
    }
}
