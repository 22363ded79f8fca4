package com.partnerportal.core.scoring;

import static com.partnerportal.core.evidence.CustomerFixture.customer;
import static com.partnerportal.core.evidence.EvidenceFixture.evidence;
import static com.partnerportal.core.evidence.ProfessionalFixture.professional;
import static com.partnerportal.core.scoring.ScenarioFixture.ADMIN;
import static com.partnerportal.core.scoring.ScenarioFixture.ARCHITECT;
import static com.partnerportal.core.scoring.ScenarioFixture.DATA_ENGINEER;
import static com.partnerportal.core.scoring.ScenarioFixture.exactly70;
import static com.partnerportal.core.scoring.ScenarioFixture.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.partnerportal.core.evidence.EvidenceFixture;
import com.partnerportal.core.program.Subcategory;
import com.partnerportal.core.scoring.NextActions.Risk;
import com.partnerportal.core.scoring.NextActions.Step;
import org.junit.jupiter.api.Test;

/** Next actions: the steps to attainment, or the margin and risks of an attained designation. */
class NextActionsTest {

    private static NextActions next(EvidenceFixture evidence) {
        return ScoreCalculator.score(evidence.build()).nextActions();
    }

    /** Enterprise path (customer E-1 is ENTERPRISE) with 10 % usage growth from E-1. */
    private static EvidenceFixture enterprise() {
        return evidence().customer(customer("E-1").enterprise().acr("2023-03", "10000").acr("2024-03", "11000"));
    }

    @Test
    void one_point_short_the_plan_is_one_more_new_customer_for_10_points() {
        NextActions next = next(scenario(2, 5, "10000", "11100", 5));

        assertThat(next.pointsMissing()).isEqualTo(1);
        assertThat(next.steps()).extracting(Step::kind, Step::count, Step::gain)
                .containsExactly(tuple(Step.Kind.ADD_NEW_CUSTOMERS, 1, 10));
        assertThat(next.steps().get(0).text()).startsWith("1 more new customer with ACR ≥ USD 500 in 2024-02 or 2024-03")
                .endsWith(": +10");
        assertThat(next.projectedTotal()).isEqualTo(79);
        assertThat(next.planReachesAttainment()).isTrue();
        assertThat(next.margin()).isNull();
    }

    @Test
    void on_the_enterprise_path_a_second_architect_unlocks_the_scoring_individuals() {
        EvidenceFixture evidence = enterprise()
                .professional(professional("a1").holds(ADMIN)).professional(professional("a2").holds(ADMIN))
                .professional(professional("s1").holds(ARCHITECT));
        for (int i = 1; i <= 6; i++) {
            evidence.professional(professional("d" + i).holds(DATA_ENGINEER));
        }

        Step step = next(evidence).steps().stream().filter(s -> s.metric() == Subcategory.INTERMEDIATE_CERTIFICATIONS)
                .findFirst().orElseThrow();

        assertThat(step.kind()).isEqualTo(Step.Kind.ADD_ARCHITECT);
        assertThat(step.count()).isEqualTo(1);
        assertThat(step.gain()).isEqualTo(24);
        assertThat(step.text()).isEqualTo(
                "a second Azure Solutions Architect Expert (AZ-305) unlocks 24 points for 6 scoring individuals");
    }

    @Test
    void on_the_enterprise_path_without_prerequisites_or_scoring_individuals_both_are_planned() {
        NextActions next = next(enterprise());

        assertThat(next.steps()).extracting(Step::kind, Step::count, Step::gain)
                .contains(tuple(Step.Kind.COMPLETE_PREREQUISITES, 4, 0));
        assertThat(next.steps()).filteredOn(s -> s.kind() == Step.Kind.ADD_SCORING_INDIVIDUALS).singleElement()
                .satisfies(s -> assertThat(s.gain()).isEqualTo(4 * s.count()).isPositive());
        assertThat(next.steps()).filteredOn(s -> s.kind() == Step.Kind.COMPLETE_PREREQUISITES).first()
                .extracting(Step::text).asString()
                .startsWith("2 Azure Administrator Associates (AZ-104) and 2 Azure Solutions Architect Experts (AZ-305)");
    }

    @Test
    void usage_growth_below_1_percent_needs_the_missing_percent_and_the_acr_it_takes() {
        NextActions next = next(scenario(3, 8, "10000", "10000", 5));

        assertThat(next.metricsWithoutPoints()).containsExactly(Subcategory.USAGE_GROWTH);
        assertThat(next.pointsMissing()).isZero();
        assertThat(next.steps()).hasSize(1);
        Step step = next.steps().get(0);
        assertThat(step.kind()).isEqualTo(Step.Kind.GROW_USAGE);
        assertThat(step.gain()).isEqualTo(1);
        assertThat(step.text()).isEqualTo("usage growth needs +1.00 % to reach 1 %: ACR of at least USD 10,100 in 2024-03"
                + " (now USD 10,000, +USD 100) against USD 10,000 in 2023-03: +1");
    }

    @Test
    void a_partner_with_nothing_is_70_points_short_below_the_25_point_marker_and_blocked_on_usage_growth() {
        NextActions next = next(evidence());

        assertThat(next.pointsMissing()).isEqualTo(70);
        assertThat(next.markerReached()).isFalse();
        assertThat(next.metricsWithoutPoints()).hasSize(4);
        assertThat(next.blockers()).singleElement().asString().startsWith("usage growth cannot score as of 2024-03");
        assertThat(next.planReachesAttainment()).isFalse();
    }

    @Test
    void the_25_point_marker_is_reached_at_25_points() {
        // 20 (net adds) + 4 (administrator) + 1 (1 % growth) = 25; one point less misses the marker
        Scorecard at25 = ScoreCalculator.score(evidence()
                .customer(customer("N-1").acr("2024-02", "500")).customer(customer("N-2").acr("2024-02", "500"))
                .customer(customer("U").acr("2023-03", "10000").acr("2024-03", "10100"))
                .professional(professional("a").holds(ADMIN)).build());
        Scorecard at24 = ScoreCalculator.score(evidence()
                .customer(customer("N-1").acr("2024-02", "500")).customer(customer("N-2").acr("2024-02", "500"))
                .customer(customer("U").acr("2023-03", "10000").acr("2024-03", "10099.99"))
                .professional(professional("a").holds(ADMIN)).build());

        assertThat(at25.total()).isEqualTo(25);
        assertThat(at25.nextActions().markerReached()).isTrue();
        assertThat(at24.total()).isEqualTo(24);
        assertThat(at24.nextActions().markerReached()).isFalse();
    }

    @Test
    void a_negative_net_needs_enough_new_customers_to_get_back_above_zero() {
        NextActions next = next(scenario(0, 5, "10000", "11200", 5)
                .customer(customer("L-1").acr("2023-03", "500")).customer(customer("L-2").acr("2023-03", "500")));

        // 3 new customers bring the net from −2 to +1 (10 points); a 4th is the best next step (+10)
        Step step = next.steps().get(0);
        assertThat(step.kind()).isEqualTo(Step.Kind.ADD_NEW_CUSTOMERS);
        assertThat(step.count()).isEqualTo(4);
        assertThat(step.gain()).isEqualTo(20);
        assertThat(step.text()).startsWith("4 more new customers").contains("(net is −2 now)").endsWith(": +20");
    }

    @Test
    void the_steps_add_up_to_the_projected_total() {
        Scorecard scorecard = ScoreCalculator.score(evidence()
                .customer(customer("U").acr("2023-03", "1000").acr("2024-03", "1000"))
                .professional(professional("d").holds(DATA_ENGINEER)).build());
        NextActions next = scorecard.nextActions();

        assertThat(next.steps().stream().mapToInt(Step::gain).sum()).isEqualTo(next.projectedTotal() - scorecard.total());
        assertThat(next.projectedTotal()).isGreaterThanOrEqualTo(70);
        assertThat(next.planReachesAttainment()).isTrue();
    }

    @Test
    void an_attained_scorecard_shows_its_margin_and_no_steps() {
        NextActions next = next(scenario(3, 5, "10000", "11200", 5));

        assertThat(next.margin()).isEqualTo(10);
        assertThat(next.pointsMissing()).isZero();
        assertThat(next.steps()).isEmpty();
        assertThat(next.risks()).isEmpty();
    }

    @Test
    void a_counting_certification_expiring_within_90_days_is_a_risk_and_one_expiring_later_is_not() {
        NextActions next = next(exactly70()
                .professional(professional("second-admin").holds(ADMIN, "2022-01-01", "2024-06-29"))
                .professional(professional("s-9").holds(DATA_ENGINEER, "2022-01-01", "2024-06-30"))
                .professional(professional("x").holds("AZURE_FUNDAMENTALS", "2022-01-01", "2024-04-01")));

        assertThat(next.risks()).singleElement().satisfies(risk -> {
            assertThat(risk.kind()).isEqualTo(Risk.Kind.CERTIFICATION_EXPIRING);
            assertThat(risk.professionalId()).isEqualTo("second-admin");
            assertThat(risk.certificationId()).isEqualTo(ADMIN);
            // the first administrator still holds the prerequisite
            assertThat(risk.pointsAtRisk()).isZero();
            assertThat(risk.losesDesignation()).isFalse();
        });
    }

    @Test
    void losing_the_only_administrator_would_cost_the_designation() {
        Scorecard scorecard = ScoreCalculator.score(evidence()
                .customer(customer("U").acr("2023-03", "10000").acr("2024-03", "11200"))
                .customer(customer("N-1").acr("2024-02", "500")).customer(customer("N-2").acr("2024-02", "500"))
                .professional(professional("admin").holds(ADMIN, "2022-01-01", "2024-05-15"))
                .professional(professional("architect").holds(ARCHITECT))
                .professional(professional("s-1").holds(DATA_ENGINEER)).professional(professional("s-2").holds(DATA_ENGINEER))
                .professional(professional("s-3").holds(DATA_ENGINEER)).professional(professional("s-4").holds(DATA_ENGINEER))
                .professional(professional("s-5").holds(DATA_ENGINEER))
                .deployment("U", "A", "2023-10-01").deployment("U", "B", "2023-10-01").deployment("U", "C", "2023-10-01")
                .deployment("U", "D", "2023-10-01").deployment("U", "E", "2023-10-01").build());

        assertThat(scorecard.attained()).isTrue();
        assertThat(scorecard.nextActions().risks()).singleElement().satisfies(risk -> {
            assertThat(risk.expires()).hasToString("2024-05-15");
            assertThat(risk.pointsAtRisk()).isEqualTo(24);
            assertThat(risk.losesDesignation()).isTrue();
            assertThat(risk.text()).contains("expires on 2024-05-15: −24 points, and the designation would be lost");
        });
    }

    @Test
    void metrics_at_their_lowest_non_zero_points_are_risks() {
        NextActions next = next(scenario(3, 8, "10000", "10100", 1));

        assertThat(next.risks()).extracting(Risk::kind, Risk::metric).containsExactly(
                tuple(Risk.Kind.METRIC_AT_MINIMUM, Subcategory.USAGE_GROWTH),
                tuple(Risk.Kind.METRIC_AT_MINIMUM, Subcategory.DEPLOYMENTS));
        assertThat(next.margin()).isEqualTo(3);
    }
}
