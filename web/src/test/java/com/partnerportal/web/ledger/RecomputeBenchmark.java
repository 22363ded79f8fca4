package com.partnerportal.web.ledger;

import com.partnerportal.web.admin.RecomputeJob;
import com.partnerportal.web.admin.RecomputeJobs;
import com.partnerportal.web.launch.EmbeddedDatabase;
import com.partnerportal.web.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The set-based recompute and the month close at program scale: a benchmark, not a test (surefire's default
 * includes do not match its name). Run it with the command in docs/performance.md:
 *
 * <pre>./mvnw -B -pl web -am verify -Dtest=RecomputeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dportal.ledger.close-at-start=false -Dbench.partners=10000</pre>
 *
 * It loads {@code bench.partners} partners with the data generator ({@code scripts/bench/ScaleData.java}, the one
 * {@code scripts/bench/generate} runs, into this test's PostgreSQL, as its superuser), then, in the same run:
 * recomputes every partner's open month through the recompute job (chunks claimed in the database), times
 * PostgreSQL's own aggregate over the same ACR rows (the scoring window of every customer with an approved
 * association: sum per customer), prints both and their ratio, and — unless {@code -Dbench.close=false} — times the
 * month close (same set-based path). Figures go to the console and to {@code web/target/recompute-benchmark.txt}.
 */
@QuarkusTest
class RecomputeBenchmark {

    static final int PARTNERS = Integer.getInteger("bench.partners", 1000);
    static final long SEED = Long.getLong("bench.seed", 14);
    static final boolean CLOSE = Boolean.parseBoolean(System.getProperty("bench.close", "true"));

    @Inject
    ScoreLedger ledger;

    @Inject
    RecomputeJobs jobs;

    @Inject
    EntityManager em;

    @Test
    void recomputeEveryPartnerAndCloseTheMonth() throws Exception {
        List<String> lines = new ArrayList<>();
        YearMonth open = ledger.openMonth();
        EmbeddedDatabase database = PostgresTestResource.database();
        lines.add(String.format(Locale.ROOT, "load average at start: %s", loadAverage()));

        long loadStarted = System.nanoTime();
        generate(database, open, lines);
        double loadSeconds = seconds(loadStarted);
        lines.add(String.format(Locale.ROOT, "generator: %d partners loaded in %.1f s (load average %s)", PARTNERS,
                loadSeconds, loadAverage()));

        long recomputeStarted = System.nanoTime();
        RecomputeJob job = jobs.start(open, "bench");
        while (jobs.find(job.id()).orElseThrow().running()) {
            Thread.sleep(200);
        }
        double recomputeSeconds = seconds(recomputeStarted);
        RecomputeJob done = jobs.find(job.id()).orElseThrow();
        double dbSeconds = Duration.between(done.startedAt(), done.finishedAt()).toNanos() / 1e9;
        lines.add(String.format(Locale.ROOT, "recompute of %s: %d partners computed, %d failed, %.1f s (run start to"
                + " finish as recorded: %.1f s), %.0f partners/s (load average %s)", open, done.computed(),
                done.failed().size(), recomputeSeconds, dbSeconds, done.computed() / recomputeSeconds,
                loadAverage()));

        String window = "m.month between '" + open.minusMonths(13).atDay(1) + "' and '" + open.atDay(1) + "'";
        String aggregate = "select count(*), sum(rows), sum(total) from (select m.partner_id, m.customer_ref,"
                + " count(*) as rows, sum(m.amount) as total from acr_month m where " + window
                + " and exists (select 1 from customer_association a where a.partner_id = m.partner_id"
                + " and a.customer_ref = m.customer_ref and a.state = 'APPROVED')"
                + " group by m.partner_id, m.customer_ref) per_customer";
        double best = Double.MAX_VALUE;
        String result = "";
        for (int run = 1; run <= 2; run++) {
            long started = System.nanoTime();
            result = QuarkusTransaction.requiringNew().timeout(600).call(() -> {
                Object[] row = (Object[]) em.createNativeQuery(aggregate).getSingleResult();
                return row[0] + " customers, " + row[1] + " ACR rows, " + row[2] + " USD";
            });
            double took = seconds(started);
            lines.add(String.format(Locale.ROOT, "PostgreSQL's aggregate over the same ACR rows, run %d: %.1f s (%s)",
                    run, took, result));
            best = Math.min(best, took);
        }
        lines.add(String.format(Locale.ROOT, "ratio recompute / aggregate (best of 2): %.1f s / %.1f s = %.2f",
                recomputeSeconds, best, recomputeSeconds / best));

        if (CLOSE) {
            long closeStarted = System.nanoTime();
            List<MonthClose> closes = ledger.closeDue("bench");
            double closeSeconds = seconds(closeStarted);
            for (MonthClose close : closes) {
                lines.add(String.format(Locale.ROOT, "month close of %s: %d partners recorded (and the open month"
                        + " scored again) in %.1f s (load average %s)", close.month(), close.partners(),
                        close.took().toNanos() / 1e9, loadAverage()));
            }
            if (closes.isEmpty()) {
                lines.add(String.format(Locale.ROOT, "no month close was due (%.1f s): run with"
                        + " -Dportal.ledger.close-at-start=false", closeSeconds));
            }
        }
        lines.add(String.format(Locale.ROOT, "Java %s, %d cores", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors()));
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "recompute-benchmark.txt"), lines);
    }

    /** Runs the data generator (a separate JVM, as scripts/bench/generate runs it) against this test's database. */
    private static void generate(EmbeddedDatabase database, YearMonth last, List<String> lines)
            throws IOException, InterruptedException {
        String driver = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath()).toString();
        Path generator = Path.of("..", "scripts", "bench", "ScaleData.java");
        Process process = new ProcessBuilder("java", "-Xmx512m", "-cp", driver, generator.toString(),
                database.jdbcUrl(), database.superuser().user(), database.superuser().password(),
                Integer.toString(PARTNERS), Long.toString(SEED), last.toString())
                .redirectErrorStream(true).start();
        try (var output = process.inputReader()) {
            output.lines().forEach(line -> {
                System.out.println("  generator: " + line);
                lines.add("  " + line);
            });
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the generator failed");
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
