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
import org.junit.jupiter.api.Test;

/** What-if: hypothetical changes, the new scorecard and the difference per metric. */
class WhatIfTest {

    private static final String ADMIN = "AZURE_ADMINISTRATOR_ASSOCIATE";
    private static final String ARCHITECT = "AZURE_SOLUTIONS_ARCHITECT_EXPERT";

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
}
