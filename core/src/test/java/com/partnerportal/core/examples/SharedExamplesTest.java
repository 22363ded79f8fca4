package com.partnerportal.core.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.core.scoring.ScoreCalculator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every evidence file in {@code shared/examples} with an {@code .expected.json} beside it scores to
 * a scorecard holding every field of the expected file with the same value. The folder is listed,
 * so examples added later are tested too.
 */
class SharedExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static Path examples() {
        String shared = System.getProperty("shared.dir");
        assertThat(shared).as("system property shared.dir (set by core/pom.xml)").isNotBlank();
        Path folder = Paths.get(shared, "examples");
        assertThat(folder).as("the shared examples folder").isDirectory();
        return folder;
    }

    @TestFactory
    Stream<DynamicTest> every_shared_example_scores_to_its_expected_scorecard() throws IOException {
        List<Path> expectedFiles;
        try (Stream<Path> files = Files.list(examples())) {
            expectedFiles = files.filter(f -> f.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        assertThat(expectedFiles).as("expected scorecards in the shared examples").isNotEmpty();
        return expectedFiles.stream().map(expected -> DynamicTest.dynamicTest(expected.getFileName().toString(), () -> {
            String name = expected.getFileName().toString();
            Path evidence = expected.resolveSibling(name.substring(0, name.length() - ".expected.json".length()) + ".json");
            assertThat(evidence).as("the evidence beside " + name).exists();
            String scorecard = ScorecardJson.write(ScoreCalculator.score(EvidenceJson.read(Files.readString(evidence))));
            assertContains(JSON.readTree(scorecard), JSON.readTree(Files.readString(expected)), "$");
        }));
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
