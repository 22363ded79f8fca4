package com.partnerportal.web.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.partnerportal.core.ledger.LedgerCalendar;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.ReviewFixture;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /q/metrics: who may read it, and that the portal's metrics move when the portal works. */
@QuarkusTest
class MetricsTest {

    private static final double DAY = 24 * 3600;

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    void httpTimersAreTaggedWithTheRouteTemplateNotThePath() {
        String partnerId = ReviewFixture.unique("P-MET");
        PartnerFixture.partner(partnerId, "Metrics Ltd");
        given().get("/partners/{id}", partnerId).then().statusCode(200);

        String metrics = scrape();
        assertThat(metrics).contains("http_server_requests_seconds_count{");
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/partners/\\{[a-zA-Z]+\\}\"");
        assertThat(metrics).doesNotContain(partnerId);
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    void scoringAndImportsAreTimedAndImportRowsCounted() {
        double scoredBefore = value(scrape(), "portal_scoring_duration_seconds_count", "");
        double importsBefore = value(scrape(), "portal_import_duration_seconds_count", "kind=\"evidence\",outcome=\"success\"");
        double rowsBefore = value(scrape(), "portal_import_rows_total", "kind=\"evidence\"");
        double rejectedBefore = value(scrape(), "portal_import_duration_seconds_count", "kind=\"acr\",outcome=\"rejected\"");

        String evidence = SharedExamples.read(SharedExamples.evidenceFiles().stream()
                .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow())
                .replace("\"P-1001\"", "\"" + ReviewFixture.unique("P-MET") + "\"");
        io.restassured.path.json.JsonPath result = given().contentType(ContentType.JSON).body(evidence)
                .post("/api/v1/imports/evidence").then().statusCode(200).extract().jsonPath();
        int rows = 0;
        for (String field : new String[] { "customers", "acrMonths", "professionals", "certifications", "deployments",
                "specializations" }) {
            rows += result.getInt(field);
        }
        assertThat(rows).isPositive();
        given().contentType("text/csv").body("not,the,header\n").post("/api/v1/imports/acr").then().statusCode(400);

        String after = scrape();
        assertThat(value(after, "portal_import_duration_seconds_count", "kind=\"evidence\",outcome=\"success\""))
                .isEqualTo(importsBefore + 1);
        assertThat(value(after, "portal_import_rows_total", "kind=\"evidence\"")).isEqualTo(rowsBefore + rows);
        assertThat(value(after, "portal_import_duration_seconds_count", "kind=\"acr\",outcome=\"rejected\""))
                .isEqualTo(rejectedBefore + 1);
        // An import scores the partner's open month: one scoring at least.
        assertThat(value(after, "portal_scoring_duration_seconds_count", "")).isGreaterThan(scoredBefore);
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    void theReviewQueueGaugesCountSubmittedAssociationsAndTheOldestWait() {
        double sizeBefore = value(scrape(), "portal_review_queue_size", "");
        String partnerId = ReviewFixture.unique("P-MET");
        PartnerFixture.partner(partnerId, "Queue Ltd");
        ReviewFixture.submittedCustomer(partnerId, "C-OLD", 3000);

        String after = scrape();
        assertThat(value(after, "portal_review_queue_size", "")).isEqualTo(sizeBefore + 1);
        assertThat(value(after, "portal_review_queue_oldest_age_seconds", "")).isCloseTo(3000 * DAY, within(DAY));
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    void theRecomputeJobReportsItsProgress() throws InterruptedException {
        String page = Csrf.from("/admin/recompute").post()
                .formParam("month", LedgerCalendar.openMonth(java.time.Clock.systemUTC()).toString())
                .post("/admin/recompute").then().statusCode(303).extract().header("Location");
        assertThat(page).isNotNull();
        // The job starts on another thread: a first scrape may come before it runs (running 0, nothing counted yet).
        // Wait until a job has run to its end: not running, partners counted, all of them done.
        String metrics = scrape();
        for (int i = 0; i < 200 && !finished(metrics); i++) {
            Thread.sleep(100);
            metrics = scrape();
        }
        double total = value(metrics, "portal_recompute_partners_total", "");
        assertThat(total).isPositive();
        assertThat(value(metrics, "portal_recompute_partners_done", "")).isEqualTo(total);
    }

    @Test
    @TestSecurity(user = "ada", roles = "partner-admin")
    void partnerUsersMayNotReadTheMetrics() {
        given().get("/q/metrics").then().statusCode(403);
    }

    @Test
    void anonymousCallersAreNotServedTheMetrics() {
        given().redirects().follow(false).get("/q/metrics").then().statusCode(org.hamcrest.Matchers.not(200));
    }

    private static boolean finished(String metrics) {
        double total = value(metrics, "portal_recompute_partners_total", "");
        return value(metrics, "portal_recompute_running", "") == 0 && total > 0
                && value(metrics, "portal_recompute_partners_done", "") == total;
    }

    private static String scrape() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one sample; its labels must contain {@code labels} (0 when there is no such sample). */
    static double value(String metrics, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{([^}]*)\\})? (\\S+)$").matcher(metrics);
        while (m.find()) {
            String found = m.group(2) == null ? "" : m.group(2);
            if (found.contains(labels)) {
                return Double.parseDouble(m.group(3));
            }
        }
        return 0;
    }
}
