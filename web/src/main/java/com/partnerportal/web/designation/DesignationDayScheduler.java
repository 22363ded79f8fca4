package com.partnerportal.web.designation;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the designation job ({@link DesignationDayJob}): every day shortly after midnight UTC (quarkus-scheduler, on
 * every node; the day's claim lets one of them do the work) and at start-up, so a day missed while the portal was
 * down is made up — the lapses due since are all recorded, each dated its anniversary.
 */
@ApplicationScoped
public class DesignationDayScheduler {

    private static final Logger LOG = Logger.getLogger(DesignationDayScheduler.class);

    @Inject
    DesignationDayJob job;

    @ConfigProperty(name = "portal.designation.run-at-start", defaultValue = "true")
    boolean runAtStart;

    /** After the month close's start-up run (the lifecycle reads the months it records). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) StartupEvent event) {
        if (runAtStart) {
            run("start-up");
        }
    }

    @Scheduled(identity = "designation-day", cron = "{portal.designation.day-cron}", timeZone = "UTC",
            concurrentExecution = ConcurrentExecution.SKIP)
    void daily() {
        run("scheduled");
    }

    void run(String trigger) {
        job.runToday("designation-job:" + trigger + "@" + node()).ifPresentOrElse(
                run -> LOG.infof("Designation day %s (%s): %d lapses recorded, %d partners' standings refreshed,"
                        + " %d renewal reminders and lapse notices", run.day(), trigger, run.lapses(), run.partners(),
                        run.reminders()),
                () -> LOG.debugf("Designation day already run (%s)", trigger));
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
