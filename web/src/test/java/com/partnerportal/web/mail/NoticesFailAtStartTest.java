package com.partnerportal.web.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.partnerportal.web.jobs.PeriodJobs;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the daily notices job also runs at start-up; when that run fails the portal still starts and serves — the
 * failure is logged with its cause and counted — and the job's next run does the work.
 */
@QuarkusTest
@TestProfile(NoticesFailAtStartProfile.class)
class NoticesFailAtStartTest {

    @Inject
    FailingNoticeJob job;

    @Inject
    NoticeScheduler scheduler;

    @Inject
    PeriodJobs periodJobs;

    @Inject
    MeterRegistry registry;

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    void a_failed_start_up_run_is_logged_and_counted_and_the_portal_serves() {
        assertThat(job.runs()).as("the start-up run happened (and failed)").isGreaterThanOrEqualTo(1);
        given().when().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
        given().when().get("/admin/partners").then().statusCode(200);

        assertThat(failures("start-up")).as("the failed start-up run is counted").isEqualTo(1.0);
        LogRecord logged = FailingNoticeJob.LOGGED.stream()
                .filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(r -> String.valueOf(r.getMessage()).contains("notices (start-up) failed")
                        || String.valueOf(formatted(r)).contains("notices (start-up) failed"))
                .findFirst().orElse(null);
        assertThat(logged).as("the failure is logged as an error").isNotNull();
        assertThat(logged.getThrown()).hasMessage(FailingNoticeJob.FAILURE);

        // its next run (the daily firing) does the work
        periodJobs.run(scheduler, "scheduled");
        assertThat(failures("scheduled")).isEqualTo(0.0);
        assertThat(failures("start-up")).isEqualTo(1.0);
    }

    private double failures(String trigger) {
        var counter = registry.find("portal.jobs.failed").tag("job", "notices").tag("trigger", trigger).counter();
        return counter == null ? 0.0 : counter.count();
    }

    private static String formatted(LogRecord record) {
        Object[] parameters = record.getParameters();
        return parameters == null ? record.getMessage() : String.format(record.getMessage(), parameters);
    }
}
