package com.partnerportal.core.scoring;

import static com.partnerportal.core.evidence.CustomerFixture.customer;
import static com.partnerportal.core.evidence.EvidenceFixture.evidence;
import static com.partnerportal.core.evidence.ProfessionalFixture.professional;

import com.partnerportal.core.evidence.EvidenceFixture;

/**
 * SMB evidence as of 2024-03 built to chosen metric points: {@code newCustomers} at USD 500 in
 * 2024-02 (10 each), both prerequisites plus {@code scoringIndividuals} (8 + 4 each), one customer
 * "U" with {@code baseline} in 2023-03 and {@code current} in 2024-03 (usage growth), and
 * {@code deployments} eligible deployments (2 each).
 */
final class ScenarioFixture {

    static final String ADMIN = DataAiCertification.AZURE_ADMINISTRATOR_ASSOCIATE.name();
    static final String ARCHITECT = DataAiCertification.AZURE_SOLUTIONS_ARCHITECT_EXPERT.name();
    static final String DATA_ENGINEER = DataAiCertification.AZURE_DATA_ENGINEER_ASSOCIATE.name();

    private ScenarioFixture() {
    }

    static EvidenceFixture scenario(int newCustomers, int scoringIndividuals, String baseline, String current,
            int deployments) {
        EvidenceFixture evidence = evidence()
                .customer(customer("U").acr("2023-03", baseline).acr("2024-03", current))
                .professional(professional("admin").holds(ADMIN))
                .professional(professional("architect").holds(ARCHITECT));
        for (int i = 1; i <= newCustomers; i++) {
            evidence.customer(customer("N-" + i).acr("2024-02", "500"));
        }
        for (int i = 1; i <= scoringIndividuals; i++) {
            evidence.professional(professional("s-" + i).holds(DATA_ENGINEER));
        }
        for (int i = 1; i <= deployments; i++) {
            evidence.deployment("U", "Service " + i, "2023-10-01");
        }
        return evidence;
    }

    /** 2 new customers (20), 5 scoring individuals (28), 12 % growth (12), 5 deployments (10): exactly 70. */
    static EvidenceFixture exactly70() {
        return scenario(2, 5, "10000", "11200", 5);
    }
}
