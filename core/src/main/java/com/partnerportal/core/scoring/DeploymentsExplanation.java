package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Subcategory;
import java.time.LocalDate;
import java.util.List;

/** Deployments explained: the TTM's first and last day, the eligible count and every deployment. */
public record DeploymentsExplanation(
        int points,
        LocalDate ttmStart,
        LocalDate ttmEnd,
        int eligible,
        List<DeploymentLine> deployments) implements MetricExplanation {

    public DeploymentsExplanation {
        deployments = List.copyOf(deployments);
    }

    @Override
    public Subcategory metric() {
        return Subcategory.DEPLOYMENTS;
    }

    @Override
    public String why() {
        return eligible + " of " + Texts.count(deployments.size(), "deployment", "deployments") + " eligible (TTM "
                + ttmStart + " … " + ttmEnd + "): " + Deployments.POINTS_PER_DEPLOYMENT + " × min("
                + Deployments.MAX_DEPLOYMENTS + ", " + eligible + ") = " + points + " points";
    }
}
