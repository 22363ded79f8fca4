package com.partnerportal.core.lifecycle;

import static com.partnerportal.core.lifecycle.LifecycleFixture.day;
import static com.partnerportal.core.lifecycle.LifecycleFixture.partner;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.lifecycle.RenewalReminder.Kind;
import com.partnerportal.core.lifecycle.Transition.Lapsed;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 16, point 6: the renewal reminders 30 and 7 days before the anniversary, and the lapse notice. */
class RenewalReminderTest {

    /** Anniversary 2026-07-01, qualified in 2026-02 (SMB), enrolled 2026-03-10 with benefits activated. */
    private static LifecycleFixture enrolled() {
        return partner().anniversary("2026-07-01").qualifies("2026-02", 71).enrols("2026-03-10")
                .activates("2026-03-11");
    }

    private static Optional<RenewalReminder> dueOn(LifecycleFixture partner, String day) {
        return RenewalReminder.due(partner.on(day));
    }

    @Test
    void nothing_is_due_more_than_30_days_before_the_anniversary() {
        assertThat(dueOn(enrolled(), "2026-05-31")).isEmpty(); // 31 days before
        assertThat(dueOn(enrolled(), "2026-03-10")).isEmpty();
    }

    @Test
    void the_30_day_reminder_is_due_from_the_day_the_renewal_days_open_until_8_days_before() {
        RenewalReminder first = dueOn(enrolled(), "2026-06-01").orElseThrow();
        assertThat(first.kind()).isEqualTo(Kind.DAYS_30);
        assertThat(first.anniversary()).isEqualTo(day("2026-07-01"));
        assertThat(first.daysLeft()).isEqualTo(30);
        assertThat(first.renewalOpens()).isEqualTo(day("2026-06-01"));
        assertThat(dueOn(enrolled(), "2026-06-23").orElseThrow().kind()).isEqualTo(Kind.DAYS_30); // 8 days before
    }

    @Test
    void the_7_day_reminder_is_due_from_7_days_before_until_the_day_before_and_takes_over_from_the_30_day_one() {
        RenewalReminder week = dueOn(enrolled(), "2026-06-24").orElseThrow();
        assertThat(week.kind()).isEqualTo(Kind.DAYS_7);
        assertThat(week.daysLeft()).isEqualTo(7);
        assertThat(dueOn(enrolled(), "2026-06-30").orElseThrow().kind()).isEqualTo(Kind.DAYS_7);
        assertThat(dueOn(enrolled(), "2026-06-30").orElseThrow().daysLeft()).isEqualTo(1);
    }

    @Test
    void no_reminder_once_renewed() {
        LifecycleFixture renewed = enrolled().renews("2026-06-05");
        assertThat(dueOn(renewed, "2026-06-05")).isEmpty();
        assertThat(dueOn(renewed, "2026-06-28")).isEmpty();
    }

    @Test
    void a_renewed_partner_is_reminded_again_before_the_next_anniversary() {
        LifecycleFixture renewed = enrolled().renews("2026-06-05");
        RenewalReminder next = dueOn(renewed, "2027-06-20").orElseThrow();
        assertThat(next.kind()).isEqualTo(Kind.DAYS_30);
        assertThat(next.anniversary()).isEqualTo(day("2027-07-01"));
    }

    @Test
    void no_reminder_on_or_after_the_anniversary_nor_for_a_partner_never_enrolled() {
        assertThat(dueOn(enrolled(), "2026-07-01")).as("lapsed that day").isEmpty();
        assertThat(dueOn(enrolled(), "2026-07-20")).isEmpty();
        assertThat(dueOn(partner().anniversary("2026-07-01").qualifies("2026-02", 71), "2026-06-20")).isEmpty();
    }

    @Test
    void the_lapse_notice_is_about_the_day_the_designation_lapsed() {
        RenewalReminder lapse = RenewalReminder.lapsed(new Lapsed(day("2026-07-01")));
        assertThat(lapse.kind()).isEqualTo(Kind.LAPSED);
        assertThat(lapse.anniversary()).isEqualTo(day("2026-07-01"));
        assertThat(enrolled().build().lapsesDue(day("2026-07-02"))).containsExactly(new Lapsed(day("2026-07-01")));
    }
}
