package com.partnerportal.core.scoring;

import java.util.List;

/**
 * The specializations behind {@code benefits.stackedSpecializations}: the cap, those held under the other two Azure
 * designations, how many stack in all ({@code stacked} = min(cap, Data & AI + other), 0 while the designation is
 * not attained) and how many of them are Data & AI ones, and each Data & AI specialization held.
 */
public record SpecializationsExplanation(
        int cap,
        int otherAzureSpecializations,
        int stacked,
        int dataAiStacked,
        List<SpecializationLine> specializations) {

    public SpecializationsExplanation {
        specializations = List.copyOf(specializations);
    }

    public String why() {
        if (stacked == 0) {
            return "no specialization stacks (" + otherAzureSpecializations + " held under Infrastructure and Digital &"
                    + " App Innovation; at most " + cap + " across the three Azure designations)";
        }
        return Texts.count(stacked, "specialization stacks", "specializations stack") + ": " + dataAiStacked
                + " Data & AI and " + (stacked - dataAiStacked) + " of the " + otherAzureSpecializations
                + " held under Infrastructure and Digital & App Innovation (at most " + cap
                + " across the three Azure designations, each adding its benefits)";
    }
}
