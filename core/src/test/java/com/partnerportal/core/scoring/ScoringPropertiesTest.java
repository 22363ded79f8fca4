package com.partnerportal.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.core.evidence.json.ScorecardJsonReader;
import com.partnerportal.core.program.Subcategory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of scoring over generated evidence. */
class ScoringPropertiesTest {

    @Provide
    Arbitrary<Evidence> evidence() {
        return EvidenceArbitraries.evidence();
    }

    @Property(tries = 300)
    void the_total_is_the_sum_of_the_metrics(@ForAll("evidence") Evidence evidence) {
        Scorecard scorecard = ScoreCalculator.score(evidence);

        assertThat(scorecard.total()).isEqualTo(scorecard.metrics().stream().mapToInt(Metric::points).sum());
        assertThat(scorecard.total()).isBetween(0, 100);
    }

    @Property(tries = 300)
    void every_metric_is_within_0_and_its_maximum(@ForAll("evidence") Evidence evidence) {
        for (Metric metric : ScoreCalculator.score(evidence).metrics()) {
            assertThat(metric.points()).as(metric.id().name()).isBetween(0, metric.max());
        }
    }

    @Property(tries = 300)
    void adding_a_professional_with_an_active_scoring_certification_never_lowers_the_score(
            @ForAll("evidence") Evidence evidence) {
        Scorecard before = ScoreCalculator.score(evidence);
        List<Professional> more = new ArrayList<>(evidence.professionals());
        more.add(EvidenceArbitraries.activeScoringProfessional("new-person", evidence.asOf()));
        Scorecard after = ScoreCalculator.score(evidence.withProfessionals(more));

        assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
        assertThat(after.metric(Subcategory.INTERMEDIATE_CERTIFICATIONS).points())
                .isGreaterThanOrEqualTo(before.metric(Subcategory.INTERMEDIATE_CERTIFICATIONS).points());
        assertThat(after.explanation().intermediateCertifications().scoringIndividuals())
                .isEqualTo(before.explanation().intermediateCertifications().scoringIndividuals() + 1);
    }

    @Property(tries = 300)
    void the_scorecard_does_not_depend_on_the_order_of_customers_professionals_or_deployments(
            @ForAll("evidence") Evidence evidence, @ForAll long seed) {
        Random random = new Random(seed);
        Evidence shuffled = evidence
                .withCustomers(shuffle(evidence.customers(), random))
                .withProfessionals(shuffle(evidence.professionals(), random))
                .withDeployments(shuffle(evidence.deployments(), random));

        assertThat(ScoreCalculator.score(shuffled)).isEqualTo(ScoreCalculator.score(evidence));
    }

    @Property(tries = 200)
    void evidence_and_scorecards_survive_their_json_round_trip(@ForAll("evidence") Evidence evidence) {
        assertThat(EvidenceJson.read(EvidenceJson.write(evidence))).isEqualTo(evidence);
        Scorecard scorecard = ScoreCalculator.score(evidence);
        assertThat(ScorecardJsonReader.read(ScorecardJson.write(scorecard))).isEqualTo(scorecard);
    }

    @Property(tries = 300)
    void the_plan_adds_up_and_reaches_attainment_unless_something_blocks_it(@ForAll("evidence") Evidence evidence) {
        Scorecard scorecard = ScoreCalculator.score(evidence);
        NextActions next = scorecard.nextActions();

        assertThat(next.steps().stream().mapToInt(NextActions.Step::gain).sum())
                .isEqualTo(next.projectedTotal() - scorecard.total());
        assertThat(next.pointsMissing()).isEqualTo(Math.max(0, 70 - scorecard.total()));
        if (!scorecard.attained()) {
            assertThat(next.planReachesAttainment()).isEqualTo(next.blockers().isEmpty());
            assertThat(next.margin()).isNull();
        } else {
            assertThat(next.margin()).isEqualTo(scorecard.total() - 70);
        }
    }

    private static <T> List<T> shuffle(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }
}
