package com.partnerportal.core.bench;

import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.core.evidence.json.ScorecardJsonReader;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.core.scoring.Scorecard;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading back a stored scorecard, as the score ledger does for every page that shows a month
 * ({@code ScorecardJsonReader.read} of {@code ScorecardJson.writeStored}): a partner with 200 customers, 30
 * professionals (1–3 certifications each) and 11 deployments, the size of the larger partners of the generated
 * 10,000-partner program (scripts/bench/ScaleData.java: 20–200 customers, 5 + customers / 8 professionals,
 * 1 + customers / 20 deployments). Run: see docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScorecardReadBenchmark {

    private String stored;

    @Setup
    public void setUp() {
        stored = ScorecardJson.writeStored(ScoreCalculator.score(ScoringBenchmark.partner(new Random(42), 200, 30, 11)));
    }

    @Benchmark
    public Scorecard read() {
        return ScorecardJsonReader.read(stored);
    }
}
