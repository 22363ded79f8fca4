package com.partnerportal.web.dashboard;

import static io.restassured.RestAssured.given;

import com.partnerportal.web.demo.DemoEvidenceGenerator;
import com.partnerportal.web.imports.EvidenceImportService;
import com.partnerportal.web.ledger.ScoreLedger;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Where a dashboard GET's CPU goes: a benchmark, not a test (surefire's default includes do not match its name).
 * For a partner with 200 customers and its 24 months recorded in the ledger, it measures on the calling thread the
 * CPU of building the view ({@code DashboardService.view}: the partner check, the ledger reads, the scorecard's JSON
 * read back, the chart) and of rendering it (Qute), then the wall time of the whole GET beside
 * {@code /q/health/ready} over HTTP. Figures go to the console and to {@code web/target/dashboard-cost.txt}.
 *
 * <pre>./mvnw -B -pl web -am verify -Dtest=DashboardCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipITs</pre>
 */
@QuarkusTest
class DashboardCostBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 300);
    static final String PARTNER = "P-BENCH-DASH";

    @Inject
    EvidenceImportService imports;

    @Inject
    DashboardService dashboards;

    @Inject
    ScoreLedger ledger;

    @Test
    @TestSecurity(user = "bench", roles = "program-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-bench"))
    void dashboardCost() throws IOException {
        YearMonth open = ledger.openMonth();
        imports.importEvidence(DemoEvidenceGenerator.generate(PARTNER, "Benchmark Partner", open, 200, 24, 3003),
                "bench", "dashboard cost", true);
        for (YearMonth month = open.minusMonths(24); month.isBefore(open); month = month.plusMonths(1)) {
            ledger.recordClosed(List.of(PARTNER), month, "dashboard cost benchmark");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> lines = new ArrayList<>();
        lines.add("Dashboard GET cost, " + PARTNER + " (200 customers, 24 recorded months), " + RUNS
                + " runs per round, Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        for (int round = 1; round <= 3; round++) {
            long view = 0;
            long render = 0;
            for (int i = 0; i < RUNS; i++) {
                long start = threads.getCurrentThreadCpuTime();
                DashboardResource.DashboardView shown = dashboards.view(PARTNER, null, null);
                long built = threads.getCurrentThreadCpuTime();
                DashboardResource.Templates.content(shown).render();
                view += built - start;
                render += threads.getCurrentThreadCpuTime() - built;
            }
            long started = System.nanoTime();
            for (int i = 0; i < RUNS; i++) {
                given().get("/partners/" + PARTNER).then().statusCode(200);
            }
            long dashboard = System.nanoTime() - started;
            started = System.nanoTime();
            for (int i = 0; i < RUNS; i++) {
                given().get("/q/health/ready").then().statusCode(200);
            }
            long health = System.nanoTime() - started;
            lines.add(String.format(Locale.ROOT, "round %d: view CPU %.2f ms, render CPU %.2f ms per GET | over HTTP,"
                    + " one at a time: dashboard %.2f ms, /q/health/ready %.2f ms", round, view / 1e6 / RUNS,
                    render / 1e6 / RUNS, dashboard / 1e6 / RUNS, health / 1e6 / RUNS));
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "dashboard-cost.txt"), lines);
    }
}
