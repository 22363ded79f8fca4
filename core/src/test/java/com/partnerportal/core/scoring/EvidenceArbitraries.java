package com.partnerportal.core.scoring;

import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.HeldSpecialization;
import com.partnerportal.core.evidence.Partner;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.program.Specialization;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid evidence v1 for property tests, dense around the rules' edges: amounts at and next to the
 * thresholds, dates around the as-of day and the TTM, every certification id plus others.
 */
final class EvidenceArbitraries {

    private static final List<String> CERTIFICATIONS = new ArrayList<>();

    static {
        for (DataAiCertification certification : DataAiCertification.values()) {
            CERTIFICATIONS.add(certification.name());
        }
        CERTIFICATIONS.add("AZURE_FUNDAMENTALS");
    }

    private EvidenceArbitraries() {
    }

    static Arbitrary<Evidence> evidence() {
        Arbitrary<YearMonth> asOf = Arbitraries.integers().between(0, 59).map(i -> YearMonth.of(2022, 1).plusMonths(i));
        return asOf.flatMap(month -> Combinators.combine(
                customers(month),
                professionals(month).list().ofMaxSize(12),
                specializations(month),
                Arbitraries.integers().between(0, 6))
                .flatAs((customers, professionals, specializations, other) -> deployments(month, customers)
                        .map(deployments -> new Evidence(month, new Partner("P-1", "Partner"), customers,
                                uniqueIds(professionals), deployments, specializations, other))));
    }

    /** A professional holding one active certification that scores under the rule set in force on the as-of day. */
    static Professional activeScoringProfessional(String id, YearMonth asOf) {
        return new Professional(id, "New", List.of(new Certification(
                RuleSets.standard().forMonth(asOf).certifications().example().name(), asOf.atDay(1).minusYears(1), null)));
    }

    private static Arbitrary<List<Customer>> customers(YearMonth asOf) {
        Arbitrary<Segment> segment = Arbitraries.of(Segment.class);
        Arbitrary<Set<Attribution>> attributions = Arbitraries.of(Attribution.class).set().ofMinSize(1).ofMaxSize(3)
                .map(EnumSet::copyOf);
        Arbitrary<Map<YearMonth, BigDecimal>> acr = Arbitraries.integers().between(-15, 1)
                .map(asOf::plusMonths).set().ofMaxSize(8)
                .flatMap(months -> amount().list().ofSize(months.size()).map(amounts -> {
                    Map<YearMonth, BigDecimal> map = new TreeMap<>();
                    int i = 0;
                    for (YearMonth month : months) {
                        map.put(month, amounts.get(i++));
                    }
                    return map;
                }));
        return Combinators.combine(segment, attributions, acr).as((s, a, m) -> new Object[] {s, a, m})
                .list().ofMaxSize(15)
                .map(rows -> {
                    List<Customer> customers = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        Object[] row = rows.get(i);
                        @SuppressWarnings("unchecked")
                        Set<Attribution> a = (Set<Attribution>) row[1];
                        @SuppressWarnings("unchecked")
                        Map<YearMonth, BigDecimal> m = (Map<YearMonth, BigDecimal>) row[2];
                        customers.add(new Customer("C-" + i, (Segment) row[0], a, m));
                    }
                    return customers;
                });
    }

    private static Arbitrary<BigDecimal> amount() {
        return Arbitraries.oneOf(
                Arbitraries.of("0", "0.01", "499.99", "500", "500.00", "999.99", "1000", "1000.2", "1150.23")
                        .map(BigDecimal::new),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000")).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("400000")).ofScale(0));
    }

    private static Arbitrary<Professional> professionals(YearMonth asOf) {
        LocalDate day = asOf.atEndOfMonth();
        Arbitrary<LocalDate> earned = Arbitraries.integers().between(-800, 30).map(day::plusDays);
        Arbitrary<Certification> certification = Combinators.combine(
                Arbitraries.of(CERTIFICATIONS), earned, Arbitraries.integers().between(-1, 900))
                .as((id, from, days) -> new Certification(id, from, days < 0 ? null : from.plusDays(days)));
        return certification.list().ofMaxSize(3).map(certs -> new Professional("id", null, certs));
    }

    private static List<Professional> uniqueIds(List<Professional> professionals) {
        List<Professional> unique = new ArrayList<>();
        for (int i = 0; i < professionals.size(); i++) {
            unique.add(new Professional("mcid-" + i, "Person " + i, professionals.get(i).certifications()));
        }
        return unique;
    }

    private static Arbitrary<List<Deployment>> deployments(YearMonth asOf, List<Customer> customers) {
        if (customers.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        LocalDate day = asOf.atEndOfMonth();
        return Combinators.combine(
                Arbitraries.of(customers).map(Customer::id),
                Arbitraries.of("Azure Synapse Analytics", "azure synapse analytics ", "Azure Databricks",
                        "Virtual Machines Licenses", " VIRTUAL MACHINES LICENSES", "Azure Machine Learning"),
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(-400, 10).map(day::plusDays))
                .as(Deployment::new).list().ofMaxSize(10);
    }

    private static Arbitrary<List<HeldSpecialization>> specializations(YearMonth asOf) {
        LocalDate day = asOf.atEndOfMonth();
        return Combinators.combine(Arbitraries.of(Specialization.class),
                Arbitraries.integers().between(-400, 20).map(day::plusDays))
                .as(HeldSpecialization::new).list().ofMaxSize(7);
    }
}
