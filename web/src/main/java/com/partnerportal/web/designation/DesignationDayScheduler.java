package com.partnerportal.web.designation;

import com.partnerportal.web.jobs.ConfiguredPeriodJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Runs the designation job ({@link DesignationDayJob}) as a {@link com.partnerportal.web.jobs.PeriodJob} (timing from configuration): every day shortly after midnight UTC on
 * one node of the cluster, and at start-up on every node, so a day missed while the portal was down is made up — the
 * lapses due since are all recorded, each dated its anniversary. The day's claim lets one node do the work.
 */
@ApplicationScoped
public class DesignationDayScheduler extends ConfiguredPeriodJob {

    @Inject
    DesignationDayJob job;

    /** Second at start-up: after the month close (the lifecycle reads the months it records). */
    public DesignationDayScheduler() {
        super("designation-day", "portal.designation.day-cron", "portal.designation.run-at-start", 2);
    }

    @Override
    public Optional<String> runDue(String by) {
        return job.runToday("designation-job:" + by).map(run -> "day " + run.day() + ": " + run.lapses()
                + " lapses recorded, " + run.partners() + " partners' standings refreshed, " + run.reminders()
                + " renewal reminders and lapse notices");
    }
}
