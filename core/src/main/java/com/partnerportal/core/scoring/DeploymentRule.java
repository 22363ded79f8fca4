package com.partnerportal.core.scoring;

import java.util.List;
import java.util.Locale;

/**
 * A rule set's deployments: the service level that counts, the excluded services (compared case-insensitively,
 * surrounding blanks ignored) and what counts once — each (customer, service) pair, or each service across the
 * whole customer base.
 */
public record DeploymentRule(int serviceLevel, List<String> excludedServices, Counting counting) {

    /** What one eligible deployment is. */
    public enum Counting {
        /** Distinct (customer, service) pairs count once (the 2024 guide). */
        CUSTOMER_AND_SERVICE(DeploymentLine.Status.DUPLICATE_PAIR) {
            @Override
            public String key(String customerId, String normalizedService) {
                return customerId + '\n' + normalizedService;
            }
        },
        /** Each service counts once across the whole customer base (the 2026 rules). */
        DISTINCT_SERVICE(DeploymentLine.Status.DUPLICATE_SERVICE) {
            @Override
            public String key(String customerId, String normalizedService) {
                return normalizedService;
            }
        };

        private final DeploymentLine.Status duplicate;

        Counting(DeploymentLine.Status duplicate) {
            this.duplicate = duplicate;
        }

        /** What counts once: deployments with the same key after the first are duplicates. */
        public abstract String key(String customerId, String normalizedService);

        /** The status of a deployment whose key was counted already. */
        public DeploymentLine.Status duplicate() {
            return duplicate;
        }
    }

    public DeploymentRule {
        excludedServices = List.copyOf(excludedServices);
    }

    /** The service as compared: surrounding blanks ignored, case-insensitive. */
    public static String normalized(String service) {
        return service.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a service is excluded. */
    public boolean excludes(String service) {
        String normalized = normalized(service);
        return excludedServices.stream().anyMatch(excluded -> normalized(excluded).equals(normalized));
    }

    /** "Virtual Machines Licenses", or "Virtual Machines or Virtual Machines Licenses". */
    public String excludedNames() {
        return String.join(" or ", excludedServices);
    }
}
