package com.partnerportal.core.scoring;

import java.math.BigDecimal;

/** The counts that drive a scorecard's points; a plan changes a copy of them, move by move. */
final class PlanCounts {

    final Path path;
    final BigDecimal baseline;
    int net;
    int administrators;
    int architects;
    int individuals;
    BigDecimal current;
    int eligible;

    PlanCounts(Explanation e) {
        path = e.path().path();
        net = e.netCustomerAdds().net();
        administrators = e.intermediateCertifications().administrators();
        architects = e.intermediateCertifications().architects();
        individuals = e.intermediateCertifications().scoringIndividuals();
        current = e.usageGrowth().currentUsd();
        baseline = e.usageGrowth().baselineUsd();
        eligible = e.deployments().eligible();
    }
}
