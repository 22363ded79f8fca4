package com.partnerportal.core.scoring;

import static com.partnerportal.core.scoring.ScenarioFixture.exactly70;
import static com.partnerportal.core.scoring.ScenarioFixture.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.program.Subcategory;
import org.junit.jupiter.api.Test;

/** Scoring rules, "Designation". */
class AttainmentTest {

    @Test
    void a_total_of_exactly_70_with_points_in_every_metric_attains_the_designation() {
        Scorecard scorecard = ScoreCalculator.score(exactly70().build());

        assertThat(scorecard.metrics()).extracting(Metric::points).containsExactly(20, 28, 12, 10);
        assertThat(scorecard.total()).isEqualTo(70);
        assertThat(scorecard.attained()).isTrue();
        assertThat(scorecard.benefits()).isNotNull();
    }

    @Test
    void a_total_of_69_does_not_attain_it_and_carries_no_benefits() {
        Scorecard scorecard = ScoreCalculator.score(scenario(2, 5, "10000", "11100", 5).build());

        assertThat(scorecard.total()).isEqualTo(69);
        assertThat(scorecard.attained()).isFalse();
        assertThat(scorecard.benefits()).isNull();
    }

    @Test
    void a_metric_at_zero_prevents_attainment_whatever_the_total() {
        Scorecard scorecard = ScoreCalculator.score(scenario(3, 8, "1000", "5000", 0).build());

        assertThat(scorecard.total()).isEqualTo(90);
        assertThat(scorecard.metric(Subcategory.DEPLOYMENTS).points()).isZero();
        assertThat(scorecard.attained()).isFalse();
    }

    @Test
    void the_total_is_the_sum_of_the_four_metrics_with_a_maximum_of_100() {
        Scorecard scorecard = ScoreCalculator.score(scenario(3, 8, "1000", "5000", 5).build());

        assertThat(scorecard.metrics()).extracting(Metric::max).containsExactly(30, 40, 20, 10);
        assertThat(scorecard.total()).isEqualTo(100);
    }

    @Test
    void the_scorecard_names_the_partner_the_designation_the_month_and_the_path() {
        Scorecard scorecard = ScoreCalculator.score(exactly70().partner("P-42").build());

        assertThat(scorecard.partnerId()).isEqualTo("P-42");
        assertThat(scorecard.designation().name()).isEqualTo("DATA_AI_AZURE");
        assertThat(scorecard.asOf()).hasToString("2024-03");
        assertThat(scorecard.path()).isEqualTo(Path.SMB);
    }
}
