package com.partnerportal.web.ledger;

import com.partnerportal.web.demo.DemoEvidenceGenerator;
import com.partnerportal.web.imports.EvidenceImportService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The month close for many partners: a benchmark, not a test (surefire's default includes do not match its name,
 * so the normal build does not run it). Run it with the command in docs/performance.md:
 *
 * <pre>./mvnw -B -pl web -am verify -Dtest=MonthCloseBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dportal.ledger.close-at-start=false -Dbench.partners=1000</pre>
 *
 * It imports {@code bench.partners} generated partners (20 customers × 24 months of ACR, 6 professionals, 1–3
 * certifications each, deployments), then times the close that the scheduler makes on the 1st: the month before
 * the open one recorded for every partner and the open month scored for every partner, in one transaction.
 * Figures go to the console and to {@code web/target/month-close-benchmark.txt}.
 */
@QuarkusTest
class MonthCloseBenchmark {

    static final int PARTNERS = Integer.getInteger("bench.partners", 1000);

    @Inject
    ScoreLedger ledger;

    @Inject
    EvidenceImportService imports;

    @Inject
    EntityManager em;

    @Test
    void closeAMonth() throws IOException {
        YearMonth openMonth = ledger.openMonth();
        long seedStart = System.nanoTime();
        for (int i = 0; i < PARTNERS; i++) {
            String id = String.format(Locale.ROOT, "P-B%05d", i);
            imports.importEvidence(DemoEvidenceGenerator.generate(id, "Bench " + i, openMonth, 20, 6, i), "bench",
                    "month close benchmark", true);
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        MonthClose close = ledger.closeDue("bench").stream().reduce((a, b) -> b).orElseThrow(
                () -> new IllegalStateException("no close was due: run with -Dportal.ledger.close-at-start=false"));
        long recorded = count("select count(*) from scorecard_ledger where state = 'RECORDED' and as_of = '"
                + close.month().atDay(1) + "'");
        long open = count("select count(*) from scorecard_ledger where state = 'OPEN' and as_of = '"
                + openMonth.atDay(1) + "'");
        double seconds = close.took().toNanos() / 1e9;
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Month close of %s: %d partners recorded and the open month %s scored for"
                + " %d (rewritten where changed) in one transaction: %.2f s, %.0f partners/s, %.0f ledger rows/s",
                close.month(), recorded, openMonth, open, seconds, close.partners() / seconds,
                (recorded + open) / seconds));
        lines.add(String.format(Locale.ROOT, "(seeding %d partners through the evidence import took %.1f s; Java %s,"
                + " %d cores)", PARTNERS, seedSeconds, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors()));
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "month-close-benchmark.txt"), lines);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
