package com.partnerportal.core.program;

import java.util.List;

/** The yearly product benefits of a Solutions Partner designation, as the guide's benefits table lists them. */
public record ProductBenefits(
        long azureProductionCreditsUsd,
        int visualStudioEnterpriseSubscriptions,
        int powerBiPremiumUsers,
        int microsoft365E3Users,
        int projectOnlinePlan5Users,
        int visioOnlinePlan2Users,
        List<String> dynamics365PartnerSandboxes,
        List<String> softwareLicenses,
        String azureDevTestCredits) {

    public ProductBenefits {
        dynamics365PartnerSandboxes = List.copyOf(dynamics365PartnerSandboxes);
        softwareLicenses = List.copyOf(softwareLicenses);
    }
}
