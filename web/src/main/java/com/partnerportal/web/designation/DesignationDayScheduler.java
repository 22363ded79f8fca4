package com.partnerportal.web.designation;

import com.partnerportal.web.jobs.PeriodJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the designation job ({@link DesignationDayJob}) as a {@link PeriodJob}: every day shortly after midnight UTC on
 * one node of the cluster, and at start-up on every node, so a day missed while the portal was down is made up — the
 * lapses due since are all recorded, each dated its anniversary. The day's claim lets one node do the work.
 */
@ApplicationScoped
public class DesignationDayScheduler implements PeriodJob {

    @Inject
    DesignationDayJob job;

    @ConfigProperty(name = "portal.designation.day-cron")
    String cron;

    @ConfigProperty(name = "portal.designation.run-at-start", defaultValue = "true")
    boolean runAtStart;

    @Override
    public String identity() {
        return "designation-day";
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public boolean runAtStart() {
        return runAtStart;
    }

    /** After the month close's start-up run (the lifecycle reads the months it records). */
    @Override
    public int startOrder() {
        return 2;
    }

    @Override
    public Optional<String> runDue(String by) {
        return job.runToday("designation-job:" + by).map(run -> "day " + run.day() + ": " + run.lapses()
                + " lapses recorded, " + run.partners() + " partners' standings refreshed, " + run.reminders()
                + " renewal reminders and lapse notices");
    }
}
