package com.partnerportal.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.Segment;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * shared/spec/scoring-rules-2026.md: everything not listed there is unchanged, so on evidence where none of the
 * differences applies the two rule sets give the same scorecard figures.
 */
class RuleSetsPropertiesTest {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("5000");
    private static final BigDecimal SMB_THRESHOLD = new BigDecimal("500");

    @Provide
    Arbitrary<Evidence> evidenceWithoutDifferences() {
        return EvidenceArbitraries.evidence().map(RuleSetsPropertiesTest::withoutDifferences);
    }

    @Property(tries = 300)
    void scores_agree_between_the_rule_sets_where_no_difference_applies(
            @ForAll("evidenceWithoutDifferences") Evidence evidence) {
        Scorecard by2024 = ScoreCalculator.score(evidence, RuleSets.DATA_AI_AZURE_2024);
        Scorecard by2026 = ScoreCalculator.score(evidence, RuleSets.DATA_AI_AZURE_2026);

        assertThat(by2026.path()).isEqualTo(by2024.path());
        assertThat(by2026.metrics()).isEqualTo(by2024.metrics());
        assertThat(by2026.total()).isEqualTo(by2024.total());
        assertThat(by2026.attained()).isEqualTo(by2024.attained());
        assertThat(by2026.benefits()).isEqualTo(by2024.benefits());
        assertThat(by2026.nextActions().projectedTotal()).isEqualTo(by2024.nextActions().projectedTotal());
    }

    @Property(tries = 100)
    void the_evidence_without_differences_is_on_the_smb_path_under_both(
            @ForAll("evidenceWithoutDifferences") Evidence evidence) {
        // the evidence keeps what both rule sets score: SMB/SMC customers below USD 1,000,000 over the TTM
        assertThat(evidence.customers()).allMatch(c -> c.segment() != Segment.ENTERPRISE);
        assertThat(ScoreCalculator.score(evidence, RuleSets.DATA_AI_AZURE_2024).path()).isEqualTo(Path.SMB);
        assertThat(ScoreCalculator.score(evidence, RuleSets.DATA_AI_AZURE_2026).path()).isEqualTo(Path.SMB);
    }

    /**
     * The evidence with every difference removed: no ENTERPRISE customer and amounts of at most USD 5,000 (so the
     * path is SMB under both: no revenue test can apply), no baseline ACR between 0 and the threshold, no
     * certification that scores under only one rule set, and each deployment's service named for its customer (so
     * distinct services and distinct (customer, service) pairs are the same count; Virtual Machines Licenses, excluded
     * by both, keeps its name).
     */
    static Evidence withoutDifferences(Evidence evidence) {
        YearMonth asOf = evidence.asOf();
        List<Customer> customers = evidence.customers().stream().map(c -> {
            Map<YearMonth, BigDecimal> acr = new TreeMap<>();
            c.acr().forEach((month, usd) -> {
                BigDecimal amount = usd.min(MAX_AMOUNT);
                boolean baseline = month.equals(asOf.minusMonths(13)) || month.equals(asOf.minusMonths(12));
                acr.put(month, baseline && amount.signum() > 0 && amount.compareTo(SMB_THRESHOLD) < 0 ? BigDecimal.ZERO
                        : amount);
            });
            Segment segment = c.segment() == Segment.ENTERPRISE ? Segment.SMC : c.segment();
            return new Customer(c.id(), segment, c.attributions(), acr);
        }).toList();
        List<Professional> professionals = evidence.professionals().stream().map(p -> new Professional(p.id(), p.name(),
                p.certifications().stream().map(RuleSetsPropertiesTest::scoredAlikeOrNot).toList())).toList();
        List<Deployment> deployments = evidence.deployments().stream()
                .map(d -> RuleSets.DATA_AI_AZURE_2024.deployments().excludes(d.service()) ? d
                        : new Deployment(d.customerId(), DeploymentRule.normalized(d.service()) + " at " + d.customerId(),
                                d.serviceLevel(), d.date()))
                .toList();
        return evidence.withCustomers(customers).withProfessionals(professionals).withDeployments(deployments);
    }

    private static Certification scoredAlikeOrNot(Certification certification) {
        DataAiCertification.Role old = RuleSets.DATA_AI_AZURE_2024.certifications().roleOf(certification.id());
        DataAiCertification.Role now = RuleSets.DATA_AI_AZURE_2026.certifications().roleOf(certification.id());
        boolean same = old == now || old != DataAiCertification.Role.SCORING && now != DataAiCertification.Role.SCORING;
        return same ? certification : new Certification("AZURE_FUNDAMENTALS", certification.earned(), certification.expires());
    }
}
