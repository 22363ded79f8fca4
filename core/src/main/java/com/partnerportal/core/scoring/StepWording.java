package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Subcategory;
import com.partnerportal.core.scoring.NextActions.Step.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of the next actions: each step of a plan and each blocker, in the language of the scorecard's rule
 * set (its threshold condition for new customers, its certification catalogue, its deployment exclusions and
 * counting). Figures come from the plan's counts before ({@code start}) and after ({@code end}) it.
 */
final class StepWording {

    private final Explanation explanation;
    private final RuleSet ruleSet;
    private final PlanCounts start;
    private final PlanCounts end;

    StepWording(Explanation explanation, RuleSet ruleSet, PlanCounts start, PlanCounts end) {
        this.explanation = explanation;
        this.ruleSet = ruleSet;
        this.start = start;
        this.end = end;
    }

    String text(Kind kind, int count, int gain) {
        String plus = ": +" + gain;
        CertificationCatalogue catalogue = ruleSet.certifications();
        return switch (kind) {
            case ADD_NEW_CUSTOMERS -> {
                NetCustomerAddsExplanation nca = explanation.netCustomerAdds();
                String months = nca.recentMonths().get(0) + " or " + nca.recentMonths().get(1);
                String baseline = nca.baselineMonths().get(0) + " and " + nca.baselineMonths().get(1);
                String threshold = Texts.usd(nca.thresholdUsd());
                yield Texts.count(count, "more new customer", "more new customers") + " with ACR ≥ " + threshold + " in "
                        + months + " and " + ruleSet.netCustomerAdds().newCustomer().baselineCondition(threshold) + " in "
                        + baseline + (start.net < 0 ? " (net is " + Texts.signed(start.net) + " now)" : "") + plus;
            }
            case ADD_ADMINISTRATOR -> prerequisite(catalogue.administrator(), gain);
            case ADD_ARCHITECT -> prerequisite(catalogue.architect(), gain);
            case COMPLETE_PREREQUISITES -> completion(gain);
            case ADD_SCORING_INDIVIDUALS -> Texts.count(count, "more professional", "more professionals")
                    + " with an active scoring certification (such as " + catalogue.example().displayName() + ", "
                    + catalogue.example().exam() + ")" + plus + noLongerScoring();
            case GROW_USAGE -> usage(gain);
            case ADD_DEPLOYMENTS -> {
                DeploymentsExplanation d = explanation.deployments();
                DeploymentRule rule = ruleSet.deployments();
                yield Texts.count(count, "more eligible deployment", "more eligible deployments")
                        + " (service level " + rule.serviceLevel() + ", not " + rule.excludedNames()
                        + ", for an attributed customer, dated " + d.ttmStart() + " … " + d.ttmEnd() + ", "
                        + (rule.counting() == DeploymentRule.Counting.DISTINCT_SERVICE ? "a service not counted yet"
                                : "a new customer and service pair")
                        + ")" + plus;
            }
        };
    }

    /** Why a metric at 0 cannot be lifted by any step for this as-of month. */
    String blocker(Subcategory metric) {
        UsageGrowthExplanation usage = explanation.usageGrowth();
        return metric == Subcategory.USAGE_GROWTH
                ? "usage growth cannot score as of " + usage.month() + ": attributed customers had no ACR in "
                        + usage.baselineMonth() + ", so growth is not defined; only customers with ACR in "
                        + usage.baselineMonth() + " (for example newly approved associations) can change that"
                : metric.displayName() + " cannot earn points as of " + usage.month();
    }

    /**
     * "; 3 people hold only Azure Data Engineer Associate (DP-203), which no longer scores under the 2026 rules":
     * active holders of certifications the rule set no longer scores who are not scoring individuals.
     */
    private String noLongerScoring() {
        int people = 0;
        Set<String> names = new LinkedHashSet<>();
        for (ProfessionalLine professional : explanation.intermediateCertifications().professionals()) {
            if (professional.scoringIndividual()) {
                continue;
            }
            boolean holds = false;
            for (CertificationLine line : professional.certifications()) {
                if (line.status() == CertificationLine.Status.ACTIVE
                        && line.role() == DataAiCertification.Role.NO_LONGER_SCORING) {
                    holds = true;
                    names.add(DataAiCertification.labelOf(line.id()));
                }
            }
            people += holds ? 1 : 0;
        }
        if (people == 0) {
            return "";
        }
        return "; " + Texts.count(people, "person holds", "people hold") + " only " + String.join(" or ", names)
                + ", which no longer " + (names.size() == 1 ? "scores" : "score") + " under " + ruleSet.shortName();
    }

    /** SMB: one missing prerequisite (or, on Enterprise, one kind missing). */
    private String prerequisite(DataAiCertification certification, int gain) {
        if (start.path == Path.ENTERPRISE) {
            return completion(gain);
        }
        int own = IntermediateCertifications.POINTS_PER_CERTIFICATION;
        String unlocked = gain > own
                ? " (" + own + " for the prerequisite, " + (gain - own) + " unlocked for "
                        + Texts.count(start.individuals, "scoring individual", "scoring individuals") + ")"
                : "";
        return "a professional with an active " + certification.label() + ": +" + gain + unlocked;
    }

    private String completion(int gain) {
        int needed = IntermediateCertifications.prerequisiteHolders(start.path);
        List<String> holders = new ArrayList<>();
        holders(holders, ruleSet.certifications().administrator(), start.administrators, needed);
        holders(holders, ruleSet.certifications().architect(), start.architects, needed);
        String who = String.join(" and ", holders);
        String individuals = Texts.count(start.individuals, "scoring individual", "scoring individuals");
        if (start.path == Path.SMB) {
            int own = 2 * IntermediateCertifications.POINTS_PER_CERTIFICATION;
            return who + ": +" + gain + (gain > own
                    ? " (" + own + " for the prerequisites, " + (gain - own) + " unlocked for " + individuals + ")"
                    : "");
        }
        boolean one = Math.max(0, needed - start.administrators) + Math.max(0, needed - start.architects) == 1;
        return start.individuals == 0
                ? who + (one ? " meets" : " meet") + " the prerequisites (no points until there are scoring individuals)"
                : who + (one ? " unlocks " : " unlock ") + gain + " points for " + individuals;
    }

    private static void holders(List<String> who, DataAiCertification certification, int have, int needed) {
        int missing = needed - have;
        if (missing <= 0) {
            return;
        }
        String name = certification.displayName();
        who.add(missing == 1 && have == 1 ? "a second " + name + " (" + certification.exam() + ")"
                : missing == 1 ? "a professional with an active " + certification.label()
                : missing + " " + name + "s (" + certification.exam() + ")");
    }

    private String usage(int gain) {
        UsageGrowthExplanation usage = explanation.usageGrowth();
        BigDecimal target = end.current;
        BigDecimal baseline = start.baseline;
        int targetPoints = UsageGrowth.points(target, baseline);
        String acr = "ACR of at least " + Texts.usd(target) + " in " + usage.month() + " (now "
                + Texts.usd(start.current) + ", +" + Texts.usd(target.subtract(start.current)) + ")";
        String against = " against " + Texts.usd(baseline) + " in " + usage.baselineMonth();
        if (target.compareTo(UsageGrowth.MINIMUM_CURRENT_USD) == 0) {
            return "usage growth needs the " + Texts.usd(UsageGrowth.MINIMUM_CURRENT_USD) + " minimum: " + acr
                    + against + " gives " + Texts.percent(UsageGrowth.growthPercent(target, baseline)) + " growth: +"
                    + gain;
        }
        // percentage points still missing: target % − (current − baseline) / baseline × 100, rounded up
        BigDecimal missing = BigDecimal.valueOf(targetPoints).multiply(baseline)
                .subtract(start.current.subtract(baseline).multiply(BigDecimal.valueOf(100)))
                .divide(baseline, 2, RoundingMode.CEILING);
        return "usage growth needs +" + Texts.percent(missing) + " to reach " + targetPoints + " %: " + acr + against
                + ": +" + gain;
    }
}
