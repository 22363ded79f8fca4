package com.partnerportal.core.scoring;

import static com.partnerportal.core.evidence.CustomerFixture.customer;
import static com.partnerportal.core.evidence.EvidenceFixture.evidence;
import static com.partnerportal.core.evidence.ProfessionalFixture.professional;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.EvidenceFixture;
import com.partnerportal.core.evidence.ProfessionalFixture;
import org.junit.jupiter.api.Test;

/** Scoring rules, "Skilling — intermediate certifications"; as of 2024-03, the as-of day is 2024-03-31. */
class IntermediateCertificationsTest {

    static final String ADMIN = DataAiCertification.AZURE_ADMINISTRATOR_ASSOCIATE.name();
    static final String ARCHITECT = DataAiCertification.AZURE_SOLUTIONS_ARCHITECT_EXPERT.name();
    static final String DATA_ENGINEER = DataAiCertification.AZURE_DATA_ENGINEER_ASSOCIATE.name();
    static final String AI_ENGINEER = DataAiCertification.AZURE_AI_ENGINEER_ASSOCIATE.name();
    static final String DATA_SCIENTIST = DataAiCertification.AZURE_DATA_SCIENTIST_ASSOCIATE.name();

    private static CertificationsExplanation score(EvidenceFixture evidence) {
        return ScoreCalculator.score(evidence.build()).explanation().intermediateCertifications();
    }

    /** SMB evidence with both prerequisites held, plus the given professionals. */
    private static EvidenceFixture smbWithPrerequisites(ProfessionalFixture... professionals) {
        EvidenceFixture evidence = evidence()
                .professional(professional("admin").holds(ADMIN))
                .professional(professional("architect").holds(ARCHITECT));
        for (ProfessionalFixture professional : professionals) {
            evidence.professional(professional);
        }
        return evidence;
    }

    /** Enterprise evidence (through an ENTERPRISE customer) with the given professionals. */
    private static EvidenceFixture enterprise(ProfessionalFixture... professionals) {
        EvidenceFixture evidence = evidence().customer(customer("E-1").enterprise());
        for (ProfessionalFixture professional : professionals) {
            evidence.professional(professional);
        }
        return evidence;
    }

    private static ProfessionalFixture[] scoring(int count) {
        ProfessionalFixture[] people = new ProfessionalFixture[count];
        for (int i = 0; i < count; i++) {
            people[i] = professional("scoring-" + i).holds(DATA_ENGINEER);
        }
        return people;
    }

    @Test
    void a_certification_expiring_on_the_as_of_day_is_active() {
        CertificationsExplanation certs = score(evidence().professional(professional("p").holds(ADMIN, "2022-01-01", "2024-03-31")));

        assertThat(certs.administrators()).isEqualTo(1);
        assertThat(certs.points()).isEqualTo(4);
        assertThat(certs.professionals().get(0).certifications().get(0).status()).isEqualTo(CertificationLine.Status.ACTIVE);
    }

    @Test
    void a_certification_that_expired_the_day_before_the_as_of_day_does_not_count() {
        CertificationsExplanation certs = score(evidence().professional(professional("p").holds(ADMIN, "2022-01-01", "2024-03-30")));

        assertThat(certs.points()).isZero();
        CertificationLine line = certs.professionals().get(0).certifications().get(0);
        assertThat(line.status()).isEqualTo(CertificationLine.Status.EXPIRED);
        assertThat(line.countsFor()).isEqualTo(CertificationLine.CountsFor.NOTHING);
        assertThat(line.why()).contains("expired on 2024-03-30");
    }

    @Test
    void a_certification_earned_on_the_as_of_day_counts_and_one_earned_the_day_after_does_not() {
        CertificationsExplanation certs = score(evidence()
                .professional(professional("a").holds(ADMIN, "2024-03-31", null))
                .professional(professional("b").holds(ARCHITECT, "2024-04-01", null)));

        assertThat(certs.administrators()).isEqualTo(1);
        assertThat(certs.architects()).isZero();
        assertThat(certs.professionals().get(1).certifications().get(0).status())
                .isEqualTo(CertificationLine.Status.NOT_YET_EARNED);
    }

    @Test
    void on_the_smb_path_each_prerequisite_earns_4_points_on_its_own() {
        assertThat(score(evidence().professional(professional("a").holds(ADMIN))).points()).isEqualTo(4);
        assertThat(score(evidence().professional(professional("b").holds(ARCHITECT))).points()).isEqualTo(4);
    }

    @Test
    void on_the_smb_path_scoring_individuals_earn_nothing_without_both_prerequisites() {
        CertificationsExplanation certs = score(evidence()
                .professional(professional("a").holds(ADMIN))
                .professional(scoring(3)[0]).professional(scoring(3)[1]));

        assertThat(certs.prerequisitesMet()).isFalse();
        assertThat(certs.scoringIndividuals()).isEqualTo(2);
        assertThat(certs.points()).isEqualTo(4);
    }

    @Test
    void on_the_smb_path_both_prerequisites_earn_8_plus_4_per_scoring_individual() {
        CertificationsExplanation certs = score(smbWithPrerequisites(scoring(6)));

        assertThat(certs.prerequisitePoints()).isEqualTo(8);
        assertThat(certs.scoringPoints()).isEqualTo(24);
        assertThat(certs.points()).isEqualTo(32);
    }

    @Test
    void on_the_smb_path_at_most_8_scoring_individuals_earn_points() {
        CertificationsExplanation certs = score(smbWithPrerequisites(scoring(9)));

        assertThat(certs.scoringIndividuals()).isEqualTo(9);
        assertThat(certs.countedIndividuals()).isEqualTo(8);
        assertThat(certs.points()).isEqualTo(40);
    }

    @Test
    void on_the_enterprise_path_two_holders_of_each_prerequisite_unlock_4_per_scoring_individual() {
        CertificationsExplanation certs = score(enterprise(
                professional("a1").holds(ADMIN), professional("a2").holds(ADMIN),
                professional("s1").holds(ARCHITECT), professional("s2").holds(ARCHITECT),
                scoring(3)[0], scoring(3)[1], scoring(3)[2]));

        assertThat(certs.path()).isEqualTo(Path.ENTERPRISE);
        assertThat(certs.prerequisitesMet()).isTrue();
        assertThat(certs.prerequisitePoints()).isZero();
        assertThat(certs.points()).isEqualTo(12);
    }

    @Test
    void on_the_enterprise_path_one_architect_short_earns_nothing() {
        CertificationsExplanation certs = score(enterprise(
                professional("a1").holds(ADMIN), professional("a2").holds(ADMIN),
                professional("s1").holds(ARCHITECT), scoring(1)[0]));

        assertThat(certs.prerequisitesMet()).isFalse();
        assertThat(certs.points()).isZero();
    }

    @Test
    void on_the_enterprise_path_at_most_10_scoring_individuals_earn_points() {
        EvidenceFixture evidence = enterprise(professional("a1").holds(ADMIN), professional("a2").holds(ADMIN),
                professional("s1").holds(ARCHITECT), professional("s2").holds(ARCHITECT));
        for (ProfessionalFixture person : scoring(12)) {
            evidence.professional(person);
        }
        CertificationsExplanation certs = score(evidence);

        assertThat(certs.countedIndividuals()).isEqualTo(10);
        assertThat(certs.points()).isEqualTo(40);
    }

    @Test
    void the_same_holder_twice_is_one_prerequisite_holder() {
        CertificationsExplanation certs = score(enterprise(
                professional("a1").holds(ADMIN).holds(ADMIN, "2023-01-01", null),
                professional("s1").holds(ARCHITECT), professional("s2").holds(ARCHITECT), scoring(1)[0]));

        assertThat(certs.administrators()).isEqualTo(1);
        assertThat(certs.points()).isZero();
    }

    @Test
    void a_person_with_three_scoring_certifications_counts_once() {
        CertificationsExplanation certs = score(smbWithPrerequisites(
                professional("p").holds(DATA_ENGINEER).holds(AI_ENGINEER).holds(DATA_SCIENTIST)));

        assertThat(certs.scoringIndividuals()).isEqualTo(1);
        assertThat(certs.points()).isEqualTo(12);
    }

    @Test
    void the_same_person_counts_for_a_prerequisite_and_as_a_scoring_individual() {
        CertificationsExplanation certs = score(evidence()
                .professional(professional("p").holds(ADMIN).holds(DATA_ENGINEER))
                .professional(professional("q").holds(ARCHITECT)));

        ProfessionalLine person = certs.professionals().get(0);
        assertThat(person.administrator()).isTrue();
        assertThat(person.scoringIndividual()).isTrue();
        assertThat(certs.points()).isEqualTo(12);
    }

    @Test
    void any_other_certification_is_accepted_and_scores_nothing() {
        CertificationsExplanation certs = score(smbWithPrerequisites(professional("p").holds("AZURE_FUNDAMENTALS")));

        CertificationLine line = certs.professionals().get(2).certifications().get(0);
        assertThat(line.role()).isEqualTo(DataAiCertification.Role.NON_SCORING);
        assertThat(line.countsFor()).isEqualTo(CertificationLine.CountsFor.NOTHING);
        assertThat(line.why()).contains("not a Data & AI prerequisite or scoring certification");
        assertThat(certs.points()).isEqualTo(8);
    }

    @Test
    void an_expired_scoring_certification_does_not_make_a_scoring_individual() {
        CertificationsExplanation certs = score(smbWithPrerequisites(
                professional("p").holds(DATA_ENGINEER, "2021-01-01", "2023-12-31")));

        assertThat(certs.scoringIndividuals()).isZero();
        assertThat(certs.points()).isEqualTo(8);
    }
}
