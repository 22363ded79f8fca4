package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Specialization;
import java.util.Map;
import java.util.Objects;

/**
 * The rules a scorecard is computed by: the path rule, net customer adds (thresholds, what makes a customer new),
 * the certification catalogue, the deployment exclusions and counting, and the names it shows. The metric classes
 * are given a rule set; they hold no rule of their own that differs between rule sets. Which months a rule set
 * applies to is {@link RuleSets}' choice (its boundary month is a setting). The two rule sets are
 * {@link RuleSets#DATA_AI_AZURE_2024} and {@link RuleSets#DATA_AI_AZURE_2026}.
 *
 * @param id               the id scorecards carry ({@code "ruleSet"}), e.g. {@code DATA_AI_AZURE-2026}
 * @param name             the rule set's name for pages
 * @param shortName        how explanations refer to it: "the 2026 rules"
 * @param source           where the rules come from
 * @param specializationNames names that replace a specialization's {@link Specialization#displayName()}
 */
public record RuleSet(
        String id,
        String name,
        String shortName,
        String source,
        PathRule path,
        NetCustomerAddsRule netCustomerAdds,
        CertificationCatalogue certifications,
        DeploymentRule deployments,
        Map<Specialization, String> specializationNames) {

    public RuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(netCustomerAdds, "netCustomerAdds");
        Objects.requireNonNull(certifications, "certifications");
        Objects.requireNonNull(deployments, "deployments");
        specializationNames = Map.copyOf(specializationNames);
    }

    /** A specialization's name under this rule set. */
    public String nameOf(Specialization specialization) {
        return specializationNames.getOrDefault(specialization, specialization.displayName());
    }

    @Override
    public String toString() {
        return id;
    }
}
