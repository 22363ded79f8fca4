package com.partnerportal.web.jobs;

import java.time.Duration;
import java.util.Optional;

/**
 * Work done once per period — a month's close, a day's designation run — on whichever node of the cluster gets to
 * it: it runs on its cron (in UTC) on one node, at start-up on every node (to make up a period missed while the
 * portal was down), and, if it says so, again every {@link #checkEvery()} on one node (to make up a period whose
 * node died mid-way). What keeps it to once per period is the database, not the scheduler: {@link #runDue} claims
 * each period in the transaction that does the work, so a second node, or a second try, finds nothing to do.
 * {@link PeriodJobs} runs and schedules every bean of this type.
 */
public interface PeriodJob {

    /** Its name: the Quartz job and trigger names, and the logs'. */
    String identity();

    /** When it is due: a Quartz cron expression, evaluated in UTC. */
    String cron();

    /** Whether every node runs it at start-up as well. */
    boolean runAtStart();

    /** Its place among the start-up runs, lowest first (a job reading what another records runs after it). */
    int startOrder();

    /**
     * Whether the portal starts when this job's start-up run fails: the failure is logged and counted
     * ({@code portal_jobs_failed_total}) and the job runs again at its next firing. False (the default): the
     * failure stops the start — for work the portal must not serve without.
     */
    default boolean startsWithoutIt() {
        return false;
    }

    /** How often one node of the cluster tries it again between its cron firings; empty for never. */
    default Optional<Duration> checkEvery() {
        return Optional.empty();
    }

    /**
     * Does the work that is due, claiming each period first; {@code by} names the trigger and the node (recorded
     * with the claim). Returns what was done in words for the log, or empty when nothing was due or another node
     * had claimed it.
     */
    Optional<String> runDue(String by);
}
