package com.partnerportal.core.scoring;

import java.time.LocalDate;

/** One deployment, eligible or excluded with the reason, under the scorecard's rule set. */
public record DeploymentLine(String customerId, String service, int serviceLevel, LocalDate date, Status status,
        RuleSet ruleSet) {

    /** Eligible, or the first rule the deployment fails, in this order. */
    public enum Status {
        ELIGIBLE,
        UNKNOWN_CUSTOMER,
        NOT_ATTRIBUTED,
        SERVICE_LEVEL,
        /** A service the rule set excludes (Virtual Machines Licenses; under the 2026 rules Virtual Machines too). */
        EXCLUDED_SERVICE,
        OUTSIDE_TTM,
        /** The customer already has an eligible deployment of the service (2024 guide). */
        DUPLICATE_PAIR,
        /** The service is already counted at some customer (2026 rules: distinct services count). */
        DUPLICATE_SERVICE
    }

    public boolean eligible() {
        return status == Status.ELIGIBLE;
    }

    public String why() {
        DeploymentRule rule = ruleSet.deployments();
        return switch (status) {
            case ELIGIBLE -> "eligible: service level " + rule.serviceLevel() + " for an attributed customer, dated in the"
                    + " trailing twelve months, the first deployment of " + service.strip()
                    + (rule.counting() == DeploymentRule.Counting.DISTINCT_SERVICE ? "" : " for " + customerId);
            case UNKNOWN_CUSTOMER -> "excluded: no customer " + customerId + " in the evidence";
            case NOT_ATTRIBUTED -> "excluded: customer " + customerId + " has no PAL, DPOR or CSP attribution";
            case SERVICE_LEVEL -> "excluded: service level " + serviceLevel + ", only service level " + rule.serviceLevel()
                    + " counts";
            case EXCLUDED_SERVICE -> rule.excludedServices().size() == 1
                    ? "excluded: " + rule.excludedServices().get(0) + " never count"
                    : "excluded: " + String.join(" and ", rule.excludedServices()) + " do not count under "
                            + ruleSet.shortName();
            case OUTSIDE_TTM -> "excluded: " + date + " is outside the trailing twelve months";
            case DUPLICATE_PAIR -> "excluded: " + customerId + " already has an eligible deployment of " + service.strip();
            case DUPLICATE_SERVICE -> "excluded: " + service.strip() + " is already counted; under " + ruleSet.shortName()
                    + " each service counts once across the customers";
        };
    }
}
