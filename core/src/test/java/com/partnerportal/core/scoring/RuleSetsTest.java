package com.partnerportal.core.scoring;

import static com.partnerportal.core.evidence.CustomerFixture.customer;
import static com.partnerportal.core.evidence.EvidenceFixture.evidence;
import static com.partnerportal.core.evidence.ProfessionalFixture.professional;
import static com.partnerportal.core.scoring.RuleSets.DATA_AI_AZURE_2024;
import static com.partnerportal.core.scoring.RuleSets.DATA_AI_AZURE_2026;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.EvidenceFixture;
import com.partnerportal.core.program.Specialization;
import com.partnerportal.core.program.Subcategory;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * shared/spec/scoring-rules-2026.md: one test per difference between {@code DATA_AI_AZURE-2024} and
 * {@code DATA_AI_AZURE-2026}, each at its boundary, and the choice of the rule set by as-of month. The evidence is
 * as of 2026-06 (M-1 = 2026-05, baseline months 2025-05 and 2025-06, as-of day 2026-06-30) and scored with both.
 */
class RuleSetsTest {

    private static EvidenceFixture june2026() {
        return evidence().asOf("2026-06");
    }

    private static Scorecard by2024(EvidenceFixture evidence) {
        return ScoreCalculator.score(evidence.build(), DATA_AI_AZURE_2024);
    }

    private static Scorecard by2026(EvidenceFixture evidence) {
        return ScoreCalculator.score(evidence.build(), DATA_AI_AZURE_2026);
    }

    @Nested
    class Choice {

        @Test
        void months_before_the_boundary_are_scored_by_the_2024_rules_the_boundary_month_on_by_the_2026_rules() {
            RuleSets standard = RuleSets.standard();

            assertThat(standard.boundary()).isEqualTo(YearMonth.of(2026, 5));
            assertThat(standard.forMonth(YearMonth.of(2026, 4))).isEqualTo(DATA_AI_AZURE_2024);
            assertThat(standard.forMonth(YearMonth.of(2026, 5))).isEqualTo(DATA_AI_AZURE_2026);
            assertThat(standard.forMonth(YearMonth.of(2024, 3))).isEqualTo(DATA_AI_AZURE_2024);
            assertThat(ScoreCalculator.score(evidence().asOf("2026-04").build()).ruleSet()).isEqualTo(DATA_AI_AZURE_2024);
            assertThat(ScoreCalculator.score(evidence().asOf("2026-05").build()).ruleSet()).isEqualTo(DATA_AI_AZURE_2026);
        }

        @Test
        void the_boundary_is_a_parameter_of_the_choice() {
            RuleSets later = RuleSets.withBoundary(YearMonth.of(2026, 8));

            assertThat(later.forMonth(YearMonth.of(2026, 7))).isEqualTo(DATA_AI_AZURE_2024);
            assertThat(later.forMonth(YearMonth.of(2026, 8))).isEqualTo(DATA_AI_AZURE_2026);
            assertThat(ScoreCalculator.score(evidence().asOf("2026-06").build(), later).ruleSet())
                    .isEqualTo(DATA_AI_AZURE_2024);
            assertThat(later.periods()).extracting(p -> p.ruleSet().id(), RuleSets.Period::describe).containsExactly(
                    tuple("DATA_AI_AZURE-2024", "up to and including 2026-07"),
                    tuple("DATA_AI_AZURE-2026", "from 2026-08"));
        }

        @Test
        void rule_sets_are_found_by_their_id_only() {
            assertThat(RuleSets.byId("DATA_AI_AZURE-2026")).contains(DATA_AI_AZURE_2026);
            assertThat(RuleSets.byId("DATA_AI_AZURE-2024")).contains(DATA_AI_AZURE_2024);
            assertThat(RuleSets.byId("data_ai_azure-2026")).isEmpty();
            assertThat(RuleSets.all()).containsExactly(DATA_AI_AZURE_2024, DATA_AI_AZURE_2026);
        }
    }

    /** "1. Path": no revenue test; the enterprise share of the customers with ACR above 0 in month M. */
    @Nested
    class PathDifference {

        @Test
        void revenue_no_longer_decides() {
            // USD 1,200,000 driving revenue from one SMB customer: Enterprise by the 2024 revenue test only
            EvidenceFixture evidence = june2026().customer(customer("C-1").acr("2026-01", "1200000").acr("2026-06", "10"));

            assertThat(by2024(evidence).path()).isEqualTo(Path.ENTERPRISE);
            Scorecard scorecard = by2026(evidence);
            assertThat(scorecard.path()).isEqualTo(Path.SMB);
            assertThat(scorecard.explanation().path().why())
                    .isEqualTo("SMB path: enterprise share 0.00 % (0 of 1 attributed customer with ACR in 2026-06) is not"
                            + " more than 20 %; revenue no longer decides under the 2026 rules");
        }

        @Test
        void exactly_20_percent_of_the_base_is_the_smb_path_and_more_is_enterprise() {
            EvidenceFixture fifth = june2026().customer(customer("E-1").enterprise().acr("2026-06", "1"));
            for (int i = 1; i <= 4; i++) {
                fifth.customer(customer("S-" + i).acr("2026-06", "1"));
            }
            assertThat(by2026(fifth).path()).isEqualTo(Path.SMB);

            EvidenceFixture quarter = june2026().customer(customer("E-1").enterprise().acr("2026-06", "1"));
            for (int i = 1; i <= 3; i++) {
                quarter.customer(customer("S-" + i).acr("2026-06", "1"));
            }
            assertThat(by2026(quarter).path()).isEqualTo(Path.ENTERPRISE);
            assertThat(by2026(quarter).explanation().path().enterpriseSharePercent()).isEqualByComparingTo("25");
        }

        @Test
        void the_base_is_the_customers_with_acr_above_0_in_month_m() {
            // E-1 has no ACR in 2026-06: it is outside the base under 2026 and counts in the share under 2024
            EvidenceFixture evidence = june2026().customer(customer("E-1").enterprise().acr("2026-05", "9000"))
                    .customer(customer("S-1").acr("2026-06", "100")).customer(customer("S-2").acr("2026-06", "0"));

            assertThat(by2024(evidence).path()).isEqualTo(Path.ENTERPRISE);
            Scorecard scorecard = by2026(evidence);
            assertThat(scorecard.path()).isEqualTo(Path.SMB);
            assertThat(scorecard.explanation().path().attributedCustomers()).isEqualTo(1);
        }

        @Test
        void an_empty_base_is_the_smb_path() {
            EvidenceFixture evidence = june2026().customer(customer("E-1").enterprise().acr("2026-05", "9000"));

            assertThat(by2026(evidence).path()).isEqualTo(Path.SMB);
            assertThat(by2026(evidence).explanation().path().why()).startsWith("SMB path: no attributed customers with ACR in 2026-06");
        }
    }

    /** "2. Net customer adds": a baseline above 0 but below T no longer prevents the +1. */
    @Nested
    class NewCustomerDifference {

        @Test
        void a_baseline_just_below_the_threshold_is_a_new_customer() {
            EvidenceFixture evidence = june2026().customer(customer("C-1").acr("2025-06", "499.99").acr("2026-06", "500"));

            CustomerLine line = by2026(evidence).explanation().netCustomerAdds().customers().get(0);
            assertThat(line.outcome()).isEqualTo(CustomerLine.Outcome.ADDED);
            assertThat(line.why()).isEqualTo("+1: below USD 500 in both baseline months (2025-05: USD 0, 2025-06:"
                    + " USD 499.99); under the 2026 rules ACR below the threshold there no longer prevents the +1, and"
                    + " 2026-06: USD 500 at or above USD 500");
            assertThat(by2024(evidence).explanation().netCustomerAdds().customers().get(0).outcome())
                    .isEqualTo(CustomerLine.Outcome.NOT_NEW);
        }

        @Test
        void a_baseline_at_the_threshold_is_not_new() {
            EvidenceFixture evidence = june2026().customer(customer("C-1").acr("2025-05", "500").acr("2026-06", "900"));

            assertThat(by2026(evidence).explanation().netCustomerAdds().customers().get(0).outcome())
                    .isEqualTo(CustomerLine.Outcome.RETAINED);
            assertThat(by2026(evidence).metric(Subcategory.NET_CUSTOMER_ADDS).points()).isZero();
        }

        @Test
        void losses_are_counted_as_before() {
            EvidenceFixture evidence = june2026().customer(customer("C-1").acr("2025-05", "500").acr("2026-06", "499.99"));

            assertThat(by2026(evidence).explanation().netCustomerAdds().lost()).isEqualTo(1);
            assertThat(by2024(evidence).explanation().netCustomerAdds().lost()).isEqualTo(1);
        }

        @Test
        void the_next_actions_name_the_2026_condition() {
            NextActions.Step step = by2026(june2026()).nextActions().steps().stream()
                    .filter(s -> s.kind() == NextActions.Step.Kind.ADD_NEW_CUSTOMERS).findFirst().orElseThrow();

            assertThat(step.text()).contains("more new customers with ACR ≥ USD 500 in 2026-05 or 2026-06 and below"
                    + " USD 500 in 2025-05 and 2025-06: +");
        }
    }

    /** "3. Scoring certifications": the scoring list is replaced; DP-203 and MB-260 no longer score. */
    @Nested
    class CertificationsDifference {

        private static EvidenceFixture withPrerequisites() {
            return june2026().professional(professional("admin").holds("AZURE_ADMINISTRATOR_ASSOCIATE"))
                    .professional(professional("architect").holds("AZURE_SOLUTIONS_ARCHITECT_EXPERT"));
        }

        @Test
        void dp_203_and_mb_260_no_longer_score() {
            EvidenceFixture evidence = withPrerequisites()
                    .professional(professional("d1").holds("AZURE_DATA_ENGINEER_ASSOCIATE"))
                    .professional(professional("d2").holds("AZURE_DATA_ENGINEER_ASSOCIATE"))
                    .professional(professional("d3").holds("AZURE_DATA_ENGINEER_ASSOCIATE"))
                    .professional(professional("m1").holds("CUSTOMER_DATA_PLATFORM_SPECIALTY"));

            assertThat(by2024(evidence).explanation().intermediateCertifications().scoringIndividuals()).isEqualTo(4);
            Scorecard scorecard = by2026(evidence);
            assertThat(scorecard.explanation().intermediateCertifications().scoringIndividuals()).isZero();
            CertificationLine line = scorecard.explanation().intermediateCertifications().professionals().stream()
                    .filter(p -> p.professionalId().equals("d1")).findFirst().orElseThrow().certifications().get(0);
            assertThat(line.role()).isEqualTo(DataAiCertification.Role.NO_LONGER_SCORING);
            assertThat(line.why()).isEqualTo("Azure Data Engineer Associate (DP-203) is active but no longer scores under"
                    + " the 2026 rules");
            assertThat(scorecard.nextActions().steps()).filteredOn(s -> s.kind() == NextActions.Step.Kind.ADD_SCORING_INDIVIDUALS)
                    .singleElement().extracting(NextActions.Step::text).asString()
                    .contains("such as Fabric Data Engineer Associate, DP-700")
                    .endsWith("; 4 people hold only Azure Data Engineer Associate (DP-203) or Customer Data Platform"
                            + " Specialty (MB-260), which no longer score under the 2026 rules");
        }

        @Test
        void every_new_certification_scores_under_2026_and_not_under_2024() {
            List<DataAiCertification> added = List.of(DataAiCertification.FABRIC_ANALYTICS_ENGINEER_ASSOCIATE,
                    DataAiCertification.FABRIC_DATA_ENGINEER_ASSOCIATE, DataAiCertification.SQL_AI_DEVELOPER_ASSOCIATE,
                    DataAiCertification.AZURE_AI_APPS_AND_AGENTS_DEVELOPER_ASSOCIATE,
                    DataAiCertification.MACHINE_LEARNING_OPERATIONS_ENGINEER_ASSOCIATE,
                    DataAiCertification.AZURE_DATABRICKS_DATA_ENGINEER_ASSOCIATE);
            EvidenceFixture evidence = withPrerequisites();
            for (DataAiCertification certification : added) {
                evidence.professional(professional(certification.exam()).holds(certification.name()));
            }

            assertThat(by2026(evidence).explanation().intermediateCertifications().scoringIndividuals()).isEqualTo(6);
            assertThat(by2024(evidence).explanation().intermediateCertifications().scoringIndividuals()).isZero();
            assertThat(DATA_AI_AZURE_2026.certifications().scoring()).hasSize(11).containsAll(added)
                    .doesNotContain(DataAiCertification.AZURE_DATA_ENGINEER_ASSOCIATE,
                            DataAiCertification.CUSTOMER_DATA_PLATFORM_SPECIALTY);
            assertThat(DATA_AI_AZURE_2024.certifications().scoring()).hasSize(7);
        }

        @Test
        void a_certification_expiring_on_the_as_of_day_still_counts_and_one_expiring_the_day_before_does_not() {
            EvidenceFixture evidence = withPrerequisites()
                    .professional(professional("ai-1").holds("AZURE_AI_ENGINEER_ASSOCIATE", "2024-01-01", "2026-06-30"))
                    .professional(professional("ai-2").holds("AZURE_DATA_SCIENTIST_ASSOCIATE", "2024-01-01", "2026-06-29"));

            CertificationsExplanation explanation = by2026(evidence).explanation().intermediateCertifications();
            assertThat(explanation.scoringIndividuals()).isEqualTo(1);
            assertThat(explanation.professionals()).filteredOn(p -> p.professionalId().startsWith("ai-"))
                    .extracting(p -> p.certifications().get(0).status())
                    .containsExactly(CertificationLine.Status.ACTIVE, CertificationLine.Status.EXPIRED);
        }
    }

    /** "4. Deployments": Virtual Machines excluded too; distinct services across the customer base. */
    @Nested
    class DeploymentsDifference {

        private static EvidenceFixture twoCustomers() {
            return june2026().customer(customer("C-1")).customer(customer("C-2"));
        }

        @Test
        void virtual_machines_with_blanks_and_in_any_case_are_excluded() {
            EvidenceFixture evidence = twoCustomers().deployment("C-1", " virtual machines ", "2026-01-10")
                    .deployment("C-2", "VIRTUAL MACHINES LICENSES", "2026-01-10");

            assertThat(by2026(evidence).explanation().deployments().deployments()).extracting(DeploymentLine::status)
                    .containsOnly(DeploymentLine.Status.EXCLUDED_SERVICE);
            assertThat(by2026(evidence).explanation().deployments().deployments().get(0).why())
                    .isEqualTo("excluded: Virtual Machines and Virtual Machines Licenses do not count under the 2026 rules");
            assertThat(by2024(evidence).explanation().deployments().deployments()).extracting(DeploymentLine::status)
                    .containsExactly(DeploymentLine.Status.ELIGIBLE, DeploymentLine.Status.EXCLUDED_SERVICE);
        }

        @Test
        void the_same_service_at_two_customers_counts_once() {
            EvidenceFixture evidence = twoCustomers().deployment("C-1", "Azure Data Factory", "2026-01-10")
                    .deployment("C-2", "azure data factory ", "2026-02-10")
                    .deployment("C-2", "Azure Databricks", "2026-02-10");

            Scorecard scorecard = by2026(evidence);
            assertThat(scorecard.explanation().deployments().eligible()).isEqualTo(2);
            assertThat(scorecard.metric(Subcategory.DEPLOYMENTS).points()).isEqualTo(4);
            assertThat(scorecard.explanation().deployments().deployments()).extracting(DeploymentLine::status)
                    .containsExactly(DeploymentLine.Status.ELIGIBLE, DeploymentLine.Status.ELIGIBLE,
                            DeploymentLine.Status.DUPLICATE_SERVICE);
            assertThat(scorecard.explanation().deployments().why())
                    .isEqualTo("2 distinct services eligible among 3 deployments (TTM 2025-07-01 … 2026-06-30): 2 × min(5, 2)"
                            + " = 4 points");
            assertThat(by2024(evidence).metric(Subcategory.DEPLOYMENTS).points()).isEqualTo(6);
        }
    }

    /** "5. Names". */
    @Test
    void under_the_2026_rules_ai_ml_azure_is_named_ai_platform_on_microsoft_azure() {
        assertThat(DATA_AI_AZURE_2026.nameOf(Specialization.AI_ML_AZURE)).isEqualTo("AI Platform on Microsoft Azure");
        assertThat(DATA_AI_AZURE_2024.nameOf(Specialization.AI_ML_AZURE)).isEqualTo("AI and Machine Learning on Microsoft Azure");
        assertThat(DATA_AI_AZURE_2026.nameOf(Specialization.ANALYTICS_AZURE)).isEqualTo("Analytics on Microsoft Azure");
        Evidence evidence = june2026().specialization(Specialization.AI_ML_AZURE, "2025-01-01").build();
        assertThat(ScoreCalculator.score(evidence).explanation().specializations().specializations().get(0).name())
                .isEqualTo("AI Platform on Microsoft Azure");
    }

    @Test
    void what_the_2026_rules_leave_unchanged_stays_the_same() {
        assertThat(DATA_AI_AZURE_2026.netCustomerAdds().smbThresholdUsd()).isEqualByComparingTo(BigDecimal.valueOf(500));
        assertThat(DATA_AI_AZURE_2026.netCustomerAdds().enterpriseThresholdUsd()).isEqualByComparingTo(BigDecimal.valueOf(1000));
        assertThat(DATA_AI_AZURE_2026.path().enterpriseSharePercent()).isEqualTo(20);
        assertThat(DATA_AI_AZURE_2026.certifications().administrator()).isEqualTo(DataAiCertification.AZURE_ADMINISTRATOR_ASSOCIATE);
        assertThat(DATA_AI_AZURE_2026.certifications().architect()).isEqualTo(DataAiCertification.AZURE_SOLUTIONS_ARCHITECT_EXPERT);
        assertThat(DATA_AI_AZURE_2026.deployments().serviceLevel()).isEqualTo(2);
    }
}
