package com.partnerportal.web.jobs;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * A firing of a {@link PeriodJob}'s trigger, on the node Quartz picked. Never two at once for one job, across the
 * cluster (the clustered store keeps a job's firings apart); a firing missed while every node was down fires once
 * when one is back (Quartz's default misfire policy), besides the start-up run.
 */
@Dependent
@Unremovable
@DisallowConcurrentExecution
public class PeriodJobFiring implements Job {

    private static final Logger LOG = Logger.getLogger(PeriodJobFiring.class);

    @Inject
    PeriodJobs jobs;

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String job = context.getJobDetail().getJobDataMap().getString(PeriodJobs.JOB);
        String trigger = context.getMergedJobDataMap().getString(PeriodJobs.TRIGGER);
        try {
            jobs.run(job, trigger);
        } catch (RuntimeException e) {
            // rolled back with its claim: the next firing, the check or a start-up makes it
            LOG.errorf(e, "%s (%s) failed", job, trigger);
            throw new JobExecutionException(e, false);
        }
    }
}
