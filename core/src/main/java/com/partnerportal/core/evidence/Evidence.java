package com.partnerportal.core.evidence;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One partner's scoring inputs as of a month (evidence v1): what the portal imports, exports and
 * scores. Lists are immutable; the {@code with…} methods return changed copies.
 */
public record Evidence(
        YearMonth asOf,
        Partner partner,
        List<Customer> customers,
        List<Professional> professionals,
        List<Deployment> deployments,
        List<HeldSpecialization> specializations,
        int otherAzureSpecializations) {

    public Evidence {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(partner, "partner");
        customers = List.copyOf(customers);
        professionals = List.copyOf(professionals);
        deployments = List.copyOf(deployments);
        specializations = List.copyOf(specializations);
        if (otherAzureSpecializations < 0) {
            throw new IllegalArgumentException("otherAzureSpecializations must be >= 0");
        }
    }

    public Evidence withAsOf(YearMonth newAsOf) {
        return new Evidence(newAsOf, partner, customers, professionals, deployments, specializations,
                otherAzureSpecializations);
    }

    public Evidence withCustomers(List<Customer> newCustomers) {
        return new Evidence(asOf, partner, newCustomers, professionals, deployments, specializations,
                otherAzureSpecializations);
    }

    public Evidence withProfessionals(List<Professional> newProfessionals) {
        return new Evidence(asOf, partner, customers, newProfessionals, deployments, specializations,
                otherAzureSpecializations);
    }

    public Evidence withDeployments(List<Deployment> newDeployments) {
        return new Evidence(asOf, partner, customers, professionals, newDeployments, specializations,
                otherAzureSpecializations);
    }
}
