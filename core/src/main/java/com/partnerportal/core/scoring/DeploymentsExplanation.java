package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Subcategory;
import java.time.LocalDate;
import java.util.List;

/**
 * Deployments explained: the TTM's first and last day, the eligible count (distinct (customer, service) pairs, or
 * under the 2026 rules distinct services) and every deployment.
 */
public record DeploymentsExplanation(
        int points,
        LocalDate ttmStart,
        LocalDate ttmEnd,
        int eligible,
        List<DeploymentLine> deployments,
        RuleSet ruleSet) implements MetricExplanation {

    public DeploymentsExplanation {
        deployments = List.copyOf(deployments);
    }

    @Override
    public Subcategory metric() {
        return Subcategory.DEPLOYMENTS;
    }

    @Override
    public String why() {
        String all = Texts.count(deployments.size(), "deployment", "deployments");
        String counted = ruleSet.deployments().counting() == DeploymentRule.Counting.DISTINCT_SERVICE
                ? Texts.count(eligible, "distinct service", "distinct services") + " eligible among " + all
                : eligible + " of " + all + " eligible";
        return counted + " (TTM " + ttmStart + " … " + ttmEnd + "): " + Deployments.POINTS_PER_DEPLOYMENT + " × min("
                + Deployments.MAX_DEPLOYMENTS + ", " + eligible + ") = " + points + " points";
    }
}
