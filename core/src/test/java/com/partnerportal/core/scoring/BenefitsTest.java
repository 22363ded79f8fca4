package com.partnerportal.core.scoring;

import static com.partnerportal.core.scoring.ScenarioFixture.exactly70;
import static com.partnerportal.core.scoring.ScenarioFixture.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.program.Benefits;
import com.partnerportal.core.program.Specialization;
import org.junit.jupiter.api.Test;

/** Scoring rules, "Benefits (only while the designation is attained)"; the as-of day is 2024-03-31. */
class BenefitsTest {

    @Test
    void an_attained_designation_without_specializations_gets_the_designation_benefits() {
        Benefits benefits = ScoreCalculator.score(exactly70().build()).benefits();

        assertThat(benefits).isEqualTo(new Benefits(6_000, 25, 100, 100, 0));
    }

    @Test
    void each_specialization_adds_12_000_credits_10_visual_studio_and_30_microsoft_365_e3() {
        Benefits benefits = ScoreCalculator.score(exactly70()
                .specialization(Specialization.AI_ML_AZURE, "2023-11-01")
                .specialization(Specialization.ANALYTICS_AZURE, "2024-03-31").build()).benefits();

        assertThat(benefits).isEqualTo(new Benefits(30_000, 45, 160, 100, 2));
    }

    @Test
    void a_specialization_earned_after_the_as_of_day_does_not_count_yet() {
        Scorecard scorecard = ScoreCalculator.score(exactly70()
                .specialization(Specialization.AI_ML_AZURE, "2024-04-01").build());

        assertThat(scorecard.benefits().stackedSpecializations()).isZero();
        assertThat(scorecard.explanation().specializations().specializations().get(0).status())
                .isEqualTo(SpecializationLine.Status.NOT_YET_EARNED);
    }

    @Test
    void at_most_5_specializations_stack() {
        Scorecard scorecard = ScoreCalculator.score(exactly70()
                .specialization(Specialization.AI_ML_AZURE, "2023-01-01")
                .specialization(Specialization.ANALYTICS_AZURE, "2023-02-01")
                .specialization(Specialization.BUSINESS_INTELLIGENCE, "2023-03-01")
                .specialization(Specialization.KUBERNETES_AZURE, "2023-04-01")
                .specialization(Specialization.DATA_WAREHOUSE_MIGRATION_AZURE, "2023-05-01")
                .specialization(Specialization.HYBRID_CLOUD_AZURE_STACK_HCI, "2023-06-01").build());

        assertThat(scorecard.benefits()).isEqualTo(new Benefits(66_000, 75, 250, 100, 5));
        assertThat(scorecard.explanation().specializations().specializations().get(5).status())
                .isEqualTo(SpecializationLine.Status.OVER_CAP);
    }

    @Test
    void stacking_exactly_3_data_ai_and_3_others_stack_5_and_every_one_adds_its_benefits() {
        // scoring rules, "Stacking, exactly", worked example: d = 3, o = 3 → 5 stacked; 66,000 / 75 / 250 / 100
        Scorecard scorecard = ScoreCalculator.score(exactly70().otherAzureSpecializations(3)
                .specialization(Specialization.AI_ML_AZURE, "2023-01-01")
                .specialization(Specialization.ANALYTICS_AZURE, "2023-02-01")
                .specialization(Specialization.BUSINESS_INTELLIGENCE, "2023-03-01").build());

        assertThat(scorecard.benefits()).isEqualTo(new Benefits(66_000, 75, 250, 100, 5));
        assertThat(scorecard.explanation().specializations().dataAiStacked()).isEqualTo(3);
        assertThat(scorecard.explanation().specializations().specializations())
                .extracting(SpecializationLine::status).containsOnly(SpecializationLine.Status.STACKED);
        assertThat(scorecard.explanation().specializations().why())
                .isEqualTo("5 specializations stack: 3 Data & AI and 2 of the 3 held under Infrastructure and Digital"
                        + " & App Innovation (at most 5 across the three Azure designations, each adding its benefits)");
    }

    @Test
    void stacking_exactly_1_data_ai_and_no_others_stack_1() {
        // scoring rules, "Stacking, exactly", worked example: d = 1, o = 0 → 1 stacked; 18,000 / 35 / 130 / 100
        Benefits benefits = ScoreCalculator.score(exactly70()
                .specialization(Specialization.AI_ML_AZURE, "2023-01-01").build()).benefits();

        assertThat(benefits).isEqualTo(new Benefits(18_000, 35, 130, 100, 1));
    }

    @Test
    void specializations_under_the_other_azure_designations_stack_too_and_add_their_benefits() {
        Scorecard scorecard = ScoreCalculator.score(exactly70().otherAzureSpecializations(2).build());

        assertThat(scorecard.benefits()).isEqualTo(new Benefits(30_000, 45, 160, 100, 2));
        assertThat(scorecard.explanation().specializations().dataAiStacked()).isZero();
    }

    @Test
    void with_5_held_elsewhere_a_data_ai_specialization_still_stacks_and_the_benefits_are_those_of_5() {
        Scorecard scorecard = ScoreCalculator.score(exactly70().otherAzureSpecializations(5)
                .specialization(Specialization.AI_ML_AZURE, "2023-01-01").build());

        assertThat(scorecard.benefits()).isEqualTo(new Benefits(66_000, 75, 250, 100, 5));
        assertThat(scorecard.explanation().specializations().specializations().get(0).status())
                .isEqualTo(SpecializationLine.Status.STACKED);
    }

    @Test
    void a_specialization_listed_twice_counts_once() {
        Benefits benefits = ScoreCalculator.score(exactly70()
                .specialization(Specialization.AI_ML_AZURE, "2023-01-01")
                .specialization(Specialization.AI_ML_AZURE, "2023-06-01").build()).benefits();

        assertThat(benefits.stackedSpecializations()).isEqualTo(1);
    }

    @Test
    void without_the_designation_there_are_no_benefits_and_specializations_add_nothing() {
        Scorecard scorecard = ScoreCalculator.score(scenario(0, 0, "1000", "1000", 0)
                .specialization(Specialization.AI_ML_AZURE, "2023-01-01").build());

        assertThat(scorecard.benefits()).isNull();
        assertThat(scorecard.explanation().specializations().stacked()).isZero();
        assertThat(scorecard.explanation().specializations().specializations().get(0).status())
                .isEqualTo(SpecializationLine.Status.DESIGNATION_NOT_ATTAINED);
    }
}
