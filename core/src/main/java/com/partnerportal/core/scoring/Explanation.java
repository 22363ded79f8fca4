package com.partnerportal.core.scoring;

import java.util.List;

/** Why the scorecard is what it is: the path, each metric down to every input, and the specializations. */
public record Explanation(
        PathExplanation path,
        NetCustomerAddsExplanation netCustomerAdds,
        CertificationsExplanation intermediateCertifications,
        UsageGrowthExplanation usageGrowth,
        DeploymentsExplanation deployments,
        SpecializationsExplanation specializations) {

    /** The four metric explanations in scorecard order. */
    public List<MetricExplanation> metrics() {
        return List.of(netCustomerAdds, intermediateCertifications, usageGrowth, deployments);
    }
}
