package com.partnerportal.core.lifecycle;

import static com.partnerportal.core.lifecycle.LifecycleFixture.day;
import static com.partnerportal.core.lifecycle.LifecycleFixture.partner;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.lifecycle.Decision.Reason;
import com.partnerportal.core.lifecycle.DesignationStatus.State;
import com.partnerportal.core.lifecycle.Transition.Lapsed;
import com.partnerportal.core.lifecycle.Transition.Renewed;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The worked example of ../shared/spec/designation-lifecycle.md, step by step. The example does not
 * say when the partner enrolled; here it enrolled on 2026-03-05 with 2026-02, the example's only
 * qualifying month (the window of 2026-03-05 is 2025-09 … 2026-02).
 */
class DesignationLifecycleWorkedExampleTest {

    /** Anniversary 2026-07-01; 2026-01 62, 2026-02 71 (attained, SMB path), 2026-03 68, 2026-04 66, 2026-05 64. */
    private static LifecycleFixture theExample() {
        return partner().anniversary("2026-07-01")
                .misses("2026-01", 62).qualifies("2026-02", 71).misses("2026-03", 68).misses("2026-04", 66)
                .misses("2026-05", 64)
                .enrols("2026-03-05");
    }

    @Test
    void on_2026_06_10_the_window_is_2025_12_to_2026_05_and_the_partner_may_renew_on_the_smb_track() {
        DesignationLifecycle lifecycle = theExample().build();
        DesignationStatus status = lifecycle.statusOn(day("2026-06-10"));

        assertThat(status.window().open()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(status.window().span()).isEqualTo("2025-12 … 2026-05");
        assertThat(status.window().qualifying()).extracting(RecordedMonth::month).containsExactly(YearMonth.of(2026, 2));
        assertThat(status.renewalDaysFrom()).isEqualTo(day("2026-06-01"));
        assertThat(status.renewalDaysUntil()).isEqualTo(day("2026-06-30"));
        assertThat(status.inRenewalDays()).isTrue();
        assertThat(status.renewalAtRisk()).isFalse();

        Decision renew = lifecycle.mayRenew(day("2026-06-10"));
        assertThat(renew.allowed()).isTrue();
        assertThat(renew.transition()).isEqualTo(new Renewed(day("2026-06-10"), YearMonth.of(2026, 2), 71, Track.SMB));
    }

    @Test
    void renewed_on_2026_06_10_it_holds_the_designation_on_the_smb_track_for_the_year_from_2026_07_01() {
        DesignationStatus status = theExample().renews("2026-06-10").on("2026-07-02");

        assertThat(status.state()).isEqualTo(State.RENEWED);
        assertThat(status.year().from()).isEqualTo(day("2026-07-01"));
        assertThat(status.year().until()).isEqualTo(day("2027-07-01"));
        assertThat(status.year().track()).isEqualTo(Track.SMB);
    }

    @Test
    void had_it_waited_until_2026_07_02_it_would_have_lapsed_on_2026_07_01() {
        DesignationLifecycle lifecycle = theExample().build();

        DesignationStatus status = lifecycle.statusOn(day("2026-07-02"));
        assertThat(status.state()).isEqualTo(State.LAPSED);
        assertThat(status.lapsedOn()).isEqualTo(day("2026-07-01"));
        assertThat(lifecycle.mayRenew(day("2026-07-02")).reason()).isEqualTo(Reason.LAPSED);
        assertThat(lifecycle.lapsesDue(day("2026-07-02"))).containsExactly(new Lapsed(day("2026-07-01")));
    }

    @Test
    void on_2026_08_05_it_could_enrol_again_since_2026_02_is_still_inside_the_window() {
        DesignationLifecycle lifecycle = theExample().lapseJobRuns("2026-07-01").build();

        assertThat(lifecycle.window(day("2026-08-05")).span()).isEqualTo("2026-02 … 2026-07");
        Decision enrol = lifecycle.mayEnrol(day("2026-08-05"));
        assertThat(enrol.allowed()).isTrue();
        assertThat(enrol.transition()).isEqualTo(
                new Transition.Enrolled(day("2026-08-05"), YearMonth.of(2026, 2), 71, Track.SMB));
    }

    @Test
    void on_2026_09_05_it_could_not_unless_a_later_month_qualified() {
        LifecycleFixture lapsed = theExample().lapseJobRuns("2026-07-01");

        assertThat(lapsed.build().window(day("2026-09-05")).span()).isEqualTo("2026-03 … 2026-08");
        Decision enrol = lapsed.build().mayEnrol(day("2026-09-05"));
        assertThat(enrol.allowed()).isFalse();
        assertThat(enrol.reason()).isEqualTo(Reason.NOT_QUALIFIED_IN_WINDOW);

        assertThat(lapsed.qualifies("2026-08", 74).build().mayEnrol(day("2026-09-05")).allowed()).isTrue();
    }
}
