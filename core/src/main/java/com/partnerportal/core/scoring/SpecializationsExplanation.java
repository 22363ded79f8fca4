package com.partnerportal.core.scoring;

import java.util.List;

/**
 * The specializations behind {@code benefits.stackedSpecializations}: the cap, the part of it taken
 * under the other two Azure designations, and each Data & AI specialization held.
 */
public record SpecializationsExplanation(
        int cap,
        int otherAzureSpecializations,
        int stacked,
        List<SpecializationLine> specializations) {

    public SpecializationsExplanation {
        specializations = List.copyOf(specializations);
    }

    public String why() {
        return Texts.count(stacked, "specialization stacks", "specializations stack") + " (cap " + cap
                + " across the three Azure designations, " + otherAzureSpecializations
                + " of it taken under Infrastructure and Digital & App Innovation)";
    }
}
