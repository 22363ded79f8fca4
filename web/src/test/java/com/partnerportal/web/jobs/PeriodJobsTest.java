package com.partnerportal.web.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

/**
 * The month close and the designation day run on one mechanism: each is a durable Quartz job in the clustered
 * store with a cron trigger in UTC (the close also with its check), run at start-up on every node, and a firing
 * runs the job on the node Quartz picked with the trigger's name in what it records.
 */
@QuarkusTest
class PeriodJobsTest {

    @Inject
    Scheduler quartz;

    @Inject
    RecordingPeriodJob recording;

    @ConfigProperty(name = "portal.ledger.close-cron")
    String closeCron;

    @ConfigProperty(name = "portal.designation.day-cron")
    String dayCron;

    @Test
    void theMonthCloseAndTheDesignationDayAreClusteredQuartzJobsWithTheirCronInUtc() throws Exception {
        for (Map.Entry<String, String> job : Map.of("ledger-month-close", closeCron, "designation-day", dayCron)
                .entrySet()) {
            JobDetail detail = quartz.getJobDetail(JobKey.jobKey(job.getKey(), PeriodJobs.GROUP));
            assertThat(detail).as(job.getKey()).isNotNull();
            assertThat(detail.getJobClass()).isEqualTo(PeriodJobFiring.class);
            assertThat(detail.isConcurrentExecutionDisallowed()).as("one firing at a time across the cluster").isTrue();
            Trigger trigger = quartz.getTrigger(TriggerKey.triggerKey(job.getKey(), PeriodJobs.GROUP));
            assertThat(trigger).isInstanceOf(CronTrigger.class);
            assertThat(((CronTrigger) trigger).getCronExpression()).isEqualTo(job.getValue());
            assertThat(((CronTrigger) trigger).getTimeZone()).isEqualTo(TimeZone.getTimeZone("UTC"));
        }
        Trigger check = quartz.getTrigger(TriggerKey.triggerKey("ledger-month-close-check", PeriodJobs.GROUP));
        assertThat(check).as("the close's check").isInstanceOf(SimpleTrigger.class);
        assertThat(((SimpleTrigger) check).getRepeatInterval()).isEqualTo(10 * 60 * 1000L);
        assertThat(quartz.getTrigger(TriggerKey.triggerKey("designation-day-check", PeriodJobs.GROUP)))
                .as("the designation day has no check").isNull();
    }

    @Test
    void everyJobRanAtStartUpAndAFiringRunsItAgainNamingTheTrigger() throws Exception {
        assertThat(recording.runs()).as("the start-up run, named for this node")
                .first().isEqualTo("start-up@" + ClusterNode.name());
        int before = recording.runs().size();
        quartz.triggerJob(JobKey.jobKey(RecordingPeriodJob.IDENTITY, PeriodJobs.GROUP),
                new JobDataMap(Map.of(PeriodJobs.TRIGGER, "scheduled")));
        for (int i = 0; i < 300 && recording.runs().size() == before; i++) {
            Thread.sleep(100);
        }
        List<String> runs = recording.runs();
        assertThat(runs).hasSizeGreaterThan(before);
        assertThat(runs.get(before)).isEqualTo("scheduled@" + ClusterNode.name());
    }
}
