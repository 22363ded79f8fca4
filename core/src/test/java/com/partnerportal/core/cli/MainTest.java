package com.partnerportal.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line contract: exit codes, and what goes to stdout and stderr. */
class MainTest {

    private static final String EXAMPLE = Paths.get(System.getProperty("shared.dir"), "examples",
            "example-smb-attained.json").toString();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private record Run(int status, String out, String err) {
    }

    private static Run run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    @Test
    void scoring_a_file_prints_the_scorecard_json_on_stdout_and_exits_0() throws IOException {
        Run run = run("score", EXAMPLE);

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode scorecard = new ObjectMapper().readTree(run.out());
        assertThat(scorecard.get("partnerId").asText()).isEqualTo("P-1001");
        assertThat(scorecard.get("total").asInt()).isEqualTo(78);
        assertThat(scorecard.has("explanation")).isTrue();
        assertThat(scorecard.has("nextActions")).isTrue();
    }

    @Test
    void a_dash_reads_the_evidence_from_stdin() throws IOException {
        Run run = run(Files.newInputStream(Paths.get(EXAMPLE)), "score", "-");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"partnerId\": \"P-1001\"");
    }

    @Test
    void format_text_prints_a_readable_table() {
        Run run = run("score", EXAMPLE, "--format", "text");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Net customer adds", "Intermediate certifications", "Usage growth", "Deployments",
                "Total                              78   100", "Attained: yes (margin 8 above 70)");
        assertThat(run("score", "--format=text", EXAMPLE).out()).isEqualTo(run.out());
    }

    @Test
    void invalid_evidence_exits_2_with_one_line_per_problem_on_stderr_and_nothing_on_stdout() throws IOException {
        Path file = temp.resolve("bad.json");
        Files.writeString(file, Files.readString(Paths.get(EXAMPLE))
                .replace("\"2024-03\": 800", "\"2024-03\": -800")
                .replace("\"2024-02\": 650", "\"2024-14\": 650"));

        Run run = run("score", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "customers[0].acr.2024-03: must be ≥ 0",
                "customers[1].acr.2024-14: not a month");
    }

    @Test
    void an_unreadable_file_exits_2_with_the_usage() {
        Run run = run("score", temp.resolve("missing.json").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("cannot read", "no such file", "usage: capscore score FILE.json");
    }

    @Test
    void bad_arguments_exit_2_with_the_usage() {
        for (String[] args : new String[][] {
                {}, {"rate", EXAMPLE}, {"score"}, {"score", EXAMPLE, "--verbose"}, {"score", EXAMPLE, "--format", "xml"},
                {"score", EXAMPLE, EXAMPLE}}) {
            Run run = run(args);

            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
            assertThat(run.err()).as(String.join(" ", args)).contains("usage: capscore score");
        }
    }

    @Test
    void help_prints_the_usage_on_stdout() {
        Run run = run("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("usage: capscore score");
    }

    @Test
    void a_scorecard_not_attained_lists_next_actions_in_the_text_format() {
        Run run = run("score", Paths.get(System.getProperty("shared.dir"), "examples", "example-enterprise-short.json")
                .toString(), "--format", "text");

        assertThat(run.out()).contains("Attained: no (20 points missing to 70; the 25-point marker is reached)",
                "Next actions:", "  - 1 more new customer with ACR ≥ USD 1,000");
    }

    private static final String RULES_2026 = Paths.get(System.getProperty("shared.dir"), "examples", "rules-2026",
            "example-2026-rules.json").toString();

    @Test
    void score_picks_the_rule_set_of_the_evidence_month_and_rules_scores_with_another() throws IOException {
        JsonNode by2026 = JSON.readTree(run("score", RULES_2026).out());
        assertThat(by2026.get("ruleSet").asText()).isEqualTo("DATA_AI_AZURE-2026");
        assertThat(by2026.get("total").asInt()).isEqualTo(32);

        Run run = run("score", RULES_2026, "--rules", "DATA_AI_AZURE-2024");
        assertThat(run.status()).isZero();
        JsonNode by2024 = JSON.readTree(run.out());
        assertThat(by2024.get("ruleSet").asText()).isEqualTo("DATA_AI_AZURE-2024");
        assertThat(by2024.get("total").asInt()).isEqualTo(14);
        assertThat(JSON.readTree(run("score", "--rules=DATA_AI_AZURE-2024", RULES_2026).out())).isEqualTo(by2024);
    }

    @Test
    void the_boundary_month_moves_the_choice() throws IOException {
        JsonNode moved = JSON.readTree(run("score", RULES_2026, "--boundary", "2026-07").out());
        assertThat(moved.get("ruleSet").asText()).isEqualTo("DATA_AI_AZURE-2024");
        JsonNode atBoundary = JSON.readTree(run("score", RULES_2026, "--boundary=2026-06").out());
        assertThat(atBoundary.get("ruleSet").asText()).isEqualTo("DATA_AI_AZURE-2026");
    }

    @Test
    void an_unknown_rule_set_exits_2_with_a_message() {
        Run run = run("score", RULES_2026, "--rules", "DATA_AI_AZURE-2025");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("capscore: unknown rule set: DATA_AI_AZURE-2025 (known: DATA_AI_AZURE-2024,"
                + " DATA_AI_AZURE-2026)" + System.lineSeparator());
    }

    @Test
    void rules_lists_the_rule_sets_with_their_months() {
        Run run = run("rules");

        assertThat(run.status()).isZero();
        assertThat(run.out().lines().toList()).hasSize(2);
        assertThat(run.out().lines().toList().get(0)).startsWith("DATA_AI_AZURE-2024").contains("up to and including 2026-04");
        assertThat(run.out().lines().toList().get(1)).startsWith("DATA_AI_AZURE-2026").contains("from 2026-05");
        assertThat(run("rules", "--boundary", "2026-09").out()).contains("up to and including 2026-08", "from 2026-09");
        assertThat(run("rules", "--boundary", "2026-13").status()).isEqualTo(2);
        assertThat(run("rules", "extra").status()).isEqualTo(2);
    }

    @Test
    void the_text_format_names_the_rule_set() {
        assertThat(run("score", RULES_2026, "--format", "text").out())
                .contains("Rule set DATA_AI_AZURE-2026: Data & AI (Azure), Microsoft's 2026 rules");
    }
}
