package com.partnerportal.core.scoring;

import static com.partnerportal.core.evidence.CustomerFixture.customer;
import static com.partnerportal.core.evidence.EvidenceFixture.evidence;
import static com.partnerportal.core.evidence.ProfessionalFixture.professional;
import static com.partnerportal.core.scoring.ScenarioFixture.ADMIN;
import static com.partnerportal.core.scoring.ScenarioFixture.ARCHITECT;
import static com.partnerportal.core.scoring.ScenarioFixture.DATA_ENGINEER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.partnerportal.core.evidence.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The explanation accounts for every input: each customer, certification, deployment, the growth figures and the path. */
class ExplanationTest {

    private static final Evidence EVIDENCE = evidence()
            .customer(customer("C-1").acr("2024-03", "800"))
            .customer(customer("C-2").acr("2023-02", "700").acr("2024-02", "100"))
            .customer(customer("C-3").acr("2023-03", "300").acr("2024-03", "1200"))
            .customer(customer("C-4").unattributed().acr("2024-03", "900"))
            .professional(professional("p-1").holds(ADMIN).holds(DATA_ENGINEER, "2020-01-01", "2023-12-31"))
            .professional(professional("p-2").holds(ARCHITECT, "2024-04-02", null).holds("MS_900"))
            .deployment("C-1", "Azure Databricks", "2023-10-01")
            .deployment("C-1", "Azure Databricks", "2023-11-01")
            .deployment("C-1", "Azure Databricks", 3, "2023-11-01")
            .deployment("C-2", "Virtual Machines Licenses", "2023-11-01")
            .deployment("C-3", "Azure Databricks", "2022-11-01")
            .deployment("C-4", "Azure Databricks", "2023-11-01")
            .deployment("C-9", "Azure Databricks", "2023-11-01")
            .build();

    private static final Explanation EXPLANATION = ScoreCalculator.score(EVIDENCE).explanation();

    @Test
    void every_customer_is_explained_with_its_contribution_and_its_acr_against_the_threshold() {
        List<CustomerLine> customers = EXPLANATION.netCustomerAdds().customers();

        assertThat(customers).extracting(CustomerLine::customerId).containsExactly("C-1", "C-2", "C-3", "C-4");
        assertThat(customers).extracting(CustomerLine::contribution).containsExactly(1, -1, 0, 0);
        assertThat(customers.get(0).why()).isEqualTo(
                "+1: USD 0 in both baseline months (2023-02, 2023-03), and 2024-03: USD 800 at or above USD 500");
        assertThat(customers.get(1).why()).isEqualTo("−1: 2023-02: USD 700 at or above USD 500 in the baseline, "
                + "and below it in both last months (2024-02: USD 100, 2024-03: USD 0)");
        assertThat(customers.get(2).why()).startsWith("0: not new");
        assertThat(customers.get(3).why()).contains("no PAL, DPOR or CSP attribution");
        assertThat(customers.get(1).baselineAcr()).extracting(MonthAmount::toString)
                .containsExactly("2023-02: USD 700", "2023-03: USD 0");
    }

    @Test
    void every_certification_says_whether_it_is_active_and_what_it_counts_for() {
        List<ProfessionalLine> professionals = EXPLANATION.intermediateCertifications().professionals();

        assertThat(professionals.get(0).certifications()).extracting(CertificationLine::status, CertificationLine::countsFor)
                .containsExactly(
                        tuple(CertificationLine.Status.ACTIVE, CertificationLine.CountsFor.PREREQUISITE),
                        tuple(CertificationLine.Status.EXPIRED, CertificationLine.CountsFor.NOTHING));
        assertThat(professionals.get(1).certifications()).extracting(CertificationLine::status, CertificationLine::role)
                .containsExactly(
                        tuple(CertificationLine.Status.NOT_YET_EARNED, DataAiCertification.Role.PREREQUISITE),
                        tuple(CertificationLine.Status.ACTIVE, DataAiCertification.Role.NON_SCORING));
        assertThat(professionals.get(0).why()).isEqualTo("Person p-1 (p-1) holds the Azure Administrator Associate prerequisite");
        assertThat(professionals.get(1).why()).endsWith("counts for nothing on the as-of day");
        assertThat(EXPLANATION.intermediateCertifications().prerequisitesMet()).isFalse();
        assertThat(EXPLANATION.intermediateCertifications().why()).contains("without both, 0 scoring individuals earn nothing");
    }

    @Test
    void usage_growth_shows_current_baseline_growth_and_why() {
        UsageGrowthExplanation usage = EXPLANATION.usageGrowth();

        assertThat(usage.currentUsd()).isEqualByComparingTo("2000");
        assertThat(usage.baselineUsd()).isEqualByComparingTo("300");
        assertThat(usage.growthPercent()).isEqualByComparingTo("566.66");
        assertThat(usage.why()).isEqualTo(
                "ACR USD 2,000 in 2024-03 against USD 300 in 2023-03, growth 566.66 %: 20 % or more, the maximum of 20 points");
    }

    @Test
    void every_deployment_is_eligible_or_excluded_with_its_reason() {
        assertThat(EXPLANATION.deployments().deployments())
                .extracting(DeploymentLine::customerId, DeploymentLine::status)
                .containsExactly(
                        tuple("C-3", DeploymentLine.Status.OUTSIDE_TTM),
                        tuple("C-1", DeploymentLine.Status.ELIGIBLE),
                        tuple("C-1", DeploymentLine.Status.DUPLICATE_PAIR),
                        tuple("C-1", DeploymentLine.Status.SERVICE_LEVEL),
                        tuple("C-2", DeploymentLine.Status.EXCLUDED_SERVICE),
                        tuple("C-4", DeploymentLine.Status.NOT_ATTRIBUTED),
                        tuple("C-9", DeploymentLine.Status.UNKNOWN_CUSTOMER));
        assertThat(EXPLANATION.deployments().why()).isEqualTo("1 of 7 deployments eligible (TTM 2023-04-01 … 2024-03-31): "
                + "2 × min(5, 1) = 2 points");
    }

    @Test
    void the_path_shows_driving_revenue_and_enterprise_share() {
        PathExplanation path = EXPLANATION.path();

        assertThat(path.drivingRevenueUsd()).isEqualByComparingTo("2100");
        assertThat(path.attributedCustomers()).isEqualTo(3);
        assertThat(path.enterpriseSharePercent()).isEqualByComparingTo("0.00");
        assertThat(path.why()).isEqualTo("SMB path: driving revenue USD 2,100 over 2023-04 … 2024-03 is below USD 1,000,000,"
                + " and enterprise share 0.00 % (0 of 3 attributed customers) is not more than 20 %");
    }

    @Test
    void each_metric_explanation_matches_the_scorecard_metric() {
        Scorecard scorecard = ScoreCalculator.score(EVIDENCE);

        assertThat(scorecard.explanation().metrics()).extracting(MetricExplanation::points)
                .containsExactlyElementsOf(scorecard.metrics().stream().map(Metric::points).toList());
        assertThat(scorecard.explanation().netCustomerAdds().why())
                .isEqualTo("net 0 (1 added, 1 lost) at a threshold of USD 500: 10 × min(3, max(0, 0)) = 0 points");
    }
}
