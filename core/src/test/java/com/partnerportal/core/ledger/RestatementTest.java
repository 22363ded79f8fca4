package com.partnerportal.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestatementTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void a_closed_month_with_a_reason_may_be_restated() {
        assertThat(Restatement.problems(YearMonth.of(2026, 9), "corrected ACR import #512", TODAY)).isEmpty();
    }

    @Test
    void the_open_month_and_later_months_may_not() {
        assertThat(Restatement.problems(YearMonth.of(2026, 10), "x", TODAY))
                .containsExactly("month: only a closed month can be restated; the open month is 2026-10 and is kept current without one");
        assertThat(Restatement.problems(YearMonth.of(2026, 12), "x", TODAY)).hasSize(1);
    }

    @Test
    void a_reason_is_required_and_bounded() {
        assertThat(Restatement.problems(YearMonth.of(2026, 9), "  ", TODAY)).singleElement().asString()
                .startsWith("reason: required");
        assertThat(Restatement.problems(YearMonth.of(2026, 9), "x".repeat(501), TODAY))
                .containsExactly("reason: at most 500 characters");
        assertThat(Restatement.problems(null, null, TODAY)).hasSize(2);
    }

    @Test
    void a_restatement_takes_the_next_version() {
        assertThat(Restatement.nextVersion(List.of(MonthStandingTest.recorded(60)))).isEqualTo(2);
        assertThat(Restatement.nextVersion(List.of(MonthStandingTest.recorded(60),
                MonthStandingTest.restated(2, 61, 3, "r")))).isEqualTo(3);
        assertThat(Restatement.nextVersion(List.of())).isEqualTo(2);
    }
}
