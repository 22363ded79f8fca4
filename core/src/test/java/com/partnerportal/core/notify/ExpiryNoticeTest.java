package com.partnerportal.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.scoring.ExpiringCertifications;
import com.partnerportal.core.scoring.NextActions.Risk;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.core.scoring.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issue 12, point 9: which expiry notice is due when, and which certifications' expiry costs points. */
class ExpiryNoticeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void a_certification_is_told_within_90_days_and_again_within_30() {
        assertThat(ExpiryNotice.due(TODAY.plusDays(91), TODAY)).isEmpty();
        assertThat(ExpiryNotice.due(TODAY.plusDays(90), TODAY)).contains(ExpiryNotice.DAYS_90);
        assertThat(ExpiryNotice.due(TODAY.plusDays(31), TODAY)).contains(ExpiryNotice.DAYS_90);
        assertThat(ExpiryNotice.due(TODAY.plusDays(30), TODAY)).contains(ExpiryNotice.DAYS_30);
        assertThat(ExpiryNotice.due(TODAY, TODAY)).contains(ExpiryNotice.DAYS_30);
        assertThat(ExpiryNotice.due(TODAY.minusDays(1), TODAY)).as("expired already").isEmpty();
        assertThat(ExpiryNotice.horizon(TODAY)).isEqualTo(TODAY.plusDays(90));
    }

    static Evidence example() throws IOException {
        return EvidenceJson.read(Files.readString(Paths.get(System.getProperty("shared.dir"), "examples",
                "example-smb-attained.json")));
    }

    /** The example's certifications expiring one after the other, a week apart from {@code first}. */
    static Evidence expiringFrom(Evidence evidence, LocalDate first) {
        AtomicInteger n = new AtomicInteger();
        return evidence.withProfessionals(evidence.professionals().stream()
                .map(p -> new Professional(p.id(), p.name(), p.certifications().stream()
                        .map(c -> new Certification(c.id(), c.earned(), first.plusWeeks(n.getAndIncrement())))
                        .toList()))
                .toList());
    }

    @Test
    void the_window_holds_the_next_actions_risks_of_its_days_and_only_those() throws IOException {
        Evidence evidence = expiringFrom(example(), example().asOf().atEndOfMonth().plusDays(3));
        Scorecard scorecard = ScoreCalculator.score(evidence);
        assertThat(scorecard.attained()).isTrue();
        LocalDate asOfDay = evidence.asOf().atEndOfMonth();
        List<Risk> expiring = scorecard.nextActions().risks().stream()
                .filter(r -> r.kind() == Risk.Kind.CERTIFICATION_EXPIRING).toList();
        assertThat(expiring).isNotEmpty();
        // the same computation as the next actions' risks, for the same 90 days
        assertThat(ExpiringCertifications.between(scorecard, asOfDay, asOfDay.plusDays(90))).isEqualTo(expiring);
        // a narrower window: only what expires in it
        LocalDate from = asOfDay.plusDays(10);
        LocalDate until = asOfDay.plusDays(20);
        assertThat(ExpiringCertifications.between(scorecard, from, until))
                .isEqualTo(expiring.stream().filter(r -> !r.expires().isBefore(from) && !r.expires().isAfter(until))
                        .toList());
        assertThat(ExpiringCertifications.costingPoints(scorecard, asOfDay, asOfDay.plusDays(90)))
                .allMatch(r -> r.pointsAtRisk() > 0)
                .isEqualTo(expiring.stream().filter(r -> r.pointsAtRisk() > 0).toList());
    }

    @Test
    void a_partner_below_the_threshold_is_never_told_it_would_lose_the_designation() throws IOException {
        Evidence evidence = expiringFrom(example(), example().asOf().atEndOfMonth().plusDays(3));
        // without its customers the example keeps its certifications' points but does not attain
        Evidence below = evidence.withCustomers(List.of());
        Scorecard scorecard = ScoreCalculator.score(below);
        assertThat(scorecard.attained()).isFalse();
        LocalDate asOfDay = evidence.asOf().atEndOfMonth();
        List<Risk> risks = ExpiringCertifications.costingPoints(scorecard, asOfDay, asOfDay.plusDays(90));
        assertThat(risks).isNotEmpty().noneMatch(Risk::losesDesignation)
                .allMatch(r -> !r.text().contains("designation would be lost"));
    }
}
