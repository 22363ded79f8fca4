package com.partnerportal.core.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.core.scoring.RuleSet;
import com.partnerportal.core.scoring.RuleSets;
import com.partnerportal.core.scoring.ScoreCalculator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every evidence file in {@code shared/examples} (and its subfolders) with an {@code .expected.json} beside it
 * scores to a scorecard holding every field of the expected file with the same value. The folder is walked, so
 * examples added later are tested too.
 */
class SharedExamplesTest {

    private static final Pattern SCORED_WITH = Pattern.compile("(.+)\\.scored-with-(\\d{4})");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static Path examples() {
        String shared = System.getProperty("shared.dir");
        assertThat(shared).as("system property shared.dir (set by core/pom.xml)").isNotBlank();
        Path folder = Paths.get(shared, "examples");
        assertThat(folder).as("the shared examples folder").isDirectory();
        return folder;
    }

    /**
     * {@code NAME.expected.json} is NAME.json scored by the rule set in force for its month;
     * {@code NAME.scored-with-YEAR.expected.json} is NAME.json scored with {@code DATA_AI_AZURE-YEAR}. Subfolders
     * (such as {@code rules-2026/}) are walked too.
     */
    @TestFactory
    Stream<DynamicTest> every_shared_example_scores_to_its_expected_scorecard() throws IOException {
        List<Path> expectedFiles;
        try (Stream<Path> files = Files.walk(examples())) {
            expectedFiles = files.filter(f -> f.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        assertThat(expectedFiles).as("expected scorecards in the shared examples").isNotEmpty();
        return expectedFiles.stream().map(expected -> DynamicTest.dynamicTest(
                examples().relativize(expected).toString(), () -> assertScoresTo(expected)));
    }

    @Test
    void the_rules_2026_example_is_exact_with_both_rule_sets() throws IOException {
        Path folder = examples().resolve("rules-2026");
        assertScoresTo(folder.resolve("example-2026-rules.expected.json"));
        assertScoresTo(folder.resolve("example-2026-rules.scored-with-2024.expected.json"));
        JsonNode by2026 = JSON.readTree(score(folder.resolve("example-2026-rules.json"), null));
        assertThat(by2026.get("ruleSet").asText()).isEqualTo("DATA_AI_AZURE-2026");
        JsonNode by2024 = JSON.readTree(score(folder.resolve("example-2026-rules.json"), RuleSets.DATA_AI_AZURE_2024));
        assertThat(by2024.get("ruleSet").asText()).isEqualTo("DATA_AI_AZURE-2024");
        assertThat(by2024.get("path").asText()).isEqualTo("ENTERPRISE");
    }

    @Test
    void the_top_level_examples_are_scored_by_the_2024_rules_of_their_month() throws IOException {
        for (String name : List.of("example-smb-attained", "example-enterprise-short")) {
            JsonNode scorecard = JSON.readTree(score(examples().resolve(name + ".json"), null));
            assertThat(scorecard.get("ruleSet").asText()).as(name).isEqualTo("DATA_AI_AZURE-2024");
        }
    }

    private static void assertScoresTo(Path expected) throws IOException {
        String name = expected.getFileName().toString();
        String base = name.substring(0, name.length() - ".expected.json".length());
        Matcher scoredWith = SCORED_WITH.matcher(base);
        RuleSet ruleSet = null;
        if (scoredWith.matches()) {
            base = scoredWith.group(1);
            String id = "DATA_AI_AZURE-" + scoredWith.group(2);
            ruleSet = RuleSets.byId(id).orElseThrow(() -> new AssertionError("no rule set " + id + " for " + name));
        }
        Path evidence = expected.resolveSibling(base + ".json");
        assertThat(evidence).as("the evidence beside " + name).exists();
        assertContains(JSON.readTree(score(evidence, ruleSet)), JSON.readTree(Files.readString(expected)), "$");
    }

    /** The scorecard JSON of an evidence file, by {@code ruleSet} or (null) the rule set of its month. */
    private static String score(Path evidence, RuleSet ruleSet) throws IOException {
        Evidence read = EvidenceJson.read(Files.readString(evidence));
        return ScorecardJson.write(ruleSet == null ? ScoreCalculator.score(read) : ScoreCalculator.score(read, ruleSet));
    }

    @Test
    void the_comparison_fails_on_a_differing_or_missing_field() throws IOException {
        JsonNode actual = JSON.readTree("{\"total\": 78, \"metrics\": [{\"points\": 20}], \"benefits\": null}");
        assertContains(actual, JSON.readTree("{\"total\": 78.0, \"benefits\": null}"), "$");
        assertThatThrownBy(() -> assertContains(actual, JSON.readTree("{\"total\": 77}"), "$")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertContains(actual, JSON.readTree("{\"path\": \"SMB\"}"), "$")).hasMessageContaining("$.path");
        assertThatThrownBy(() -> assertContains(actual, JSON.readTree("{\"metrics\": [{\"points\": 20}, {}]}"), "$"))
                .isInstanceOf(AssertionError.class);
    }

    /** Every field of {@code expected} is in {@code actual} with an equal value; arrays match element by element. */
    static void assertContains(JsonNode actual, JsonNode expected, String path) {
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(path + " is an object in " + actual).isTrue();
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = actual.get(field.getKey());
                if (value == null) {
                    fail(path + "." + field.getKey() + " is missing from the scorecard");
                }
                assertContains(value, field.getValue(), path + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as(path + " is an array").isTrue();
            assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertContains(actual.get(i), expected.get(i), path + "[" + i + "]");
            }
        } else if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(path + " is a number, not " + actual).isTrue();
            assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }
}
