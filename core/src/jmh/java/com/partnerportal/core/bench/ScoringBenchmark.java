package com.partnerportal.core.bench;

import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.HeldSpecialization;
import com.partnerportal.core.evidence.Partner;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.program.Specialization;
import com.partnerportal.core.scoring.DataAiCertification;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.core.scoring.Scorecard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scoring one partner with 50 customers × 24 months of ACR, 30 professionals and 20 deployments,
 * explanation and next actions included. Run: see docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScoringBenchmark {

    private Evidence evidence;

    @Setup
    public void setUp() {
        evidence = partner(new Random(42));
    }

    @Benchmark
    public Scorecard score() {
        return ScoreCalculator.score(evidence);
    }

    static Evidence partner(Random random) {
        return partner(random, 50, 30, 20);
    }

    /** A partner with the given numbers of customers (24 months of ACR each), professionals and deployments. */
    static Evidence partner(Random random, int customerCount, int professionalCount, int deploymentCount) {
        YearMonth asOf = YearMonth.of(2024, 12);
        Segment[] segments = Segment.values();
        Attribution[] attributions = Attribution.values();
        List<Customer> customers = new ArrayList<>();
        for (int c = 0; c < customerCount; c++) {
            Map<YearMonth, BigDecimal> acr = new TreeMap<>();
            for (int m = 0; m < 24; m++) {
                acr.put(asOf.minusMonths(m), BigDecimal.valueOf(random.nextInt(300_000), 2));
            }
            customers.add(new Customer("C-" + c, segments[random.nextInt(segments.length)],
                    EnumSet.of(attributions[random.nextInt(attributions.length)]), acr));
        }
        DataAiCertification[] certifications = DataAiCertification.values();
        List<Professional> professionals = new ArrayList<>();
        for (int p = 0; p < professionalCount; p++) {
            List<Certification> held = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                LocalDate earned = asOf.atDay(1).minusDays(random.nextInt(900));
                held.add(new Certification(certifications[random.nextInt(certifications.length)].name(), earned,
                        random.nextBoolean() ? null : earned.plusDays(365 + random.nextInt(400))));
            }
            professionals.add(new Professional("mcid-" + p, "Person " + p, held));
        }
        String[] services = {"Azure Synapse Analytics", "Azure Databricks", "Azure Data Factory", "Azure Machine Learning",
            "Virtual Machines Licenses"};
        List<Deployment> deployments = new ArrayList<>();
        for (int d = 0; d < deploymentCount; d++) {
            deployments.add(new Deployment("C-" + random.nextInt(customerCount), services[random.nextInt(services.length)],
                    1 + random.nextInt(3), asOf.atEndOfMonth().minusDays(random.nextInt(500))));
        }
        return new Evidence(asOf, new Partner("P-BENCH", "Benchmark Partner"), customers, professionals, deployments,
                List.of(new HeldSpecialization(Specialization.AI_ML_AZURE, LocalDate.of(2024, 1, 10))), 1);
    }
}
