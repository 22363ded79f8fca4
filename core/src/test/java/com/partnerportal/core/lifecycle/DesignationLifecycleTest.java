package com.partnerportal.core.lifecycle;

import static com.partnerportal.core.lifecycle.LifecycleFixture.day;
import static com.partnerportal.core.lifecycle.LifecycleFixture.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.partnerportal.core.lifecycle.Decision.Reason;
import com.partnerportal.core.lifecycle.DesignationStatus.State;
import com.partnerportal.core.lifecycle.QualificationWindow.WindowMonth;
import com.partnerportal.core.lifecycle.Transition.AnniversaryCorrected;
import com.partnerportal.core.lifecycle.Transition.BenefitsActivated;
import com.partnerportal.core.lifecycle.Transition.Enrolled;
import com.partnerportal.core.lifecycle.Transition.Lapsed;
import com.partnerportal.core.lifecycle.Transition.Renewed;
import com.partnerportal.core.program.Benefits;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test per rule of ../shared/spec/designation-lifecycle.md; the worked example has its own class. */
class DesignationLifecycleTest {

    /** A partner with anniversary 2026-07-01 that qualified on the SMB path in 2026-02 (the window of March). */
    private static LifecycleFixture qualifiedInFebruary() {
        return partner().anniversary("2026-07-01").qualifies("2026-02", 71);
    }

    /** … and enrolled on 2026-03-10. */
    private static LifecycleFixture enrolledInMarch() {
        return qualifiedInFebruary().enrols("2026-03-10");
    }

    private static YearMonth month(String month) {
        return YearMonth.parse(month);
    }

    @Nested
    class TheQualificationWindow {

        @Test
        void the_open_month_of_a_day_is_the_calendar_month_before_it() {
            assertThat(QualificationWindow.openMonth(day("2026-06-10"))).isEqualTo(month("2026-05"));
            assertThat(QualificationWindow.openMonth(day("2026-06-30"))).isEqualTo(month("2026-05"));
            assertThat(QualificationWindow.openMonth(day("2026-01-01"))).isEqualTo(month("2025-12"));
        }

        @Test
        void the_window_of_a_day_is_its_open_month_and_the_five_months_before_it() {
            assertThat(QualificationWindow.monthsOf(day("2026-02-15"))).containsExactly(month("2025-08"),
                    month("2025-09"), month("2025-10"), month("2025-11"), month("2025-12"), month("2026-01"));
            assertThat(partner().build().window(day("2026-02-15")).span()).isEqualTo("2025-08 … 2026-01");
        }

        @Test
        void the_window_marks_the_months_that_qualify_and_a_month_without_a_record_does_not() {
            QualificationWindow window = partner().qualifies("2026-02", 71).misses("2026-03", 68)
                    .misses("2026-05", 75).build().window(day("2026-06-10"));

            assertThat(window.months()).extracting(WindowMonth::month, WindowMonth::qualifies).containsExactly(
                    tuple(month("2025-12"), false),
                    tuple(month("2026-01"), false),
                    tuple(month("2026-02"), true),
                    tuple(month("2026-03"), false),
                    tuple(month("2026-04"), false),
                    tuple(month("2026-05"), false));
            assertThat(window.months().get(4).recorded()).isNull();
        }
    }

    @Nested
    class Enrolment {

        @Test
        void a_partner_that_qualifies_in_a_month_of_the_window_may_enrol_and_the_enrolment_records_day_month_score_and_track() {
            Decision decision = qualifiedInFebruary().build().mayEnrol(day("2026-03-10"));

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.transition()).isEqualTo(new Enrolled(day("2026-03-10"), month("2026-02"), 71, Track.SMB));
            assertThat(decision.message()).isEqualTo("May enrol: 2026-02 qualifies (71 points); track SMB.");
        }

        @Test
        void the_enrolment_records_the_latest_qualifying_month_of_the_window() {
            Decision decision = partner().qualifies("2026-01", 80).qualifies("2026-02", 72).misses("2026-03", 50)
                    .build().mayEnrol(day("2026-04-02"));

            assertThat(decision.transition()).isEqualTo(new Enrolled(day("2026-04-02"), month("2026-02"), 72, Track.SMB));
        }

        @Test
        void enrolment_is_refused_with_the_reason_when_no_month_of_the_window_qualifies() {
            // 69 points, and 75 points without a point in every metric, do not qualify
            Decision decision = partner().misses("2026-01", 75).misses("2026-02", 69).build().mayEnrol(day("2026-03-10"));

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason()).isEqualTo(Reason.NOT_QUALIFIED_IN_WINDOW);
            assertThat(decision.transition()).isNull();
            assertThat(decision.message()).isEqualTo("No month of the qualification window 2025-09 … 2026-02 qualifies"
                    + " (at least 70 points with a point in every metric).");
        }

        @Test
        void a_qualifying_month_counts_while_it_is_one_of_the_six_months_and_not_after() {
            LifecycleFixture qualifiedInSeptember = partner().qualifies("2025-09", 70);

            assertThat(qualifiedInSeptember.build().mayEnrol(day("2026-03-31")).allowed()).isTrue();
            assertThat(qualifiedInSeptember.build().mayEnrol(day("2026-04-01")).reason())
                    .isEqualTo(Reason.NOT_QUALIFIED_IN_WINDOW);
        }

        @Test
        void the_calendar_month_of_the_day_is_not_yet_in_its_window() {
            LifecycleFixture qualifiedInMarch = partner().qualifies("2026-03", 90);

            assertThat(qualifiedInMarch.build().mayEnrol(day("2026-03-31")).reason())
                    .isEqualTo(Reason.NOT_QUALIFIED_IN_WINDOW);
            assertThat(qualifiedInMarch.build().mayEnrol(day("2026-04-01")).allowed()).isTrue();
        }

        @Test
        void the_track_is_smb_when_the_partner_qualified_on_the_smb_path_in_any_month_of_the_window() {
            Decision decision = partner().qualifies("2025-11", 71).qualifiesOnEnterprise("2026-01", 80)
                    .qualifiesOnEnterprise("2026-02", 75).build().mayEnrol(day("2026-03-10"));

            assertThat(decision.transition()).isEqualTo(new Enrolled(day("2026-03-10"), month("2026-02"), 75, Track.SMB));
        }

        @Test
        void the_track_is_enterprise_when_every_qualifying_month_of_the_window_was_on_the_enterprise_path() {
            // a month on the SMB path that does not qualify does not make the track SMB
            Decision decision = partner().misses("2026-01", 65).qualifiesOnEnterprise("2026-02", 75).build()
                    .mayEnrol(day("2026-03-10"));

            assertThat(((Enrolled) decision.transition()).track()).isEqualTo(Track.ENTERPRISE);
        }

        @Test
        void the_track_holds_until_the_anniversary_whatever_later_months_say() {
            LifecycleFixture partner = enrolledInMarch().qualifiesOnEnterprise("2026-03", 90)
                    .qualifiesOnEnterprise("2026-04", 90).qualifiesOnEnterprise("2026-05", 90);

            assertThat(partner.on("2026-06-30").year().track()).isEqualTo(Track.SMB);
        }

        @Test
        void a_partner_holding_the_designation_may_not_enrol_again() {
            Decision decision = enrolledInMarch().build().mayEnrol(day("2026-04-02"));

            assertThat(decision.reason()).isEqualTo(Reason.ALREADY_ENROLLED);
            assertThat(decision.message()).isEqualTo("Already enrolled since 2026-03-10; the designation runs to 2026-07-01.");
        }

        @Test
        void the_designation_year_runs_from_the_enrolment_day_to_the_next_anniversary_date() {
            DesignationYear year = partner().anniversary("2019-07-01").qualifies("2026-02", 71).enrols("2026-03-10")
                    .on("2026-03-10").year();

            assertThat(year.from()).isEqualTo(day("2026-03-10"));
            assertThat(year.until()).isEqualTo(day("2026-07-01"));
            assertThat(partner().anniversary("2025-07-01").qualifies("2026-05", 71).enrols("2026-07-01")
                    .on("2026-07-01").year().until()).isEqualTo(day("2027-07-01"));
        }

        @Test
        void a_partner_without_an_anniversary_date_takes_the_day_of_its_first_enrolment() {
            DesignationStatus status = partner().qualifies("2026-02", 71).enrols("2026-03-10").on("2026-03-10");

            assertThat(status.anniversary()).isEqualTo(day("2026-03-10"));
            assertThat(status.year().until()).isEqualTo(day("2027-03-10"));
            assertThat(status.renewalDaysFrom()).isEqualTo(day("2027-02-08"));
        }

        @Test
        void an_anniversary_on_29_february_falls_on_28_february_in_other_years() {
            assertThat(DesignationLifecycle.nextAnniversary(day("2024-02-29"), day("2026-01-10")))
                    .isEqualTo(day("2026-02-28"));
            assertThat(DesignationLifecycle.nextAnniversary(day("2024-02-29"), day("2027-03-01")))
                    .isEqualTo(day("2028-02-29"));
            assertThat(DesignationLifecycle.nextAnniversary(day("2024-02-29"), day("2026-02-28")))
                    .isEqualTo(day("2027-02-28"));
        }
    }

    @Nested
    class TheBadge {

        @Test
        void the_designation_and_badge_show_from_the_enrolment_day_until_the_designation_lapses() {
            LifecycleFixture partner = enrolledInMarch();

            assertThat(partner.on("2026-03-09").state()).isEqualTo(State.NOT_ENROLLED);
            assertThat(partner.on("2026-03-09").holdsDesignation()).isFalse();
            assertThat(partner.on("2026-03-10").holdsDesignation()).isTrue();
            assertThat(partner.on("2026-03-10").state()).isEqualTo(State.ENROLLED);
            assertThat(partner.on("2026-03-10").enrolledSince()).isEqualTo(day("2026-03-10"));
            assertThat(partner.on("2026-06-30").holdsDesignation()).isTrue();
            assertThat(partner.on("2026-07-01").holdsDesignation()).isFalse();
        }
    }

    @Nested
    class Benefits_ {

        private final Benefits designationAlone = new Benefits(6_000, 25, 100, 100, 0);

        @Test
        void benefits_are_activated_after_enrolling_and_not_before() {
            Decision before = qualifiedInFebruary().build().mayActivateBenefits(day("2026-03-10"));

            assertThat(before.reason()).isEqualTo(Reason.NOT_ENROLLED);
            assertThat(before.message()).isEqualTo("Not enrolled: enrol first to activate benefits.");
            assertThat(enrolledInMarch().build().mayActivateBenefits(day("2026-03-10")).transition())
                    .isEqualTo(new BenefitsActivated(day("2026-03-10")));
        }

        @Test
        void benefits_are_active_from_the_activation_day_to_the_anniversary_date() {
            LifecycleFixture partner = enrolledInMarch().activates("2026-03-20");

            assertThat(partner.on("2026-03-19").activeBenefits()).isNull();
            assertThat(partner.on("2026-03-20").activeBenefits()).isEqualTo(designationAlone);
            assertThat(partner.on("2026-03-20").year().benefitsFrom()).isEqualTo(day("2026-03-20"));
            assertThat(partner.on("2026-06-30").activeBenefits()).isEqualTo(designationAlone);
            assertThat(partner.on("2026-07-01").activeBenefits()).isNull();
        }

        @Test
        void the_benefits_of_a_year_are_activated_once() {
            Decision again = enrolledInMarch().activates("2026-03-20").build().mayActivateBenefits(day("2026-04-01"));

            assertThat(again.reason()).isEqualTo(Reason.BENEFITS_ALREADY_ACTIVATED);
            assertThat(again.message()).isEqualTo("The benefits were activated on 2026-03-20 for the year to 2026-07-01.");
        }

        @Test
        void the_benefits_are_those_of_the_qualifying_month_and_do_not_follow_later_scores() {
            LifecycleFixture partner = partner().anniversary("2026-07-01").qualifiesStacking("2026-02", 71, 2)
                    .enrols("2026-03-10").activates("2026-03-10")
                    .misses("2026-03", 40).qualifiesStacking("2026-04", 95, 1);

            Benefits twoStacked = new Benefits(30_000, 45, 160, 100, 2);
            assertThat(partner.on("2026-04-15").activeBenefits()).isEqualTo(twoStacked);
            assertThat(partner.on("2026-05-15").activeBenefits()).isEqualTo(twoStacked);
        }

        @Test
        void a_specialization_recorded_in_a_later_month_adds_its_benefits_from_that_month() {
            LifecycleFixture partner = partner().anniversary("2026-07-01").qualifiesStacking("2026-02", 71, 1)
                    .enrols("2026-03-10").activates("2026-03-10")
                    .month("2026-03", 60, false, Track.SMB, 1).month("2026-04", 60, false, Track.SMB, 2);

            assertThat(partner.on("2026-04-30").activeBenefits()).isEqualTo(new Benefits(18_000, 35, 130, 100, 1));
            assertThat(partner.on("2026-05-01").activeBenefits()).isEqualTo(new Benefits(30_000, 45, 160, 100, 2));
        }
    }

    @Nested
    class BetweenAnniversaries {

        /** Enrolled on 2026-01-10 with 2025-11, anniversary 2026-07-01: renewal can use 2025-12 … 2026-05. */
        private LifecycleFixture enrolledInJanuary() {
            return partner().anniversary("2026-07-01").qualifies("2025-11", 75).enrols("2026-01-10")
                    .activates("2026-01-10");
        }

        @Test
        void the_designation_and_its_benefits_stay_when_the_score_falls_below_70() {
            DesignationStatus status = enrolledInJanuary().misses("2025-12", 60).misses("2026-01", 50)
                    .misses("2026-02", 40).on("2026-03-05");

            assertThat(status.holdsDesignation()).isTrue();
            assertThat(status.activeBenefits()).isNotNull();
        }

        @Test
        void renewal_is_at_risk_when_neither_the_open_month_nor_a_recorded_month_a_renewal_can_use_qualifies() {
            // 2025-11 qualified, but no renewal day's window reaches back to it
            DesignationStatus status = enrolledInJanuary().misses("2025-12", 60).misses("2026-01", 50)
                    .misses("2026-02", 40).on("2026-03-05");

            assertThat(status.renewalAtRisk()).isTrue();
            assertThat(status.monthsLeft()).containsExactly(month("2026-02"), month("2026-03"), month("2026-04"),
                    month("2026-05"));
        }

        @Test
        void renewal_is_not_at_risk_while_the_open_month_qualifies() {
            DesignationStatus status = enrolledInJanuary().misses("2025-12", 60).misses("2026-01", 50)
                    .qualifies("2026-02", 72).on("2026-03-05");

            assertThat(status.renewalAtRisk()).isFalse();
            assertThat(status.monthsLeft()).isEmpty();
        }

        @Test
        void renewal_is_not_at_risk_once_a_recorded_month_a_renewal_can_use_qualifies() {
            DesignationStatus status = enrolledInJanuary().qualifies("2025-12", 70).misses("2026-01", 50)
                    .misses("2026-02", 40).on("2026-03-05");

            assertThat(status.renewalAtRisk()).isFalse();
        }

        @Test
        void in_the_renewal_days_only_the_months_of_the_remaining_days_windows_secure_the_renewal() {
            // on 2026-06-10 the window is 2025-12 … 2026-05: the renewal can still use 2025-12
            LifecycleFixture partner = enrolledInJanuary().qualifies("2025-12", 70).misses("2026-01", 50)
                    .misses("2026-02", 40).misses("2026-03", 40).misses("2026-04", 40).misses("2026-05", 40);

            assertThat(partner.on("2026-06-10").renewalAtRisk()).isFalse();
            assertThat(partner.build().mayRenew(day("2026-06-10")).allowed()).isTrue();
        }
    }

    @Nested
    class Renewal {

        @Test
        void the_renewal_days_are_the_30_days_before_the_anniversary_date() {
            DesignationStatus status = enrolledInMarch().on("2026-04-01");

            assertThat(status.renewalDaysFrom()).isEqualTo(day("2026-06-01"));
            assertThat(status.renewalDaysUntil()).isEqualTo(day("2026-06-30"));
            assertThat(enrolledInMarch().on("2026-05-31").inRenewalDays()).isFalse();
            assertThat(enrolledInMarch().on("2026-06-01").inRenewalDays()).isTrue();
            assertThat(enrolledInMarch().build().mayRenew(day("2026-06-01")).allowed()).isTrue();
            assertThat(enrolledInMarch().qualifies("2026-05", 70).build().mayRenew(day("2026-06-30")).allowed()).isTrue();
        }

        @Test
        void renewal_is_refused_before_the_renewal_days_with_the_day_they_open() {
            Decision decision = enrolledInMarch().build().mayRenew(day("2026-05-31"));

            assertThat(decision.reason()).isEqualTo(Reason.BEFORE_RENEWAL_DAYS);
            assertThat(decision.message())
                    .isEqualTo("Renewal opens on 2026-06-01, 30 days before the anniversary date 2026-07-01.");
        }

        @Test
        void renewal_is_refused_when_no_month_of_the_day_window_qualifies() {
            // on 2026-06-01 the window is 2025-12 … 2026-05; the enrolment's 2025-11 is out of it
            Decision decision = partner().anniversary("2026-07-01").qualifies("2025-11", 75).enrols("2026-01-10")
                    .misses("2026-05", 69).build().mayRenew(day("2026-06-01"));

            assertThat(decision.reason()).isEqualTo(Reason.NOT_QUALIFIED_IN_WINDOW);
            assertThat(decision.message()).endsWith("Without a renewal the designation lapses on 2026-07-01.");
        }

        @Test
        void a_renewal_records_the_day_the_latest_qualifying_month_its_score_and_the_new_track() {
            Decision decision = enrolledInMarch().qualifiesOnEnterprise("2026-04", 88).build().mayRenew(day("2026-06-10"));

            assertThat(decision.transition()).isEqualTo(new Renewed(day("2026-06-10"), month("2026-04"), 88, Track.SMB));
            assertThat(decision.message())
                    .isEqualTo("May renew: 2026-04 qualifies (88 points); track SMB for the year from 2026-07-01.");
        }

        @Test
        void a_renewal_starts_a_new_year_from_the_anniversary_with_the_new_track_and_asks_for_activation_again() {
            LifecycleFixture partner = partner().anniversary("2026-07-01").qualifies("2025-11", 71)
                    .enrols("2026-01-10").activates("2026-01-10")
                    .qualifiesOnEnterprise("2026-01", 80).qualifiesOnEnterprise("2026-05", 90).renews("2026-06-10");

            DesignationStatus renewed = partner.on("2026-06-10");
            assertThat(renewed.state()).isEqualTo(State.RENEWED);
            assertThat(renewed.year().track()).isEqualTo(Track.SMB);
            assertThat(renewed.renewedYear().from()).isEqualTo(day("2026-07-01"));
            assertThat(renewed.renewedYear().until()).isEqualTo(day("2027-07-01"));
            assertThat(renewed.renewedYear().track()).isEqualTo(Track.ENTERPRISE);
            assertThat(renewed.activeBenefits()).isNotNull();
            assertThat(partner.build().mayActivateBenefits(day("2026-06-10")).allowed()).isTrue();

            DesignationStatus newYear = partner.on("2026-07-01");
            assertThat(newYear.state()).isEqualTo(State.RENEWED);
            assertThat(newYear.enrolledSince()).isEqualTo(day("2026-01-10"));
            assertThat(newYear.year().from()).isEqualTo(day("2026-07-01"));
            assertThat(newYear.year().track()).isEqualTo(Track.ENTERPRISE);
            assertThat(newYear.year().qualifyingMonth()).isEqualTo(month("2026-05"));
            assertThat(newYear.activeBenefits()).isNull();

            LifecycleFixture activated = partner.activates("2026-07-03");
            assertThat(activated.on("2026-07-02").activeBenefits()).isNull();
            assertThat(activated.on("2026-07-03").activeBenefits()).isNotNull();
        }

        @Test
        void benefits_activated_for_a_renewed_year_in_the_renewal_days_start_at_the_anniversary() {
            LifecycleFixture partner = enrolledInMarch().activates("2026-03-10").renews("2026-06-10")
                    .activates("2026-06-12");

            assertThat(partner.on("2026-06-30").year().benefitsFrom()).isEqualTo(day("2026-03-10"));
            assertThat(partner.on("2026-06-30").renewedYear().benefitsActivatedOn()).isEqualTo(day("2026-06-12"));
            assertThat(partner.on("2026-06-30").renewedYear().benefitsFrom()).isEqualTo(day("2026-07-01"));
            assertThat(partner.on("2026-07-01").activeBenefits()).isNotNull();
            assertThat(partner.on("2026-07-01").year().benefitsFrom()).isEqualTo(day("2026-07-01"));
        }

        @Test
        void a_partner_renews_once_per_anniversary() {
            Decision again = enrolledInMarch().renews("2026-06-10").build().mayRenew(day("2026-06-20"));

            assertThat(again.reason()).isEqualTo(Reason.ALREADY_RENEWED);
            assertThat(again.message()).isEqualTo("Already renewed on 2026-06-10 for the year from 2026-07-01.");
        }

        @Test
        void a_renewed_partner_is_not_at_risk_whatever_its_score() {
            DesignationStatus status = enrolledInMarch().renews("2026-06-10").misses("2026-05", 10).on("2026-06-11");

            assertThat(status.renewalAtRisk()).isFalse();
        }

        @Test
        void each_year_ends_at_the_next_anniversary_and_renews_in_its_own_renewal_days() {
            LifecycleFixture partner = enrolledInMarch().renews("2026-06-10").qualifies("2027-05", 77);

            assertThat(partner.build().mayRenew(day("2027-05-31")).reason()).isEqualTo(Reason.BEFORE_RENEWAL_DAYS);
            LifecycleFixture renewedTwice = partner.renews("2027-06-01");
            assertThat(renewedTwice.on("2027-07-01").year().from()).isEqualTo(day("2027-07-01"));
            assertThat(renewedTwice.on("2027-07-01").year().until()).isEqualTo(day("2028-07-01"));
        }

        @Test
        void a_partner_enrolling_in_the_renewal_days_holds_the_year_to_that_anniversary_and_may_renew_at_once() {
            LifecycleFixture partner = qualifiedInFebruary().qualifies("2026-05", 80).enrols("2026-06-20");

            assertThat(partner.on("2026-06-20").year().until()).isEqualTo(day("2026-07-01"));
            assertThat(partner.build().mayRenew(day("2026-06-20")).allowed()).isTrue();
        }

        @Test
        void a_partner_that_never_enrolled_may_not_renew() {
            assertThat(qualifiedInFebruary().build().mayRenew(day("2026-06-10")).reason()).isEqualTo(Reason.NOT_ENROLLED);
        }
    }

    @Nested
    class Lapse {

        @Test
        void without_a_renewal_the_designation_lapses_on_the_anniversary_date_and_badge_and_benefits_end() {
            LifecycleFixture partner = enrolledInMarch().activates("2026-03-10");

            assertThat(partner.on("2026-06-30").holdsDesignation()).isTrue();
            DesignationStatus lapsed = partner.on("2026-07-01");
            assertThat(lapsed.state()).isEqualTo(State.LAPSED);
            assertThat(lapsed.lapsedOn()).isEqualTo(day("2026-07-01"));
            assertThat(lapsed.holdsDesignation()).isFalse();
            assertThat(lapsed.activeBenefits()).isNull();
            assertThat(lapsed.year()).isNull();
        }

        @Test
        void a_lapsed_partner_may_neither_renew_nor_activate_benefits_and_is_told_to_enrol_again() {
            DesignationLifecycle lifecycle = enrolledInMarch().build();

            Decision renew = lifecycle.mayRenew(day("2026-07-01"));
            assertThat(renew.reason()).isEqualTo(Reason.LAPSED);
            assertThat(renew.message()).isEqualTo("The designation lapsed on 2026-07-01; enrol again to renew.");
            assertThat(lifecycle.mayActivateBenefits(day("2026-07-02")).reason()).isEqualTo(Reason.LAPSED);
        }

        @Test
        void the_lapse_is_due_from_the_anniversary_and_the_lapse_job_records_it_once_even_after_missed_days() {
            LifecycleFixture partner = enrolledInMarch();

            assertThat(partner.build().lapsesDue(day("2026-06-30"))).isEmpty();
            assertThat(partner.build().lapsesDue(day("2026-07-01"))).containsExactly(new Lapsed(day("2026-07-01")));
            assertThat(partner.build().lapsesDue(day("2026-07-09"))).containsExactly(new Lapsed(day("2026-07-01")));

            LifecycleFixture recorded = partner.lapseJobRuns("2026-07-09");
            assertThat(recorded.build().transitions()).last().isEqualTo(new Lapsed(day("2026-07-01")));
            assertThat(recorded.build().lapsesDue(day("2026-07-10"))).isEmpty();
            assertThat(recorded.on("2026-07-10").state()).isEqualTo(State.LAPSED);
            assertThatThrownBy(() -> recorded.recorded(new Lapsed(day("2026-07-01"))).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no designation lapsed on that day that was not recorded already");
        }

        @Test
        void a_lapsed_partner_that_qualifies_enrols_again_for_the_year_to_its_next_anniversary() {
            LifecycleFixture partner = enrolledInMarch().lapseJobRuns("2026-07-01").qualifies("2026-07", 80)
                    .enrols("2026-08-05");

            DesignationStatus status = partner.on("2026-08-05");
            assertThat(status.state()).isEqualTo(State.ENROLLED);
            assertThat(status.enrolledSince()).isEqualTo(day("2026-08-05"));
            assertThat(status.year().until()).isEqualTo(day("2027-07-01"));
            assertThat(status.year().benefitsActivated()).isFalse();
        }

        @Test
        void a_lapse_recorded_after_an_enrolment_of_the_same_day_still_acknowledges_the_lapse() {
            LifecycleFixture partner = enrolledInMarch().qualifies("2026-06", 75).enrols("2026-07-01")
                    .lapseJobRuns("2026-07-01");

            assertThat(partner.build().lapsesDue(day("2026-07-01"))).isEmpty();
            assertThat(partner.on("2026-07-01").state()).isEqualTo(State.ENROLLED);
        }
    }

    @Nested
    class AnniversaryCorrections {

        @Test
        void a_corrected_anniversary_moves_the_end_of_the_current_year_and_keeps_what_happened() {
            LifecycleFixture partner = enrolledInMarch().correctsAnniversary("2026-04-01", "2025-09-15");

            assertThat(partner.on("2026-03-31").year().until()).isEqualTo(day("2026-07-01"));
            DesignationStatus corrected = partner.on("2026-07-01");
            assertThat(corrected.anniversary()).isEqualTo(day("2025-09-15"));
            assertThat(corrected.holdsDesignation()).isTrue();
            assertThat(corrected.year().until()).isEqualTo(day("2026-09-15"));
            assertThat(corrected.renewalDaysFrom()).isEqualTo(day("2026-08-16"));
            assertThat(partner.build().transitions()).containsExactly(
                    new Enrolled(day("2026-03-10"), month("2026-02"), 71, Track.SMB),
                    new AnniversaryCorrected(day("2026-04-01"), day("2026-07-01"), day("2025-09-15")));
            assertThat(partner.on("2026-09-15").state()).isEqualTo(State.LAPSED);
        }

        @Test
        void correcting_to_the_same_anniversary_is_refused() {
            Decision decision = enrolledInMarch().build().mayCorrectAnniversary(day("2026-04-01"), day("2026-07-01"));

            assertThat(decision.reason()).isEqualTo(Reason.ANNIVERSARY_UNCHANGED);
        }

        @Test
        void a_partner_without_an_anniversary_date_may_be_given_one_and_the_record_replays_from_none() {
            DesignationLifecycle none = new DesignationLifecycle(List.of(), null, List.of());
            Decision decision = none.mayCorrectAnniversary(day("2026-04-01"), day("2024-02-01"));
            assertThat(decision.transition())
                    .isEqualTo(new AnniversaryCorrected(day("2026-04-01"), null, day("2024-02-01")));

            DesignationLifecycle corrected = new DesignationLifecycle(List.of(), day("2024-02-01"),
                    List.of(decision.transition()));
            assertThat(corrected.statusOn(day("2026-04-02")).anniversary()).isEqualTo(day("2024-02-01"));
        }

        @Test
        void the_stored_anniversary_must_be_the_one_the_corrections_leave() {
            assertThatThrownBy(() -> new DesignationLifecycle(List.of(), day("2026-07-01"), List.of(
                    new AnniversaryCorrected(day("2026-04-01"), day("2026-07-01"), day("2026-09-15")))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the stored anniversary 2026-07-01 is not the one the transitions leave (2026-09-15)");
        }
    }

    @Nested
    class TheHistory {

        @Test
        void a_history_that_could_not_have_happened_is_refused() {
            LifecycleFixture enrolled = enrolledInMarch();

            assertThatThrownBy(() -> qualifiedInFebruary().recorded(new BenefitsActivated(day("2026-03-01"))).build())
                    .hasMessage("\"Benefits activated on 2026-03-01\" cannot follow: the designation is not held");
            assertThatThrownBy(() -> enrolledInMarch()
                    .recorded(new Renewed(day("2026-05-31"), month("2026-02"), 71, Track.SMB)).build())
                    .hasMessageContaining("the renewal days before 2026-07-01 had not begun");
            assertThatThrownBy(() -> enrolledInMarch()
                    .recorded(new Enrolled(day("2026-04-01"), month("2026-02"), 71, Track.SMB)).build())
                    .hasMessageContaining("the designation is held since 2026-03-10");
            assertThatThrownBy(() -> enrolled.recorded(new Lapsed(day("2026-06-01"))).build())
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void transitions_are_taken_in_order_of_their_day_whatever_order_they_were_recorded_in() {
            DesignationLifecycle lifecycle = partner().anniversary("2026-09-15").recorded(
                    new AnniversaryCorrected(day("2026-07-03"), day("2026-07-01"), day("2026-09-15")))
                    .recorded(new Enrolled(day("2026-03-10"), month("2026-02"), 71, Track.SMB))
                    .recorded(new Lapsed(day("2026-07-01"))).build();

            assertThat(lifecycle.transitions()).extracting(Transition::on)
                    .containsExactly(day("2026-03-10"), day("2026-07-01"), day("2026-07-03"));
            assertThat(lifecycle.statusOn(day("2026-07-03")).lapsedOn()).isEqualTo(day("2026-07-01"));
        }

        @Test
        void a_decision_for_a_day_before_the_last_transition_is_refused() {
            assertThatThrownBy(() -> enrolledInMarch().build().mayEnrol(day("2026-03-09")))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void every_transition_says_what_happened_for_the_history() {
            assertThat(new Enrolled(day("2026-03-10"), month("2026-02"), 71, Track.SMB).description())
                    .isEqualTo("Enrolled on 2026-03-10 with 2026-02 (71 points), track SMB");
            assertThat(new Renewed(day("2026-06-10"), month("2026-02"), 71, Track.ENTERPRISE).description())
                    .isEqualTo("Renewed on 2026-06-10 with 2026-02 (71 points), track Enterprise");
            assertThat(new Lapsed(day("2026-07-01")).description())
                    .isEqualTo("Lapsed on 2026-07-01: not renewed by the anniversary date");
            assertThat(new AnniversaryCorrected(day("2026-04-01"), null, day("2026-09-15")).description())
                    .isEqualTo("Anniversary date corrected on 2026-04-01 from none to 2026-09-15");
        }

        @Test
        void a_recorded_month_is_attained_only_with_at_least_70_points_and_is_recorded_once() {
            assertThatThrownBy(() -> new RecordedMonth(month("2026-02"), 69, true, Track.SMB, 0))
                    .hasMessage("2026-02 cannot be attained with 69 points");
            assertThatThrownBy(() -> new DesignationLifecycle(List.of(
                    new RecordedMonth(month("2026-02"), 71, true, Track.SMB, 0),
                    new RecordedMonth(month("2026-02"), 60, false, Track.SMB, 0)), null, List.of()))
                    .hasMessage("month 2026-02 is recorded twice");
        }
    }
}
