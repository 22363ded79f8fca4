package com.partnerportal.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.scoring.ScoreCalculator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DesignationRiskTest {

    static Evidence example() throws IOException {
        return EvidenceJson.read(Files.readString(Paths.get(System.getProperty("shared.dir"), "examples",
                "example-smb-attained.json")));
    }

    /** The example with its certifications expiring one after the other, a week apart from {@code first}. */
    static Evidence expiringFrom(Evidence evidence, LocalDate first) {
        AtomicInteger n = new AtomicInteger();
        return evidence.withProfessionals(evidence.professionals().stream()
                .map(p -> new Professional(p.id(), p.name(), p.certifications().stream()
                        .map(c -> new Certification(c.id(), c.earned(), first.plusWeeks(n.getAndIncrement())))
                        .toList()))
                .toList());
    }

    static Evidence without(Evidence evidence, java.util.function.Predicate<Certification> gone) {
        return evidence.withProfessionals(evidence.professionals().stream()
                .map(p -> new Professional(p.id(), p.name(),
                        p.certifications().stream().filter(gone.negate()).toList()))
                .toList());
    }

    @Test
    void certifications_without_an_expiry_date_put_nothing_at_risk() throws IOException {
        Evidence evidence = example();
        Evidence lifelong = evidence.withProfessionals(evidence.professionals().stream()
                .map(p -> new Professional(p.id(), p.name(), p.certifications().stream()
                        .map(c -> new Certification(c.id(), c.earned(), null)).toList()))
                .toList());
        assertThat(ScoreCalculator.score(lifelong).attained()).isTrue();
        assertThat(DesignationRisk.designationLostOn(lifelong)).isEmpty();
    }

    @Test
    void the_loss_date_is_the_first_expiry_after_which_the_designation_is_no_longer_attained() throws IOException {
        Evidence evidence = expiringFrom(example(), example().asOf().atEndOfMonth().plusDays(10));
        Optional<LocalDate> lost = DesignationRisk.designationLostOn(evidence);
        assertThat(lost).as("every certification expires, and the example needs some of them").isPresent();
        LocalDate day = lost.get();
        assertThat(ScoreCalculator.score(without(evidence, c -> !c.expires().isAfter(day))).attained())
                .as("without the certifications expired by the loss date").isFalse();
        assertThat(ScoreCalculator.score(without(evidence, c -> c.expires().isBefore(day))).attained())
                .as("the day before, still attained").isTrue();
    }

    @Test
    void bisection_finds_the_same_day_as_trying_every_expiry_date_in_turn() throws IOException {
        Evidence example = example();
        LocalDate monthEnd = example.asOf().atEndOfMonth();
        java.util.Random random = new java.util.Random(14);
        int found = 0;
        for (int round = 0; round < 200; round++) {
            Evidence evidence = example.withProfessionals(example.professionals().stream()
                    .map(p -> new Professional(p.id(), p.name(), p.certifications().stream()
                            .map(c -> new Certification(c.id(), c.earned(), random.nextInt(5) == 0 ? null
                                    : monthEnd.plusDays(random.nextInt(400) - 30)))
                            .filter(c -> c.expires() == null || !c.expires().isBefore(c.earned()))
                            .toList()))
                    .toList());
            Optional<LocalDate> linear = Optional.empty();
            if (ScoreCalculator.score(evidence).attained()) {
                java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
                evidence.professionals().forEach(p -> p.certifications().stream().map(Certification::expires)
                        .filter(d -> d != null && !d.isBefore(monthEnd)).forEach(days::add));
                for (LocalDate day : days) {
                    if (!ScoreCalculator.score(without(evidence, c -> c.expires() != null && !c.expires().isAfter(day)))
                            .attained()) {
                        linear = Optional.of(day);
                        break;
                    }
                }
            }
            assertThat(DesignationRisk.designationLostOn(evidence)).as("round %d", round).isEqualTo(linear);
            found += linear.isPresent() ? 1 : 0;
        }
        assertThat(found).as("rounds with a loss date").isGreaterThan(20);
    }

    @Test
    void re_scoring_the_certifications_alone_gives_the_verdict_of_scoring_the_whole_evidence() throws IOException {
        Evidence example = example();
        java.util.Random random = new java.util.Random(15);
        int attained = 0;
        int lost = 0;
        for (com.partnerportal.core.scoring.RuleSet ruleSet : com.partnerportal.core.scoring.RuleSets.all()) {
            com.partnerportal.core.scoring.Scorecard scored = ScoreCalculator.score(example, ruleSet);
            for (int round = 0; round < 100; round++) {
                List<Professional> some = example.professionals().stream()
                        .map(p -> new Professional(p.id(), p.name(),
                                p.certifications().stream().filter(c -> random.nextInt(3) > 0).toList()))
                        .filter(p -> random.nextInt(5) > 0)
                        .toList();
                boolean whole = ScoreCalculator.score(example.withProfessionals(some), ruleSet).attained();
                assertThat(ScoreCalculator.attainedWithProfessionals(scored, some)).as("%s, round %d", ruleSet.id(),
                        round).isEqualTo(whole);
                attained += whole ? 1 : 0;
                lost += whole ? 0 : 1;
            }
        }
        assertThat(attained).as("rounds still attained").isGreaterThan(10);
        assertThat(lost).as("rounds no longer attained").isGreaterThan(10);
    }

    @Test
    void a_partner_that_does_not_attain_has_nothing_to_lose() throws IOException {
        Evidence evidence = expiringFrom(example(), example().asOf().atEndOfMonth().plusDays(10));
        Evidence weak = evidence.withCustomers(List.of());
        assertThat(ScoreCalculator.score(weak).attained()).isFalse();
        assertThat(DesignationRisk.designationLostOn(weak)).isEmpty();
    }

    @Test
    void at_risk_within_ninety_days_of_today() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertThat(DesignationRisk.atRisk(Optional.of(today.plusDays(90)), today)).isTrue();
        assertThat(DesignationRisk.atRisk(Optional.of(today.plusDays(91)), today)).isFalse();
        assertThat(DesignationRisk.atRisk(Optional.empty(), today)).isFalse();
    }
}
