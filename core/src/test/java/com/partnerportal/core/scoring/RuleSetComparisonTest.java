package com.partnerportal.core.scoring;

import static com.partnerportal.core.evidence.CustomerFixture.customer;
import static com.partnerportal.core.evidence.EvidenceFixture.evidence;
import static com.partnerportal.core.evidence.ProfessionalFixture.professional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.partnerportal.core.evidence.EvidenceFixture;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.program.Subcategory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** The two rule sets side by side, per metric, with the reasons for each difference. */
class RuleSetComparisonTest {

    private static RuleSetComparison.Row row(RuleSetComparison comparison, Subcategory metric) {
        return comparison.rows().stream().filter(r -> r.metric() == metric).findFirst().orElseThrow();
    }

    @Test
    void the_worked_example_side_by_side_with_its_reasons() throws IOException {
        RuleSetComparison comparison = RuleSetComparison.of(EvidenceJson.read(Files.readString(Paths.get(
                System.getProperty("shared.dir"), "examples", "rules-2026", "example-2026-rules.json"))));

        assertThat(comparison.before().ruleSet()).isEqualTo(RuleSets.DATA_AI_AZURE_2024);
        assertThat(comparison.after().ruleSet()).isEqualTo(RuleSets.DATA_AI_AZURE_2026);
        assertThat(comparison.rows()).extracting(RuleSetComparison.Row::metric, RuleSetComparison.Row::pointsBefore,
                RuleSetComparison.Row::pointsAfter).containsExactly(
                        tuple(Subcategory.NET_CUSTOMER_ADDS, 10, 30), tuple(Subcategory.INTERMEDIATE_CERTIFICATIONS, 0, 0),
                        tuple(Subcategory.USAGE_GROWTH, 0, 0), tuple(Subcategory.DEPLOYMENTS, 4, 2));
        assertThat(comparison.totalDelta()).isEqualTo(18);
        assertThat(comparison.pathReasons()).containsExactly(
                "path SMB: revenue no longer decides (driving revenue USD 5,501,600 put it on the Enterprise path under"
                        + " the 2024 rules)",
                // C-2's ACR is in 2026-05 only: the base is C-1 (the spec's worked example names C-1 and C-2; its
                // rule, ACR above 0 in month M, leaves C-2 out — the path is SMB either way)
                "the enterprise share is 0.00 % of the 1 customer with ACR in 2026-06 under the 2026 rules, 33.33 % of"
                        + " all 3 attributed customers under the 2024 rules");
        assertThat(row(comparison, Subcategory.NET_CUSTOMER_ADDS).reasons()).containsExactly(
                "the threshold is USD 500 instead of USD 1,000 (the path differs)",
                "2 customers count +1 instead of 0: at the threshold of USD 500 (C-1, C-2)");
        assertThat(row(comparison, Subcategory.DEPLOYMENTS).reasons())
                .containsExactly("Azure Data Factory at 2 customers counts once under the 2026 rules");
        assertThat(row(comparison, Subcategory.USAGE_GROWTH).differs()).isFalse();
    }

    @Test
    void virtual_machines_and_dp_203_holders_are_named_with_how_many() {
        EvidenceFixture evidence = evidence().asOf("2026-06")
                .professional(professional("admin").holds("AZURE_ADMINISTRATOR_ASSOCIATE"))
                .professional(professional("architect").holds("AZURE_SOLUTIONS_ARCHITECT_EXPERT"));
        for (int i = 1; i <= 4; i++) {
            evidence.customer(customer("C-" + i).acr("2026-06", "100"))
                    .deployment("C-" + i, i == 4 ? " virtual machines " : "Virtual Machines", "2026-03-01");
        }
        for (int i = 1; i <= 3; i++) {
            evidence.professional(professional("d" + i).holds("AZURE_DATA_ENGINEER_ASSOCIATE"));
        }
        evidence.professional(professional("f1").holds("FABRIC_DATA_ENGINEER_ASSOCIATE"));

        RuleSetComparison comparison = RuleSetComparison.of(evidence.build());

        assertThat(row(comparison, Subcategory.DEPLOYMENTS).reasons())
                .containsExactly("Virtual Machines at 4 customers no longer count under the 2026 rules");
        assertThat(row(comparison, Subcategory.DEPLOYMENTS).delta()).isEqualTo(-8);
        assertThat(row(comparison, Subcategory.INTERMEDIATE_CERTIFICATIONS).reasons()).containsExactly(
                "3 people hold only DP-203, which no longer scores under the 2026 rules",
                "1 person holds DP-700, which scores only under the 2026 rules");
        assertThat(row(comparison, Subcategory.INTERMEDIATE_CERTIFICATIONS).pointsBefore()).isEqualTo(8 + 12);
        assertThat(row(comparison, Subcategory.INTERMEDIATE_CERTIFICATIONS).pointsAfter()).isEqualTo(8 + 4);
        assertThat(comparison.pathReasons()).isEmpty();
    }

    @Test
    void a_customer_with_a_small_baseline_is_new_only_under_the_2026_rules() {
        RuleSetComparison comparison = RuleSetComparison.of(evidence().asOf("2026-06")
                .customer(customer("C-7").acr("2025-05", "120").acr("2026-06", "800")).build());

        assertThat(row(comparison, Subcategory.NET_CUSTOMER_ADDS).reasons()).containsExactly(
                "1 customer counts +1 instead of 0: ACR below the threshold in the baseline no longer prevents the +1"
                        + " under the 2026 rules (C-7)");
    }

    @Test
    void evidence_without_differences_has_no_reasons() {
        RuleSetComparison comparison = RuleSetComparison.of(evidence().asOf("2026-06")
                .customer(customer("C-1").acr("2026-05", "600").acr("2025-06", "0"))
                .professional(professional("admin").holds("AZURE_ADMINISTRATOR_ASSOCIATE"))
                .professional(professional("architect").holds("AZURE_SOLUTIONS_ARCHITECT_EXPERT"))
                .professional(professional("dba").holds("AZURE_DATABASE_ADMINISTRATOR_ASSOCIATE"))
                .deployment("C-1", "Azure Databricks", "2026-02-01").build());

        assertThat(comparison.rows()).noneMatch(RuleSetComparison.Row::differs);
        assertThat(comparison.pathReasons()).isEmpty();
    }
}
