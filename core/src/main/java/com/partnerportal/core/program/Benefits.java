package com.partnerportal.core.program;

/**
 * The scorecard's {@code benefits}: the designation's yearly product benefits that grow with
 * specializations, plus the number of specializations stacked onto them.
 */
public record Benefits(
        long azureProductionCreditsUsd,
        int visualStudioEnterpriseSubscriptions,
        int microsoft365E3Users,
        int powerBiPremiumUsers,
        int stackedSpecializations) {
}
