package com.partnerportal.core.scoring;

import static com.partnerportal.core.evidence.CustomerFixture.customer;
import static com.partnerportal.core.evidence.EvidenceFixture.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.EvidenceFixture;
import org.junit.jupiter.api.Test;

/** Scoring rules, "Customer success — deployments"; as of 2024-03 the TTM runs 2023-04-01 … 2024-03-31. */
class DeploymentsTest {

    private static EvidenceFixture withCustomers() {
        return evidence().customer(customer("C-1")).customer(customer("C-2"));
    }

    private static DeploymentsExplanation score(EvidenceFixture evidence) {
        return ScoreCalculator.score(evidence.build()).explanation().deployments();
    }

    private static DeploymentLine.Status statusOf(EvidenceFixture evidence) {
        return score(evidence).deployments().get(0).status();
    }

    @Test
    void a_service_level_2_deployment_for_an_attributed_customer_in_the_ttm_earns_2_points() {
        DeploymentsExplanation deployments = score(withCustomers().deployment("C-1", "Azure Synapse Analytics", "2023-10-01"));

        assertThat(deployments.eligible()).isEqualTo(1);
        assertThat(deployments.points()).isEqualTo(2);
    }

    @Test
    void only_service_level_2_counts() {
        DeploymentsExplanation deployments = score(withCustomers()
                .deployment("C-1", "Azure Synapse Analytics", 1, "2023-10-01")
                .deployment("C-2", "Azure Synapse Analytics", 3, "2023-10-01"));

        assertThat(deployments.eligible()).isZero();
        assertThat(deployments.deployments()).extracting(DeploymentLine::status)
                .containsOnly(DeploymentLine.Status.SERVICE_LEVEL);
    }

    @Test
    void virtual_machines_licenses_never_count_whatever_their_case_and_surrounding_blanks() {
        DeploymentsExplanation deployments = score(withCustomers()
                .deployment("C-1", "Virtual Machines Licenses", "2023-10-01")
                .deployment("C-2", "  virtual machines LICENSES\t", "2023-10-02"));

        assertThat(deployments.eligible()).isZero();
        assertThat(deployments.deployments()).extracting(DeploymentLine::status)
                .containsOnly(DeploymentLine.Status.EXCLUDED_SERVICE);
    }

    @Test
    void a_deployment_on_the_first_day_of_the_ttm_counts() {
        assertThat(statusOf(withCustomers().deployment("C-1", "Azure Databricks", "2023-04-01")))
                .isEqualTo(DeploymentLine.Status.ELIGIBLE);
    }

    @Test
    void a_deployment_the_day_before_the_ttm_is_outside_it() {
        assertThat(statusOf(withCustomers().deployment("C-1", "Azure Databricks", "2023-03-31")))
                .isEqualTo(DeploymentLine.Status.OUTSIDE_TTM);
    }

    @Test
    void a_deployment_on_the_last_day_of_the_ttm_counts() {
        assertThat(statusOf(withCustomers().deployment("C-1", "Azure Databricks", "2024-03-31")))
                .isEqualTo(DeploymentLine.Status.ELIGIBLE);
    }

    @Test
    void a_deployment_after_the_as_of_day_is_outside_the_ttm() {
        assertThat(statusOf(withCustomers().deployment("C-1", "Azure Databricks", "2024-04-01")))
                .isEqualTo(DeploymentLine.Status.OUTSIDE_TTM);
    }

    @Test
    void as_of_january_the_ttm_starts_on_the_first_of_february_of_the_year_before() {
        DeploymentsExplanation deployments = score(withCustomers().asOf("2024-01")
                .deployment("C-1", "Azure Databricks", "2023-02-01")
                .deployment("C-2", "Azure Databricks", "2023-01-31"));

        assertThat(deployments.ttmStart()).hasToString("2023-02-01");
        assertThat(deployments.ttmEnd()).hasToString("2024-01-31");
        assertThat(deployments.deployments()).extracting(DeploymentLine::status)
                .containsExactly(DeploymentLine.Status.OUTSIDE_TTM, DeploymentLine.Status.ELIGIBLE);
    }

    @Test
    void a_customer_and_service_pair_counts_once_however_the_service_is_written() {
        DeploymentsExplanation deployments = score(withCustomers()
                .deployment("C-1", "Azure Synapse Analytics", "2023-10-01")
                .deployment("C-1", " azure synapse analytics", "2023-11-01")
                .deployment("C-2", "Azure Synapse Analytics", "2023-12-01"));

        assertThat(deployments.eligible()).isEqualTo(2);
        assertThat(deployments.deployments()).extracting(DeploymentLine::status).containsExactly(
                DeploymentLine.Status.ELIGIBLE, DeploymentLine.Status.DUPLICATE_PAIR, DeploymentLine.Status.ELIGIBLE);
    }

    @Test
    void more_than_5_eligible_deployments_earn_no_more_than_10_points() {
        EvidenceFixture evidence = withCustomers();
        for (int i = 1; i <= 7; i++) {
            evidence.deployment("C-1", "Service " + i, "2023-10-0" + i);
        }
        DeploymentsExplanation deployments = score(evidence);

        assertThat(deployments.eligible()).isEqualTo(7);
        assertThat(deployments.points()).isEqualTo(10);
    }

    @Test
    void a_deployment_for_a_customer_without_an_eligible_attribution_is_excluded() {
        assertThat(statusOf(evidence().customer(customer("C-1").unattributed())
                .deployment("C-1", "Azure Databricks", "2023-10-01"))).isEqualTo(DeploymentLine.Status.NOT_ATTRIBUTED);
    }

    @Test
    void a_deployment_for_a_customer_the_evidence_does_not_have_is_excluded() {
        DeploymentLine line = score(evidence().deployment("C-9", "Azure Databricks", "2023-10-01")).deployments().get(0);

        assertThat(line.status()).isEqualTo(DeploymentLine.Status.UNKNOWN_CUSTOMER);
        assertThat(line.why()).contains("no customer C-9");
    }
}
