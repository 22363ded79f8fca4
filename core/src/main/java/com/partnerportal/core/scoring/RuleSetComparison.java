package com.partnerportal.core.scoring;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.program.Subcategory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The same evidence scored by two rule sets side by side (shared/spec/scoring-rules-2026.md): the path and each
 * metric with its points under both, and the reasons for every difference, read from the two explanations ("3
 * people hold only DP-203, which no longer scores under the 2026 rules", "Virtual Machines at 4 customers no
 * longer count", "path SMB: revenue no longer decides").
 */
public record RuleSetComparison(Scorecard before, Scorecard after, List<String> pathReasons, List<Row> rows) {

    public RuleSetComparison {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        pathReasons = List.copyOf(pathReasons);
        rows = List.copyOf(rows);
    }

    /** One metric under both rule sets, with the reasons it differs (empty when it does not). */
    public record Row(Subcategory metric, int pointsBefore, int pointsAfter, int max, List<String> reasons) {

        public Row {
            reasons = List.copyOf(reasons);
        }

        public int delta() {
            return pointsAfter - pointsBefore;
        }

        public boolean differs() {
            return pointsAfter != pointsBefore || !reasons.isEmpty();
        }
    }

    /** The evidence scored by the 2024 guide and by the 2026 rules. */
    public static RuleSetComparison of(Evidence evidence) {
        return compare(evidence, RuleSets.DATA_AI_AZURE_2024, RuleSets.DATA_AI_AZURE_2026);
    }

    /** The evidence scored by {@code before} and by {@code after}. */
    public static RuleSetComparison compare(Evidence evidence, RuleSet before, RuleSet after) {
        Scorecard a = ScoreCalculator.score(evidence, before);
        Scorecard b = ScoreCalculator.score(evidence, after);
        Explanation x = a.explanation();
        Explanation y = b.explanation();
        Map<Subcategory, List<String>> reasons = new LinkedHashMap<>();
        reasons.put(Subcategory.NET_CUSTOMER_ADDS, customerReasons(x.netCustomerAdds(), y.netCustomerAdds(), after));
        reasons.put(Subcategory.INTERMEDIATE_CERTIFICATIONS,
                certificationReasons(x.intermediateCertifications(), y.intermediateCertifications(), after));
        reasons.put(Subcategory.USAGE_GROWTH, List.of());
        reasons.put(Subcategory.DEPLOYMENTS, deploymentReasons(x.deployments(), y.deployments(), after));
        List<Row> rows = new ArrayList<>();
        for (Metric metric : a.metrics()) {
            rows.add(new Row(metric.id(), metric.points(), b.metric(metric.id()).points(), metric.max(),
                    reasons.getOrDefault(metric.id(), List.of())));
        }
        return new RuleSetComparison(a, b, pathReasons(x.path(), y.path(), before, after), rows);
    }

    public int totalDelta() {
        return after.total() - before.total();
    }

    // ---------------------------------------------------------------- path

    private static List<String> pathReasons(PathExplanation x, PathExplanation y, RuleSet before, RuleSet after) {
        List<String> reasons = new ArrayList<>();
        boolean byRevenue = x.reason() == PathExplanation.Reason.REVENUE
                || x.reason() == PathExplanation.Reason.REVENUE_AND_ENTERPRISE_SHARE;
        if (byRevenue && !after.path().revenueDecides()) {
            reasons.add("path " + y.path().displayName() + ": revenue no longer decides (driving revenue "
                    + Texts.usd(x.drivingRevenueUsd()) + " put it on the Enterprise path under " + before.shortName() + ")");
        }
        if (x.enterpriseSharePercent().compareTo(y.enterpriseSharePercent()) != 0) {
            reasons.add("the enterprise share is " + Texts.percent(y.enterpriseSharePercent()) + " of the "
                    + Texts.count(y.attributedCustomers(), "customer", "customers") + " with ACR in " + y.ttmTo()
                    + " under " + after.shortName() + ", " + Texts.percent(x.enterpriseSharePercent()) + " of all "
                    + Texts.count(x.attributedCustomers(), "attributed customer", "attributed customers") + " under "
                    + before.shortName());
        }
        if (x.path() != y.path() && reasons.isEmpty()) {
            reasons.add("path " + x.path().displayName() + " under " + before.shortName() + ", "
                    + y.path().displayName() + " under " + after.shortName());
        }
        return reasons;
    }

    // ---------------------------------------------------------------- net customer adds

    private static List<String> customerReasons(NetCustomerAddsExplanation x, NetCustomerAddsExplanation y,
            RuleSet after) {
        List<String> reasons = new ArrayList<>();
        boolean thresholdChanged = x.thresholdUsd().compareTo(y.thresholdUsd()) != 0;
        if (thresholdChanged) {
            reasons.add("the threshold is " + Texts.usd(y.thresholdUsd()) + " instead of " + Texts.usd(x.thresholdUsd())
                    + " (the path differs)");
        }
        Map<String, List<String>> byChange = new LinkedHashMap<>();
        for (int i = 0; i < x.customers().size(); i++) {
            CustomerLine old = x.customers().get(i);
            CustomerLine now = y.customers().get(i);
            if (old.contribution() == now.contribution()) {
                continue;
            }
            String cause = old.outcome() == CustomerLine.Outcome.NOT_NEW && now.outcome() == CustomerLine.Outcome.ADDED
                    ? "ACR below the threshold in the baseline no longer prevents the +1 under " + after.shortName()
                    : thresholdChanged ? "at the threshold of " + Texts.usd(now.thresholdUsd())
                    : "under " + after.shortName();
            byChange.computeIfAbsent(Texts.signed(now.contribution()) + " instead of " + Texts.signed(old.contribution())
                    + ": " + cause, k -> new ArrayList<>()).add(old.customerId());
        }
        byChange.forEach((change, ids) -> reasons.add(Texts.count(ids.size(), "customer counts", "customers count") + " "
                + change + " (" + String.join(", ", ids) + ")"));
        return reasons;
    }

    // ---------------------------------------------------------------- certifications

    private static List<String> certificationReasons(CertificationsExplanation x, CertificationsExplanation y,
            RuleSet after) {
        List<String> reasons = new ArrayList<>();
        if (x.path() != y.path()) {
            reasons.add("on the " + y.path().displayName() + " path the prerequisites need "
                    + IntermediateCertifications.prerequisiteHolders(y.path()) + " holder(s) of each and at most "
                    + IntermediateCertifications.individualCap(y.path()) + " scoring individuals earn points");
        }
        Map<String, Integer> lostBy = new LinkedHashMap<>();
        Map<String, Integer> gainedBy = new LinkedHashMap<>();
        for (int i = 0; i < x.professionals().size(); i++) {
            ProfessionalLine old = x.professionals().get(i);
            ProfessionalLine now = y.professionals().get(i);
            if (old.scoringIndividual() && !now.scoringIndividual()) {
                lostBy.merge(exams(old, CertificationLine.CountsFor.SCORING_INDIVIDUAL), 1, Integer::sum);
            } else if (!old.scoringIndividual() && now.scoringIndividual()) {
                gainedBy.merge(exams(now, CertificationLine.CountsFor.SCORING_INDIVIDUAL), 1, Integer::sum);
            }
        }
        lostBy.forEach((exams, people) -> reasons.add(Texts.count(people, "person holds", "people hold") + " only "
                + exams + ", which no longer " + (exams.contains(" or ") ? "score" : "scores") + " under "
                + after.shortName()));
        gainedBy.forEach((exams, people) -> reasons.add(Texts.count(people, "person holds", "people hold") + " "
                + exams + ", which " + (exams.contains(" or ") ? "score" : "scores") + " only under "
                + after.shortName()));
        return reasons;
    }

    /** "DP-203", "DP-203 or MB-260": the exams of a professional's active certifications counting for this. */
    private static String exams(ProfessionalLine professional, CertificationLine.CountsFor countsFor) {
        Set<String> exams = new TreeSet<>();
        for (CertificationLine line : professional.certifications()) {
            if (line.countsFor() == countsFor) {
                exams.add(DataAiCertification.byId(line.id()).map(DataAiCertification::exam).orElse(line.id()));
            }
        }
        return String.join(" or ", exams);
    }

    // ---------------------------------------------------------------- deployments

    private static List<String> deploymentReasons(DeploymentsExplanation x, DeploymentsExplanation y, RuleSet after) {
        Map<String, Set<String>> excluded = new LinkedHashMap<>();
        Map<String, Set<String>> once = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < x.deployments().size(); i++) {
            DeploymentLine old = x.deployments().get(i);
            DeploymentLine now = y.deployments().get(i);
            if (!old.eligible() || now.eligible()) {
                continue;
            }
            String key = DeploymentRule.normalized(now.service());
            names.putIfAbsent(key, now.service().strip());
            if (now.status() == DeploymentLine.Status.EXCLUDED_SERVICE) {
                excluded.computeIfAbsent(key, k -> new TreeSet<>()).add(now.customerId());
            } else if (now.status() == DeploymentLine.Status.DUPLICATE_SERVICE) {
                once.computeIfAbsent(key, k -> new TreeSet<>()).add(now.customerId());
            }
        }
        for (DeploymentLine now : y.deployments()) {
            String key = DeploymentRule.normalized(now.service());
            if (now.eligible() && once.containsKey(key)) {
                once.get(key).add(now.customerId());
            }
        }
        List<String> reasons = new ArrayList<>();
        excluded.forEach((key, customers) -> reasons.add(names.get(key) + " at "
                + Texts.count(customers.size(), "customer", "customers") + " no longer count under " + after.shortName()));
        once.forEach((key, customers) -> reasons.add(names.get(key) + " at "
                + Texts.count(customers.size(), "customer", "customers") + " counts once under " + after.shortName()));
        return reasons;
    }
}
