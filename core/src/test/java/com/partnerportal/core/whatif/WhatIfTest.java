package com.partnerportal.core.whatif;

import static com.partnerportal.core.evidence.CustomerFixture.customer;
import static com.partnerportal.core.evidence.EvidenceFixture.evidence;
import static com.partnerportal.core.evidence.ProfessionalFixture.professional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.program.Subcategory;
import com.partnerportal.core.scoring.DeploymentLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What-if: hypothetical changes, the new scorecard and the difference per metric. */
class WhatIfTest {

    private static final String ADMIN = "AZURE_ADMINISTRATOR_ASSOCIATE";
    private static final String ARCHITECT = "AZURE_SOLUTIONS_ARCHITECT_EXPERT";
    private static final String DATA_ENGINEER = "AZURE_DATA_ENGINEER_ASSOCIATE";

    private static final Evidence EVIDENCE = evidence()
            .customer(customer("C-1").acr("2023-03", "1000").acr("2024-03", "1100"))
            .professional(professional("p-1").holds(ADMIN))
            .deployment("C-1", "Azure Databricks", "2023-10-01")
            .build();

    @Test
    void a_new_customer_with_acr_adds_a_net_customer_and_the_difference_says_so() {
        WhatIfResult result = WhatIf.apply(EVIDENCE, List.of(
                new Change.AddCustomer(customer("C-2").acr("2024-02", "500").build())));

        assertThat(result.diff().metric(Subcategory.NET_CUSTOMER_ADDS).delta()).isEqualTo(10);
        assertThat(result.diff().metric(Subcategory.USAGE_GROWTH).delta()).isZero();
        assertThat(result.diff().totalDelta()).isEqualTo(10);
        assertThat(result.after().total()).isEqualTo(result.before().total() + 10);
        assertThat(result.evidence().customers()).hasSize(2);
    }

    @Test
    void a_professional_and_a_certification_change_the_skilling_points() {
        WhatIfResult result = WhatIf.apply(EVIDENCE, List.of(
                new Change.AddProfessional(professional("p-2").holds(ARCHITECT).build()),
                new Change.AddCertification("p-1", new Certification("AZURE_DATA_ENGINEER_ASSOCIATE",
                        LocalDate.of(2024, 1, 1), null))));

        assertThat(result.diff().metric(Subcategory.INTERMEDIATE_CERTIFICATIONS))
                .isEqualTo(new ScorecardDiff.MetricDiff(Subcategory.INTERMEDIATE_CERTIFICATIONS, 4, 12, 40));
    }

    @Test
    void removing_a_customer_leaves_its_deployments_explained_as_for_an_unknown_customer() {
        WhatIfResult result = WhatIf.apply(EVIDENCE, List.of(new Change.RemoveCustomer("C-1")));

        assertThat(result.diff().metric(Subcategory.DEPLOYMENTS).delta()).isEqualTo(-2);
        assertThat(result.after().explanation().deployments().deployments().get(0).status())
                .isEqualTo(DeploymentLine.Status.UNKNOWN_CUSTOMER);
    }

    @Test
    void deployments_and_certifications_can_be_removed_and_acr_set() {
        Evidence changed = WhatIf.change(EVIDENCE, List.of(
                new Change.RemoveDeployment(new Deployment("C-1", "Azure Databricks", 2, LocalDate.of(2023, 10, 1))),
                new Change.RemoveCertification("p-1", ADMIN),
                new Change.SetAcr("C-1", YearMonth.of(2024, 3), new BigDecimal("1200"))));

        assertThat(changed.deployments()).isEmpty();
        assertThat(changed.professionals().get(0).certifications()).isEmpty();
        assertThat(changed.customers().get(0).acrIn(YearMonth.of(2024, 3))).isEqualByComparingTo("1200");
        assertThat(EVIDENCE.deployments()).hasSize(1);
    }

    @Test
    void moving_the_as_of_month_rescores_the_same_evidence_for_that_month() {
        WhatIfResult result = WhatIf.apply(EVIDENCE, List.of(new Change.MoveAsOf(YearMonth.of(2024, 12))));

        assertThat(result.after().asOf()).isEqualTo(YearMonth.of(2024, 12));
        assertThat(result.diff().metric(Subcategory.DEPLOYMENTS).after()).isZero();
    }

    @Test
    void no_change_makes_no_difference() {
        WhatIfResult result = WhatIf.apply(EVIDENCE, List.of());

        assertThat(result.after()).isEqualTo(result.before());
        assertThat(result.diff().metrics()).allSatisfy(metric -> assertThat(metric.delta()).isZero());
        assertThat(result.diff().attainmentChanged()).isFalse();
        assertThat(result.diff().pathChanged()).isFalse();
    }

    @Test
    void changes_naming_what_is_not_there_or_adding_what_is_are_refused() {
        assertThatThrownBy(() -> WhatIf.change(EVIDENCE, List.of(new Change.RemoveCustomer("C-9"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no customer C-9 in the evidence");
        assertThatThrownBy(() -> WhatIf.change(EVIDENCE, List.of(new Change.AddCustomer(customer("C-1").build()))))
                .hasMessage("customer C-1 is already in the evidence");
        assertThatThrownBy(() -> WhatIf.change(EVIDENCE, List.of(new Change.AddCertification("p-9",
                new Certification(ADMIN, LocalDate.of(2024, 1, 1), null))))).hasMessage("no professional p-9 in the evidence");
    }

    // The simulator's changes to what the partner already has (issue 12, point 6)

    @Test
    void setting_acr_months_of_an_existing_customer_rescores_usage_growth_and_keeps_the_months_not_named() {
        WhatIfResult result = WhatIf.apply(EVIDENCE, List.of(new Change.SetAcrMonths("C-1", new TreeMap<>(Map.of(
                YearMonth.of(2024, 2), new BigDecimal("1200"), YearMonth.of(2024, 3), new BigDecimal("1150"))))));

        assertThat(result.diff().metric(Subcategory.USAGE_GROWTH))
                .isEqualTo(new ScorecardDiff.MetricDiff(Subcategory.USAGE_GROWTH, 10, 15, 20));
        assertThat(result.evidence().customers().get(0).acr()).containsExactly(
                Map.entry(YearMonth.of(2023, 3), new BigDecimal("1000")),
                Map.entry(YearMonth.of(2024, 2), new BigDecimal("1200")),
                Map.entry(YearMonth.of(2024, 3), new BigDecimal("1150")));
    }

    @Test
    void zeroing_an_existing_customers_baseline_month_makes_it_a_net_add() {
        WhatIfResult result = WhatIf.apply(EVIDENCE, List.of(new Change.SetAcrMonths("C-1", new TreeMap<>(Map.of(
                YearMonth.of(2023, 3), BigDecimal.ZERO)))));

        assertThat(result.diff().metric(Subcategory.NET_CUSTOMER_ADDS).delta()).isEqualTo(10);
        assertThat(result.evidence().customers().get(0).acr()).containsEntry(YearMonth.of(2023, 3), BigDecimal.ZERO);
    }

    @Test
    void acr_months_for_a_customer_not_in_the_evidence_or_below_zero_or_none_at_all_are_refused() {
        assertThatThrownBy(() -> WhatIf.change(EVIDENCE, List.of(new Change.SetAcrMonths("C-9",
                new TreeMap<>(Map.of(YearMonth.of(2024, 3), BigDecimal.ONE)))))).hasMessage("no customer C-9 in the evidence");
        assertThatThrownBy(() -> new Change.SetAcrMonths("C-1", new TreeMap<>(Map.of(YearMonth.of(2024, 3),
                new BigDecimal("-0.01"))))).hasMessage("ACR must be ≥ 0 (2024-03)");
        assertThatThrownBy(() -> new Change.SetAcrMonths("C-1", new TreeMap<>())).hasMessage("at least one month to set");
    }

    @Test
    void a_certification_added_to_an_existing_person_counts_only_if_that_person_did_not_count_yet() {
        Evidence evidence = evidence()
                .professional(professional("p-1").holds(ADMIN).holds(ARCHITECT).holds(DATA_ENGINEER))
                .professional(professional("p-2"))
                .build();
        Certification aiEngineer = new Certification("AZURE_AI_ENGINEER_ASSOCIATE", LocalDate.of(2024, 1, 15), null);

        WhatIfResult toCounted = WhatIf.apply(evidence, List.of(new Change.AddCertification("p-1", aiEngineer)));
        WhatIfResult toNew = WhatIf.apply(evidence, List.of(new Change.AddCertification("p-2", aiEngineer)));

        assertThat(toCounted.diff().metric(Subcategory.INTERMEDIATE_CERTIFICATIONS).delta()).isZero();
        assertThat(toNew.diff().metric(Subcategory.INTERMEDIATE_CERTIFICATIONS).delta()).isEqualTo(4);
        assertThat(toNew.evidence().professionals().get(1).certifications()).containsExactly(aiEngineer);
    }

    @Test
    void a_certification_the_person_already_holds_is_refused() {
        Certification held = EVIDENCE.professionals().get(0).certifications().get(0);

        assertThatThrownBy(() -> WhatIf.change(EVIDENCE, List.of(new Change.AddCertification("p-1", held))))
                .hasMessage("professional p-1 already holds " + ADMIN + " earned " + held.earned());
    }

    @Test
    void dropping_an_existing_customer_takes_its_acr_out_of_every_metric() {
        WhatIfResult result = WhatIf.apply(EVIDENCE, List.of(new Change.RemoveCustomer("C-1")));

        assertThat(result.diff().metric(Subcategory.USAGE_GROWTH))
                .isEqualTo(new ScorecardDiff.MetricDiff(Subcategory.USAGE_GROWTH, 10, 0, 20));
        assertThat(result.evidence().customers()).isEmpty();
    }

    @Test
    void dropping_an_existing_person_takes_their_certifications_out_of_skilling() {
        WhatIfResult result = WhatIf.apply(EVIDENCE, List.of(new Change.RemoveProfessional("p-1")));

        assertThat(result.diff().metric(Subcategory.INTERMEDIATE_CERTIFICATIONS))
                .isEqualTo(new ScorecardDiff.MetricDiff(Subcategory.INTERMEDIATE_CERTIFICATIONS, 4, 0, 40));
        assertThat(result.evidence().professionals()).isEmpty();
        assertThatThrownBy(() -> WhatIf.change(EVIDENCE, List.of(new Change.RemoveProfessional("p-9"))))
                .hasMessage("no professional p-9 in the evidence");
    }
}
