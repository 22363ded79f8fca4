package com.partnerportal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.persistence.ledger.RecomputeRunRepository;
import com.partnerportal.web.ledger.ScoreLedger;
import com.partnerportal.web.testsupport.ReviewFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * Jobs run on Quartz's clustered JDBC job store in the portal's database, and a recompute run is finished by
 * whichever node sweeps: one that no worker of this node started is found and completed by the sweep.
 */
@QuarkusTest
class ClusteredJobsTest {

    @Inject
    Scheduler quartz;

    @Inject
    EntityManager em;

    @Inject
    RecomputeRunRepository runs;

    @Inject
    RecomputeJobs jobs;

    @Inject
    ScoreLedger ledger;

    @Test
    void theScheduledJobsAreKeptInTheDatabaseByAClusteredJobStore() throws SchedulerException {
        assertThat(quartz.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(quartz.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        @SuppressWarnings("unchecked")
        List<String> triggers = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select trigger_name from qrtz_triggers order by 1").getResultList());
        assertThat(triggers).anyMatch(t -> t.contains("ledger-month-close"))
                .anyMatch(t -> t.contains("ledger-month-close-check")).anyMatch(t -> t.contains("designation-day"))
                .anyMatch(t -> t.contains("recompute-sweep"));
        Number instances = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from qrtz_scheduler_state where instance_name = ?1")
                .setParameter(1, quartz.getSchedulerInstanceId()).getSingleResult());
        assertThat(instances.intValue()).as("this node checked in").isEqualTo(1);
    }

    /**
     * Nodes starting at once never race to insert Quartz's row locks (a duplicate key there aborts the starting
     * node's transaction and its scheduler fails to start): Flyway seeded them for this scheduler's name, so
     * Quartz only ever locks rows that exist.
     */
    @Test
    void theRowLocksOfThisSchedulerAreSeededByTheMigration() throws SchedulerException {
        String name = quartz.getSchedulerName();
        @SuppressWarnings("unchecked")
        List<String> locks = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select lock_name from qrtz_locks where sched_name = ?1 order by 1")
                .setParameter(1, name).getResultList());
        assertThat(locks).as("locks of scheduler %s", name).containsExactly("STATE_ACCESS", "TRIGGER_ACCESS");
        Boolean mayInsert = QuarkusTransaction.requiringNew().call(() -> (Boolean) em.createNativeQuery(
                "select has_table_privilege('qrtz_locks', 'INSERT')").getSingleResult());
        assertThat(mayInsert).as("the portal's role may insert lock rows (then Quartz may have made them)").isFalse();
    }

    @Test
    void aRunNoWorkerOfThisNodeStartedIsFinishedByTheSweep() throws Exception {
        ReviewFixture.partnerWithEvidence("P-8601");
        String id = UUID.randomUUID().toString();
        // as if another node had started it and died before working on any chunk
        QuarkusTransaction.requiringNew().run(() -> runs.start(id, ledger.openMonth(), "another-node", 2));
        assertThat(jobs.find(id).orElseThrow().running()).isTrue();
        jobs.sweep();
        for (int i = 0; i < 600 && jobs.find(id).orElseThrow().running(); i++) {
            Thread.sleep(100);
        }
        RecomputeJob done = jobs.find(id).orElseThrow();
        assertThat(done.running()).isFalse();
        assertThat(done.failed()).isEmpty();
        assertThat(done.computed()).isEqualTo(done.total()).isPositive();
    }
}
