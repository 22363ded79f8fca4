package com.partnerportal.core.scoring;

import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.program.Subcategory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Customer success — deployments (scoring rules, "Customer success — deployments"; 2026 rules, "4. Deployments"):
 * the rule set's service level, not an excluded service (compared case-insensitively, surrounding blanks ignored),
 * for an attributed customer, dated in the TTM; each (customer, service) pair once — or under the 2026 rules each
 * service once across the customer base; points = 2 × min(5, eligible deployments).
 */
public final class Deployments implements PlannedMetric {

    public static final int ELIGIBLE_SERVICE_LEVEL = RuleSets.DATA_AI_AZURE_2024.deployments().serviceLevel();
    public static final int POINTS_PER_DEPLOYMENT = 2;
    public static final int MAX_DEPLOYMENTS = 5;

    static final Deployments METRIC = new Deployments();

    private Deployments() {
    }

    /** Points for a number of eligible deployments. */
    public static int points(int eligible) {
        return POINTS_PER_DEPLOYMENT * Math.min(MAX_DEPLOYMENTS, eligible);
    }

    /** Deployments are expected in a deterministic order (the calculator sorts them): the first of a pair or service counts. */
    static DeploymentsExplanation score(List<Deployment> deployments, Map<String, Customer> customersById,
            ScoringWindow window, RuleSet ruleSet) {
        DeploymentRule rule = ruleSet.deployments();
        Set<String> counted = new HashSet<>(2 * deployments.size());
        List<DeploymentLine> lines = new ArrayList<>(deployments.size());
        int eligible = 0;
        for (Deployment deployment : deployments) {
            Customer customer = customersById.get(deployment.customerId());
            String service = DeploymentRule.normalized(deployment.service());
            DeploymentLine.Status status = customer == null ? DeploymentLine.Status.UNKNOWN_CUSTOMER
                    : !customer.attributed() ? DeploymentLine.Status.NOT_ATTRIBUTED
                    : deployment.serviceLevel() != rule.serviceLevel() ? DeploymentLine.Status.SERVICE_LEVEL
                    : rule.excludes(service) ? DeploymentLine.Status.EXCLUDED_SERVICE
                    : !window.inTtm(deployment.date()) ? DeploymentLine.Status.OUTSIDE_TTM
                    : !counted.add(rule.counting().key(deployment.customerId(), service)) ? rule.counting().duplicate()
                    : DeploymentLine.Status.ELIGIBLE;
            if (status == DeploymentLine.Status.ELIGIBLE) {
                eligible++;
            }
            lines.add(new DeploymentLine(deployment.customerId(), deployment.service(), deployment.serviceLevel(),
                    deployment.date(), status, ruleSet));
        }
        return new DeploymentsExplanation(points(eligible), window.ttmStart(), window.asOfDay(), eligible, lines, ruleSet);
    }

    // ---------------------------------------------------------------- what the planner asks

    @Override
    public Subcategory id() {
        return Subcategory.DEPLOYMENTS;
    }

    @Override
    public int points(PlanCounts counts) {
        return points(counts.eligible);
    }

    @Override
    public int lowestNonZeroPoints() {
        return POINTS_PER_DEPLOYMENT;
    }

    /** One more eligible deployment, up to 5. */
    @Override
    public List<Move> moves(PlanCounts counts, int wanted) {
        return counts.eligible >= MAX_DEPLOYMENTS ? List.of()
                : List.of(Move.of(id(), new Part(NextActions.Step.Kind.ADD_DEPLOYMENTS, 1, POINTS_PER_DEPLOYMENT,
                        c -> c.eligible += 1)));
    }
}
