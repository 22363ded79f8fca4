package com.partnerportal.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.core.ledger.MonthStanding.Kind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthStandingTest {

    static final YearMonth AUGUST = YearMonth.of(2026, 8);

    static OffsetDateTime at(int month, int day) {
        return OffsetDateTime.of(2026, month, day, 0, 5, 0, 0, ZoneOffset.UTC);
    }

    static LedgerEntry recorded(int total) {
        return new LedgerEntry("P-1", AUGUST, 1, LedgerState.RECORDED, "R", total, total >= 70, at(9, 1), at(9, 1),
                "month close", null);
    }

    static LedgerEntry restated(int version, int total, int day, String reason) {
        return new LedgerEntry("P-1", AUGUST, version, LedgerState.RESTATED, "R", total, total >= 70, at(10, day),
                at(10, day), "omar", reason);
    }

    @Test
    void a_month_without_a_stored_scorecard_is_labelled_computed_never_recorded() {
        MonthStanding standing = MonthStanding.of(AUGUST, List.of());
        assertThat(standing.kind()).isEqualTo(Kind.COMPUTED);
        assertThat(standing.stored()).isFalse();
        assertThat(standing.label()).isEqualTo("computed from current data, not recorded");
    }

    @Test
    void a_recorded_month_says_when_it_was_recorded() {
        MonthStanding standing = MonthStanding.of(AUGUST, List.of(recorded(64)));
        assertThat(standing.kind()).isEqualTo(Kind.RECORDED);
        assertThat(standing.shown()).hasValueSatisfying(entry -> assertThat(entry.total()).isEqualTo(64));
        assertThat(standing.label()).isEqualTo("recorded 2026-09-01");
    }

    @Test
    void a_restated_month_shows_the_latest_version_and_keeps_the_recorded_one() {
        MonthStanding standing = MonthStanding.of(AUGUST,
                List.of(restated(3, 75, 20, "second fix"), recorded(64), restated(2, 72, 14, "corrected ACR import #512")));
        assertThat(standing.kind()).isEqualTo(Kind.RESTATED);
        assertThat(standing.restated()).isTrue();
        assertThat(standing.shown().orElseThrow().total()).isEqualTo(75);
        assertThat(standing.recorded().orElseThrow().total()).isEqualTo(64);
        assertThat(standing.versions()).extracting(LedgerEntry::version).containsExactly(1, 2, 3);
        assertThat(standing.label()).isEqualTo("recorded 2026-09-01, restated 2026-10-20: second fix");
    }

    @Test
    void the_open_month_is_labelled_as_kept_current() {
        LedgerEntry open = new LedgerEntry("P-1", AUGUST, 1, LedgerState.OPEN, "R", 50, false, at(9, 3), null, null,
                null);
        MonthStanding standing = MonthStanding.of(AUGUST, List.of(open));
        assertThat(standing.kind()).isEqualTo(Kind.OPEN);
        assertThat(standing.label()).startsWith("open month").contains("2026-09-03");
    }

    @Test
    void entries_keep_their_invariants() {
        assertThatThrownBy(() -> new LedgerEntry("P-1", AUGUST, 2, LedgerState.RECORDED, "R", 1, false, at(9, 1),
                at(9, 1), "x", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LedgerEntry("P-1", AUGUST, 1, LedgerState.OPEN, "R", 1, false, at(9, 1),
                at(9, 1), "x", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LedgerEntry("P-1", AUGUST, 0, LedgerState.OPEN, "R", 1, false, at(9, 1),
                null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
