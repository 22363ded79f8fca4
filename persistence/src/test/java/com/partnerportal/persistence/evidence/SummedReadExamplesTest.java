package com.partnerportal.persistence.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Partner;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.core.scoring.RuleSet;
import com.partnerportal.core.scoring.RuleSets;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.core.scoring.Scorecard;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every shared example (../shared/examples and its subfolders), imported and read back: the summed read of the
 * set-based recompute ({@link EvidenceBatchAssembler#assembleSummed}) scores exactly as the full read of the pages
 * ({@link EvidenceBatchAssembler#assemble}) — the same scorecard under both rule sets, and the same stored JSON byte
 * for byte (the ledger compares it with the stored one before it writes) — and both give the file's own points.
 */
@QuarkusTest
class SummedReadExamplesTest {

    @Inject
    EvidenceWriter writer;

    @Inject
    ImportApprovals approvals;

    @Inject
    EvidenceBatchAssembler batch;

    static List<Path> examples() throws IOException {
        String shared = System.getProperty("shared.dir");
        assertThat(shared).as("system property shared.dir (set by persistence/pom.xml)").isNotBlank();
        try (Stream<Path> files = Files.walk(Path.of(shared, "examples"))) {
            return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
    }

    @Test
    void everySharedExampleScoresAlikeFromTheSummedAndTheFullRead() throws IOException {
        List<Path> examples = examples();
        assertThat(examples).as("the shared examples").hasSizeGreaterThanOrEqualTo(3)
                .anyMatch(f -> f.getParent().getFileName().toString().equals("rules-2026"));
        int n = 0;
        for (Path file : examples) {
            Evidence example = EvidenceJson.read(Files.readString(file));
            String partnerId = "P-SUM-" + n++;
            Evidence imported = new Evidence(example.asOf(), new Partner(partnerId, example.partner().name()),
                    example.customers(), example.professionals(), example.deployments(), example.specializations(),
                    example.otherAzureSpecializations());
            QuarkusTransaction.requiringNew().run(() -> approvals.apply(imported, writer.write(imported),
                    new ImportApprovals.ImportRequest("test", file.getFileName().toString(), "imp-" + partnerId,
                            true)));

            Evidence full = QuarkusTransaction.requiringNew()
                    .call(() -> batch.assemble(List.of(partnerId), example.asOf())).get(partnerId);
            Evidence summed = QuarkusTransaction.requiringNew()
                    .call(() -> batch.assembleSummed(List.of(partnerId), example.asOf())).get(partnerId);
            assertThat(summed.customers()).as(file.toString()).isNotEmpty().allMatch(Customer::isSummed);
            assertThat(full.customers()).noneMatch(Customer::isSummed);

            for (RuleSet ruleSet : List.of(RuleSets.DATA_AI_AZURE_2024, RuleSets.DATA_AI_AZURE_2026)) {
                String what = file.getFileName() + " by " + ruleSet.id();
                Scorecard fromFile = ScoreCalculator.score(imported, ruleSet);
                Scorecard fromFull = ScoreCalculator.score(full, ruleSet);
                Scorecard fromSums = ScoreCalculator.score(summed, ruleSet);
                // the database keeps amounts as numeric(14, 2): the file's 2500 reads back as 2500.00, so the
                // scorecards' amounts differ in scale, not in the points
                assertThat(fromFull.metrics()).as(what + ": the full read").isEqualTo(fromFile.metrics());
                assertThat(fromFull.path()).as(what).isEqualTo(fromFile.path());
                assertThat(fromSums).as(what + ": the summed read").isEqualTo(fromFull);
                assertThat(ScorecardJson.writeStored(fromSums)).as(what)
                        .isEqualTo(ScorecardJson.writeStored(fromFull));
            }
        }
    }
}
