package com.partnerportal.web.pdf;

import static io.restassured.RestAssured.given;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.web.demo.DemoEvidenceGenerator;
import com.partnerportal.web.imports.EvidenceImportService;
import com.partnerportal.persistence.partner.PartnerSummary;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Warm render times of the scorecard PDF: a benchmark, not a test (it asserts nothing and is not part of the normal
 * build — surefire's default includes do not match its name). Run it with the command in docs/performance.md:
 *
 * <pre>./mvnw -B -pl web -am verify -Dtest=ScorecardPdfBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It measures, for the shared example P-1001 and a generated partner with 300 customers: the render alone (Qute
 * template and openhtmltopdf, from a computed scorecard) and the whole request ({@code GET
 * /partners/{id}/scorecard.pdf}: ownership check, scoring from the database, snapshot, render). Figures go to the
 * console and to {@code web/target/pdf-benchmark.txt}.
 */
@QuarkusTest
class ScorecardPdfBenchmark {

    static final int WARM_UP = Integer.getInteger("bench.warmup", 15);
    static final int RUNS = Integer.getInteger("bench.runs", 40);
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Inject
    EvidenceImportService imports;

    @Inject
    ScorecardPdfService pdfs;

    @Test
    @TestSecurity(user = "bench", roles = "program-admin")
    void renderTimes() throws IOException {
        Evidence example = EvidenceJson.read(SharedExamples.read(SharedExamples.evidenceFiles().stream()
                .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow()));
        Evidence big = DemoEvidenceGenerator.generate("P-BENCH-300", "Benchmark Partner", YearMonth.of(2024, 3), 300,
                40, 300L);
        imports.importEvidence(example, "bench", "pdf benchmark", true);
        imports.importEvidence(big, "bench", "pdf benchmark", true);

        List<String> lines = new ArrayList<>();
        lines.add("Scorecard PDF render times, warm (" + WARM_UP + " warm-up runs, then the median of " + RUNS
                + "), A4, Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        for (Evidence evidence : List.of(example, big)) {
            String id = evidence.partner().id();
            ScorecardPdfView view = pdfs.view(new PartnerSummary(id, evidence.partner().name()), evidence.asOf());
            Result render = measure(() -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                pdfs.write(view, Paper.A4, OutputStream.nullOutputStream());
                return (int) ((THREADS.getCurrentThreadCpuTime() - cpu) / 1000);
            });
            Result request = measure(() -> given().when()
                    .get("/partners/{id}/scorecard.pdf?asOf={month}", id, evidence.asOf().toString())
                    .then().statusCode(200).extract().asByteArray().length);
            lines.add(String.format(Locale.ROOT, "%-12s %3d customers, %2d pages, %,7d bytes | render: median %6.1f ms"
                    + " (min %6.1f, max %6.1f), CPU median %6.1f ms | request: median %6.1f ms (min %6.1f, max %6.1f)",
                    id, evidence.customers().size(), PdfDocument.read(pdfs.pdf(view, Paper.A4)).pageCount(),
                    request.last, render.median, render.min, render.max, render.medianValue / 1000.0, request.median,
                    request.min, request.max));
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "pdf-benchmark.txt"), lines);
    }

    /** Wall-clock milliseconds (median, min, max), the median of what each run returned, and the last. */
    record Result(double median, double min, double max, double medianValue, int last) {
    }

    static Result measure(Supplier<Integer> run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.get();
        }
        List<Double> times = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            last = run.get();
            times.add((System.nanoTime() - start) / 1e6);
            values.add((double) last);
        }
        Collections.sort(times);
        return new Result(median(times), times.get(0), times.get(RUNS - 1), median(values), last);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
