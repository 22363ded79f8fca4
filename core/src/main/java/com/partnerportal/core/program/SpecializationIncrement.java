package com.partnerportal.core.program;

/** What each stacked Azure specialization adds per year to the designation's product benefits. */
public record SpecializationIncrement(
        long azureProductionCreditsUsd,
        int visualStudioEnterpriseSubscriptions,
        int microsoft365E3Users) {
}
