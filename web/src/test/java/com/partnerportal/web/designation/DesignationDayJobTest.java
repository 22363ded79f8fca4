package com.partnerportal.web.designation;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.lifecycle.Decision.Action;
import com.partnerportal.web.designation.DesignationDayJob.DayRun;
import com.partnerportal.web.jobs.ClusterNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The designation job (issue 16, point 4): a designation not renewed by its anniversary date lapses on that date,
 * recorded exactly once — whether the job runs twice, from two callers at once, or days late. Each test has its own
 * partners and days (a day's run is claimed once for the whole portal).
 */
@QuarkusTest
class DesignationDayJobTest {

    @Inject
    DesignationDayJob job;

    @Inject
    DesignationService designations;

    @Inject
    EntityManager em;

    private void enrolAndActivate(String partnerId, DesignationFixture.MovableCalendar calendar) {
        calendar.day = LocalDate.of(2026, 3, 5);
        QuarkusTransaction.requiringNew().run(() -> designations.act(partnerId, Action.ENROL, 0, "test-admin"));
        QuarkusTransaction.requiringNew().run(() -> designations.act(partnerId, Action.ACTIVATE_BENEFITS, 1,
                "test-admin"));
    }

    @Test
    void a_lapse_happens_once_at_the_anniversary_however_often_the_job_runs_and_is_made_up_after_missed_days() {
        DesignationFixture.MovableCalendar calendar = DesignationFixture.calendarOn(LocalDate.of(2026, 3, 5));
        String onTime = DesignationFixture.qualifyingPartner("P-7611", "Lapse On Time Ltd", LocalDate.of(2026, 7, 1),
                "sub-lapse-admin", "sub-lapse-user");
        String late = DesignationFixture.qualifyingPartner("P-7612", "Lapse Late Ltd", LocalDate.of(2026, 8, 1),
                "sub-lapse-admin", "sub-lapse-user");
        enrolAndActivate(onTime, calendar);
        enrolAndActivate(late, calendar);

        calendar.day = LocalDate.of(2026, 6, 30); // the day before the anniversary: nothing is due
        assertThat(job.runToday("test")).isPresent();
        assertThat(DesignationFixture.kinds(onTime)).containsExactly("ENROLLED", "BENEFITS_ACTIVATED");

        calendar.day = LocalDate.of(2026, 7, 1); // the anniversary, not renewed
        Optional<DayRun> first = job.runToday("test-first");
        Optional<DayRun> second = job.runToday("test-second");
        assertThat(first).isPresent();
        assertThat(second).as("the day is claimed: the second run does nothing").isEmpty();
        assertThat(DesignationFixture.kinds(onTime)).containsExactly("ENROLLED", "BENEFITS_ACTIVATED", "LAPSED");
        assertThat(DesignationFixture.audits(onTime, "DESIGNATION_LAPSED")).isEqualTo(1);
        assertThat(designations.standing(onTime).status().lapsedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(designations.standing(onTime).record().transitions().get(2).recordedBy())
                .isEqualTo("test-first");

        // The job missed 2026-08-01 … 2026-08-03: on 2026-08-04 the lapse of 2026-08-01 is recorded, dated then.
        calendar.day = LocalDate.of(2026, 8, 4);
        assertThat(job.runToday("test-late").orElseThrow().lapses()).isEqualTo(1);
        assertThat(DesignationFixture.kinds(late)).containsExactly("ENROLLED", "BENEFITS_ACTIVATED", "LAPSED");
        assertThat(designations.standing(late).record().transitions().get(2).transition().on())
                .isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(DesignationFixture.kinds(onTime)).as("not lapsed again").hasSize(3);
        calendar.day = LocalDate.of(2026, 8, 5);
        assertThat(job.runToday("test-next-day").orElseThrow().lapses()).isZero();
        assertThat(DesignationFixture.audits(late, "DESIGNATION_LAPSED")).isEqualTo(1);
    }

    @Test
    void the_job_ran_at_start_up_so_the_lapses_of_days_missed_while_the_portal_was_down_are_made_up() {
        // The start-up run claimed the real day the portal started on (the scheduler's runAtStart); a run on a later
        // day records the lapses due since, dated their anniversaries (the test above).
        List<?> startUp = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select run_on from designation_day_run where run_by = ?1")
                .setParameter(1, "designation-job:start-up@" + ClusterNode.name()).getResultList());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(startUp).as("the designation day's start-up run on this node (one per real day of a boot)")
                .isNotEmpty()
                .allSatisfy(day -> assertThat(day.toString()).isIn(today.toString(), today.minusDays(1).toString()));
    }

    @Test
    void of_two_callers_running_the_job_at_once_one_runs_the_day_and_the_lapse_is_recorded_once() throws Exception {
        DesignationFixture.MovableCalendar calendar = DesignationFixture.calendarOn(LocalDate.of(2026, 3, 5));
        String partner = DesignationFixture.qualifyingPartner("P-7613", "Lapse Race Ltd", LocalDate.of(2026, 9, 1),
                "sub-lapse-admin", "sub-lapse-user");
        enrolAndActivate(partner, calendar);
        calendar.day = LocalDate.of(2026, 9, 1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<DayRun>>> runs = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                Callable<Optional<DayRun>> run = () -> {
                    start.await();
                    return job.runToday(node);
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            long ran = 0;
            for (Future<Optional<DayRun>> run : runs) {
                ran += run.get().isPresent() ? 1 : 0;
            }
            assertThat(ran).as("callers that ran the day").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(DesignationFixture.kinds(partner)).containsExactly("ENROLLED", "BENEFITS_ACTIVATED", "LAPSED");
        assertThat(DesignationFixture.audits(partner, "DESIGNATION_LAPSED")).isEqualTo(1);
    }
}
