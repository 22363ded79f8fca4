package com.partnerportal.core.scoring;

import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Customer success — deployments (scoring rules, "Customer success — deployments"): service level
 * 2, not Virtual Machines Licenses, for an attributed customer, dated in the TTM; each (customer,
 * service) pair once; points = 2 × min(5, eligible deployments).
 */
public final class Deployments {

    public static final int ELIGIBLE_SERVICE_LEVEL = 2;
    public static final String EXCLUDED_SERVICE = "Virtual Machines Licenses";
    public static final int POINTS_PER_DEPLOYMENT = 2;
    public static final int MAX_DEPLOYMENTS = 5;

    private Deployments() {
    }

    /** Points for a number of eligible deployments. */
    public static int points(int eligible) {
        return POINTS_PER_DEPLOYMENT * Math.min(MAX_DEPLOYMENTS, eligible);
    }

    /**
     * The service as compared: surrounding blanks ignored, case-insensitive. The same comparison
     * decides "Virtual Machines Licenses" and whether two deployments are the same pair.
     */
    static String normalizedService(String service) {
        return service.strip().toLowerCase(Locale.ROOT);
    }

    /** Deployments are expected in a deterministic order (the calculator sorts them): the first of a pair counts. */
    static DeploymentsExplanation score(List<Deployment> deployments, Map<String, Customer> customersById,
            ScoringWindow window) {
        String excluded = normalizedService(EXCLUDED_SERVICE);
        Set<String> pairs = new HashSet<>(2 * deployments.size());
        List<DeploymentLine> lines = new ArrayList<>(deployments.size());
        int eligible = 0;
        for (Deployment deployment : deployments) {
            Customer customer = customersById.get(deployment.customerId());
            String service = normalizedService(deployment.service());
            DeploymentLine.Status status = customer == null ? DeploymentLine.Status.UNKNOWN_CUSTOMER
                    : !customer.attributed() ? DeploymentLine.Status.NOT_ATTRIBUTED
                    : deployment.serviceLevel() != ELIGIBLE_SERVICE_LEVEL ? DeploymentLine.Status.SERVICE_LEVEL
                    : service.equals(excluded) ? DeploymentLine.Status.VM_LICENSES
                    : !window.inTtm(deployment.date()) ? DeploymentLine.Status.OUTSIDE_TTM
                    : !pairs.add(deployment.customerId() + '\n' + service) ? DeploymentLine.Status.DUPLICATE_PAIR
                    : DeploymentLine.Status.ELIGIBLE;
            if (status == DeploymentLine.Status.ELIGIBLE) {
                eligible++;
            }
            lines.add(new DeploymentLine(deployment.customerId(), deployment.service(), deployment.serviceLevel(),
                    deployment.date(), status));
        }
        return new DeploymentsExplanation(points(eligible), window.ttmStart(), window.asOfDay(), eligible, lines);
    }
}
