package com.partnerportal.web.demo;

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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates a plausible partner's evidence — customers with 24 months of ACR, certified professionals,
 * deployments, specializations — from a seed, so the same seed always gives the same partner. Used for the
 * demo data and by tests and benchmarks that need a large partner.
 */
public final class DemoEvidenceGenerator {

    static final List<String> SERVICES = List.of("Azure Synapse Analytics", "Azure Machine Learning",
            "Azure Databricks", "Azure Data Factory", "Azure OpenAI Service", "Azure SQL Database",
            "Azure Cosmos DB", "Microsoft Fabric");
    static final List<String> SCORING = List.of("AZURE_DATABASE_ADMINISTRATOR_ASSOCIATE", "AZURE_AI_ENGINEER_ASSOCIATE",
            "AZURE_DATA_SCIENTIST_ASSOCIATE", "AZURE_DATA_ENGINEER_ASSOCIATE", "DATA_ANALYST_ASSOCIATE");

    private DemoEvidenceGenerator() {
    }

    /**
     * A partner with {@code customers} customers whose ACR runs over the 24 months up to {@code asOf}, and
     * {@code professionals} certified professionals.
     */
    public static Evidence generate(String partnerId, String name, YearMonth asOf, int customers, int professionals,
            long seed) {
        Random random = new Random(seed);
        List<Customer> customerList = new ArrayList<>();
        for (int i = 1; i <= customers; i++) {
            int roll = random.nextInt(100);
            Segment segment = roll < 70 ? Segment.SMB : roll < 88 ? Segment.SMC : Segment.ENTERPRISE;
            Attribution attribution = roll % 5 == 0 ? Attribution.CSP : roll % 7 == 0 ? Attribution.DPOR : Attribution.PAL;
            YearMonth start = asOf.minusMonths(random.nextInt(30));
            YearMonth end = random.nextInt(10) == 0 ? asOf.minusMonths(random.nextInt(14)) : asOf;
            double amount = 150 + random.nextInt(segment == Segment.ENTERPRISE ? 9000 : 2500);
            TreeMap<YearMonth, BigDecimal> acr = new TreeMap<>();
            for (YearMonth month = asOf.minusMonths(23); !month.isAfter(asOf); month = month.plusMonths(1)) {
                if (!month.isBefore(start) && !month.isAfter(end)) {
                    acr.put(month, BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP));
                    amount *= 1.0 + (random.nextInt(9) - 2) / 100.0;
                }
            }
            customerList.add(new Customer("C-%04d".formatted(i), segment, Set.of(attribution), acr));
        }

        LocalDate asOfDay = asOf.atEndOfMonth();
        List<Professional> people = new ArrayList<>();
        for (int i = 1; i <= professionals; i++) {
            List<Certification> certifications = new ArrayList<>();
            LocalDate earned = asOfDay.minusDays(60 + random.nextInt(600));
            if (i <= 2) {
                certifications.add(new Certification("AZURE_ADMINISTRATOR_ASSOCIATE", earned, earned.plusYears(1)
                        .isAfter(asOfDay) ? earned.plusYears(1) : null));
            } else if (i <= 4) {
                certifications.add(new Certification("AZURE_SOLUTIONS_ARCHITECT_EXPERT", earned, null));
            }
            if (i > 2 || random.nextBoolean()) {
                LocalDate expires = i % 4 == 0 ? asOfDay.plusDays(20 + random.nextInt(60))
                        : i % 9 == 0 ? asOfDay.minusDays(10 + random.nextInt(90)) : null;
                certifications.add(new Certification(SCORING.get(random.nextInt(SCORING.size())), earned, expires));
            }
            people.add(new Professional("mcid-%s-%03d".formatted(partnerId, i), "Person %d of %s".formatted(i, name),
                    certifications));
        }

        List<Deployment> deployments = new ArrayList<>();
        for (int i = 0; i < Math.min(customers, 9); i++) {
            String customerId = customerList.get(random.nextInt(customers)).id();
            int level = i % 4 == 3 ? 1 : 2;
            String service = i == 8 ? "Virtual Machines Licenses" : SERVICES.get(random.nextInt(SERVICES.size()));
            deployments.add(new Deployment(customerId, service, level, asOfDay.minusDays(random.nextInt(420))));
        }

        List<HeldSpecialization> specializations = List.of(
                new HeldSpecialization(Specialization.AI_ML_AZURE, asOfDay.minusDays(200 + random.nextInt(200))),
                new HeldSpecialization(Specialization.ANALYTICS_AZURE, asOfDay.minusDays(30 + random.nextInt(100))));
        return new Evidence(asOf, new Partner(partnerId, name), customerList, people, deployments, specializations,
                random.nextInt(3));
    }
}
