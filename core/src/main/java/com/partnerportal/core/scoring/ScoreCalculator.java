package com.partnerportal.core.scoring;

import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.program.BenefitCatalogue;
import com.partnerportal.core.program.Benefits;
import com.partnerportal.core.program.Designation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores evidence for Solutions Partner for Data & AI (Azure): a pure function of the evidence and the rule set
 * (shared/spec/scoring-rules-2026.md: by default the rule set in force for the evidence's month).
 * Customers, professionals and deployments are taken in a canonical order (by id; deployments by
 * date, customer, service, level), so the scorecard does not depend on the order of the evidence.
 */
public final class ScoreCalculator {

    public static final Designation DESIGNATION = Designation.DATA_AI_AZURE;

    private static final Comparator<Customer> BY_CUSTOMER_ID = Comparator.comparing(Customer::id);
    private static final Comparator<Professional> BY_PROFESSIONAL_ID = Comparator.comparing(Professional::id);
    private static final Comparator<Deployment> DEPLOYMENT_ORDER = Comparator.comparing(Deployment::date)
            .thenComparing(Deployment::customerId)
            .thenComparing(Deployment::service)
            .thenComparingInt(Deployment::serviceLevel);

    private ScoreCalculator() {
    }

    /** Scores by the rule set in force for the evidence's month, with the default boundary month. */
    public static Scorecard score(Evidence evidence) {
        return score(evidence, RuleSets.standard());
    }

    /** Scores by the rule set that {@code choice} puts in force for the evidence's month. */
    public static Scorecard score(Evidence evidence, RuleSets choice) {
        return score(evidence, choice.forMonth(evidence.asOf()));
    }

    /** Scores by the given rule set, whatever the evidence's month. */
    public static Scorecard score(Evidence evidence, RuleSet ruleSet) {
        ScoringWindow window = new ScoringWindow(evidence.asOf());

        List<Customer> customers = sorted(evidence.customers(), BY_CUSTOMER_ID);
        List<CustomerAcr> figures = new ArrayList<>(customers.size());
        List<CustomerAcr> attributed = new ArrayList<>(customers.size());
        Map<String, Customer> customersById = new HashMap<>(2 * customers.size());
        for (Customer customer : customers) {
            CustomerAcr acr = CustomerAcr.of(customer, window);
            figures.add(acr);
            if (customer.attributed()) {
                attributed.add(acr);
            }
            customersById.putIfAbsent(customer.id(), customer);
        }

        PathExplanation path = PathDecision.decide(attributed, window, ruleSet);
        NetCustomerAddsExplanation netCustomerAdds = NetCustomerAdds.score(figures, path.path(), window, ruleSet);
        CertificationsExplanation certifications = IntermediateCertifications.score(
                sorted(evidence.professionals(), BY_PROFESSIONAL_ID), window.asOfDay(), path.path(), ruleSet);
        UsageGrowthExplanation usageGrowth = UsageGrowth.score(attributed, window);
        DeploymentsExplanation deployments = Deployments.score(
                sorted(evidence.deployments(), DEPLOYMENT_ORDER), customersById, window, ruleSet);

        List<MetricExplanation> explained = List.of(netCustomerAdds, certifications, usageGrowth, deployments);
        List<Metric> metrics = new ArrayList<>(explained.size());
        int total = 0;
        for (MetricExplanation metric : explained) {
            metrics.add(new Metric(metric.metric(), metric.points(), metric.max()));
            total += metric.points();
        }
        boolean attained = Attainment.attained(total, metrics);

        SpecializationsExplanation specializations = Specializations.stack(evidence.specializations(),
                evidence.otherAzureSpecializations(), window.asOfDay(), attained, ruleSet);
        Benefits benefits = attained
                ? BenefitCatalogue.entitlement(BenefitCatalogue.DATA_AI_AZURE, specializations.stacked())
                : null;

        Explanation explanation = new Explanation(path, netCustomerAdds, certifications, usageGrowth, deployments,
                specializations);
        return new Scorecard(evidence.partner().id(), DESIGNATION, evidence.asOf(), ruleSet, path.path(), total, attained,
                metrics, benefits, explanation, NextActionsPlanner.plan(explanation, metrics, total, attained, ruleSet));
    }

    /**
     * Whether the evidence {@code scored} was scored from would still attain with {@code professionals} in place of
     * its professionals, everything else as it is, by the same rule set. Only the intermediate-certifications metric
     * reads the professionals (the path, net customer adds, usage growth and deployments do not, and attainment is
     * {@link Attainment#attained} of the metrics), so this scores that metric alone and puts its points in place of the
     * scorecard's: the same verdict as scoring the changed evidence whole, at a fraction of the cost
     * ({@code DesignationRiskTest} checks it against whole scorings).
     */
    public static boolean attainedWithProfessionals(Scorecard scored, List<Professional> professionals) {
        CertificationsExplanation certifications = IntermediateCertifications.score(professionals,
                new ScoringWindow(scored.asOf()).asOfDay(), scored.path(), scored.ruleSet());
        List<Metric> metrics = new ArrayList<>(scored.metrics().size());
        int total = 0;
        for (Metric metric : scored.metrics()) {
            Metric changed = metric.id() == certifications.metric()
                    ? new Metric(metric.id(), certifications.points(), metric.max())
                    : metric;
            metrics.add(changed);
            total += changed.points();
        }
        return Attainment.attained(total, metrics);
    }

    private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(order);
        return copy;
    }
}
