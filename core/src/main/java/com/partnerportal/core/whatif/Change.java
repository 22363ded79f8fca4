package com.partnerportal.core.whatif;

import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A hypothetical change to evidence. Each is a pure function from evidence to changed evidence; a
 * change that names a customer or professional the evidence lacks, or adds one it already has,
 * throws {@link IllegalArgumentException}. Removing a customer keeps its deployments, which the
 * scorecard then explains as excluded for an unknown customer.
 */
public sealed interface Change {

    Evidence applyTo(Evidence evidence);

    /** Adds a customer (with its ACR); its id must be new. */
    record AddCustomer(Customer customer) implements Change {
        public AddCustomer {
            Objects.requireNonNull(customer, "customer");
        }

        @Override
        public Evidence applyTo(Evidence evidence) {
            if (evidence.customers().stream().anyMatch(c -> c.id().equals(customer.id()))) {
                throw new IllegalArgumentException("customer " + customer.id() + " is already in the evidence");
            }
            return evidence.withCustomers(plus(evidence.customers(), customer));
        }
    }

    /** Removes a customer (the simulator's "drop a customer"); its deployments stay, counted for no customer. */
    record RemoveCustomer(String customerId) implements Change {
        @Override
        public Evidence applyTo(Evidence evidence) {
            return evidence.withCustomers(minus(evidence.customers(), c -> c.id().equals(customerId),
                    "customer " + customerId));
        }
    }

    /** Sets a customer's ACR for one month (USD 0 removes nothing: it records a zero). */
    record SetAcr(String customerId, YearMonth month, BigDecimal usd) implements Change {
        public SetAcr {
            Objects.requireNonNull(month, "month");
            if (usd == null || usd.signum() < 0) {
                throw new IllegalArgumentException("ACR must be ≥ 0");
            }
        }

        @Override
        public Evidence applyTo(Evidence evidence) {
            return new SetAcrMonths(customerId, new TreeMap<>(Map.of(month, usd))).applyTo(evidence);
        }
    }

    /**
     * Sets an existing customer's ACR for several months at once (the simulator's "change this customer's
     * ACR months"); the other months keep their figures, USD 0 records a zero.
     */
    record SetAcrMonths(String customerId, SortedMap<YearMonth, BigDecimal> months) implements Change {
        public SetAcrMonths {
            Objects.requireNonNull(customerId, "customerId");
            if (months == null || months.isEmpty()) {
                throw new IllegalArgumentException("at least one month to set");
            }
            TreeMap<YearMonth, BigDecimal> copy = new TreeMap<>();
            months.forEach((month, usd) -> {
                Objects.requireNonNull(month, "month");
                if (usd == null || usd.signum() < 0) {
                    throw new IllegalArgumentException("ACR must be ≥ 0 (" + month + ")");
                }
                copy.put(month, usd);
            });
            months = Collections.unmodifiableSortedMap(copy);
        }

        @Override
        public Evidence applyTo(Evidence evidence) {
            Customer customer = evidence.customers().stream().filter(c -> c.id().equals(customerId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no customer " + customerId + " in the evidence"));
            if (customer.isSummed()) {
                throw new IllegalArgumentException("changing the ACR of customer " + customerId
                        + " needs its months; it carries only its figures summed as of "
                        + customer.summedAcr().asOf());
            }
            TreeMap<YearMonth, BigDecimal> acr = new TreeMap<>(customer.acr());
            acr.putAll(months);
            Customer changed = new Customer(customer.id(), customer.segment(), customer.attributions(), acr);
            return evidence.withCustomers(evidence.customers().stream().map(c -> c == customer ? changed : c).toList());
        }
    }

    /** Adds a professional (with certifications); the id must be new. */
    record AddProfessional(Professional professional) implements Change {
        public AddProfessional {
            Objects.requireNonNull(professional, "professional");
        }

        @Override
        public Evidence applyTo(Evidence evidence) {
            if (evidence.professionals().stream().anyMatch(p -> p.id().equals(professional.id()))) {
                throw new IllegalArgumentException("professional " + professional.id() + " is already in the evidence");
            }
            return evidence.withProfessionals(plus(evidence.professionals(), professional));
        }
    }

    /** Removes a professional with every certification (the simulator's "drop a person"). */
    record RemoveProfessional(String professionalId) implements Change {
        @Override
        public Evidence applyTo(Evidence evidence) {
            return evidence.withProfessionals(minus(evidence.professionals(), p -> p.id().equals(professionalId),
                    "professional " + professionalId));
        }
    }

    /**
     * Adds a certification to a professional of the evidence; one the professional already holds (same id,
     * earned the same day) is refused, as it would change nothing.
     */
    record AddCertification(String professionalId, Certification certification) implements Change {
        public AddCertification {
            Objects.requireNonNull(certification, "certification");
        }

        @Override
        public Evidence applyTo(Evidence evidence) {
            return changeProfessional(evidence, professionalId, p -> {
                if (p.certifications().stream().anyMatch(held -> held.id().equals(certification.id())
                        && held.earned().equals(certification.earned()))) {
                    throw new IllegalArgumentException("professional " + professionalId + " already holds "
                            + certification.id() + " earned " + certification.earned());
                }
                return new Professional(p.id(), p.name(), plus(p.certifications(), certification));
            });
        }
    }

    /** Removes every certification with this id from a professional of the evidence. */
    record RemoveCertification(String professionalId, String certificationId) implements Change {
        @Override
        public Evidence applyTo(Evidence evidence) {
            return changeProfessional(evidence, professionalId, p -> new Professional(p.id(), p.name(),
                    minus(p.certifications(), c -> c.id().equals(certificationId),
                            "certification " + certificationId + " of professional " + professionalId)));
        }
    }

    /** Adds a deployment. */
    record AddDeployment(Deployment deployment) implements Change {
        public AddDeployment {
            Objects.requireNonNull(deployment, "deployment");
        }

        @Override
        public Evidence applyTo(Evidence evidence) {
            return evidence.withDeployments(plus(evidence.deployments(), deployment));
        }
    }

    /** Removes every deployment equal to this one. */
    record RemoveDeployment(Deployment deployment) implements Change {
        @Override
        public Evidence applyTo(Evidence evidence) {
            return evidence.withDeployments(minus(evidence.deployments(), deployment::equals, "deployment " + deployment));
        }
    }

    /** Moves the as-of month: the same evidence scored as of another month. */
    record MoveAsOf(YearMonth asOf) implements Change {
        public MoveAsOf {
            Objects.requireNonNull(asOf, "asOf");
        }

        @Override
        public Evidence applyTo(Evidence evidence) {
            return evidence.withAsOf(asOf);
        }
    }

    private static <T> List<T> plus(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> minus(List<T> items, Predicate<T> gone, String what) {
        List<T> kept = items.stream().filter(gone.negate()).toList();
        if (kept.size() == items.size()) {
            throw new IllegalArgumentException("no " + what + " in the evidence");
        }
        return kept;
    }

    private static Evidence changeProfessional(Evidence evidence, String professionalId,
            UnaryOperator<Professional> change) {
        if (evidence.professionals().stream().noneMatch(p -> p.id().equals(professionalId))) {
            throw new IllegalArgumentException("no professional " + professionalId + " in the evidence");
        }
        return evidence.withProfessionals(evidence.professionals().stream()
                .map(p -> p.id().equals(professionalId) ? change.apply(p) : p).toList());
    }
}
