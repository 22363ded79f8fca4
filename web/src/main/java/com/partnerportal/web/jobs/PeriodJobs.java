package com.partnerportal.web.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.jboss.logging.Logger;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * Runs every {@link PeriodJob}: at start-up (after the other start-up observers — the demo data seeds its own
 * ledger first), one after the other in their {@link PeriodJob#startOrder()}, each whose {@link PeriodJob#runAtStart()}
 * says so; then puts each on Quartz's clustered JDBC job store — a job ({@link PeriodJobFiring}) with a cron trigger,
 * and a check trigger for those with {@link PeriodJob#checkEvery()} — so each firing runs on one node of the cluster.
 * Every node stores the same job and triggers at its start (replacing what is there), so a changed cron takes
 * effect at the next start. A failed run is counted ({@code portal_jobs_failed_total}, tagged with the job and the
 * trigger); at start-up it stops the start unless the job {@linkplain PeriodJob#startsWithoutIt() starts without it}.
 */
@ApplicationScoped
public class PeriodJobs {

    private static final Logger LOG = Logger.getLogger(PeriodJobs.class);
    static final String GROUP = "period-jobs";
    static final String JOB = "job";
    static final String TRIGGER = "trigger";

    @Inject
    Instance<PeriodJob> jobs;

    @Inject
    Scheduler quartz;

    @Inject
    MeterRegistry registry;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event)
            throws SchedulerException {
        List<PeriodJob> ordered = jobs.stream().sorted(Comparator.comparingInt(PeriodJob::startOrder)).toList();
        for (PeriodJob job : ordered) {
            if (job.runAtStart()) {
                runAtStart(job);
            }
        }
        for (PeriodJob job : ordered) {
            schedule(job);
        }
    }

    /**
     * The start-up run of a job: a failure stops the start, unless the job starts without it — then it is logged (the
     * job's claims rolled back with it) and the job runs again at its next firing.
     */
    private void runAtStart(PeriodJob job) {
        try {
            run(job, "start-up");
        } catch (RuntimeException e) {
            if (!job.startsWithoutIt()) {
                throw e;
            }
            LOG.errorf(e, "%s (start-up) failed; the portal starts without it and the job runs again at its next"
                    + " firing (cron %s, UTC)", job.identity(), job.cron());
        }
    }

    /**
     * Runs the job now for {@code trigger} (start-up, scheduled, check) on this node; returns what it did. A failure
     * is counted and thrown on.
     */
    public Optional<String> run(PeriodJob job, String trigger) {
        Optional<String> done;
        try {
            done = job.runDue(trigger + "@" + ClusterNode.name());
        } catch (RuntimeException e) {
            failures(job.identity(), trigger).increment();
            throw e;
        }
        done.ifPresentOrElse(what -> LOG.infof("%s (%s): %s", job.identity(), trigger, what),
                () -> LOG.debugf("%s (%s): nothing due", job.identity(), trigger));
        return done;
    }

    /** Runs the job named {@code identity}: what {@link PeriodJobFiring} calls on the node Quartz picked. */
    Optional<String> run(String identity, String trigger) {
        PeriodJob job = jobs.stream().filter(j -> j.identity().equals(identity)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no period job named " + identity));
        return run(job, trigger);
    }

    /** The count of a job's failed runs by one kind of trigger. */
    Counter failures(String identity, String trigger) {
        return Counter.builder("portal.jobs.failed")
                .description("Runs of a period job (month close, designation day, notices) that failed")
                .tag("job", identity).tag("trigger", trigger).register(registry);
    }

    private void schedule(PeriodJob job) throws SchedulerException {
        JobDetail detail = JobBuilder.newJob(PeriodJobFiring.class).withIdentity(job.identity(), GROUP)
                .usingJobData(JOB, job.identity()).storeDurably().build();
        Set<Trigger> triggers = new LinkedHashSet<>();
        triggers.add(TriggerBuilder.newTrigger().withIdentity(job.identity(), GROUP).forJob(detail)
                .usingJobData(TRIGGER, "scheduled")
                .withSchedule(CronScheduleBuilder.cronSchedule(job.cron()).inTimeZone(TimeZone.getTimeZone("UTC")))
                .build());
        Optional<Duration> every = job.checkEvery();
        if (every.isPresent()) {
            triggers.add(TriggerBuilder.newTrigger().withIdentity(job.identity() + "-check", GROUP).forJob(detail)
                    .usingJobData(TRIGGER, "check")
                    .startAt(Date.from(Instant.now().plus(every.get())))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(every.get().toMillis()).repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build());
        }
        quartz.scheduleJob(detail, triggers, true);
    }

}
