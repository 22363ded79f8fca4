package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Specialization;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule sets and the choice between them by as-of month (shared/spec/scoring-rules-2026.md): months before the
 * boundary are scored by {@link #DATA_AI_AZURE_2024}, the boundary month and later by {@link #DATA_AI_AZURE_2026}.
 * The boundary is a setting whose default is {@link #DEFAULT_BOUNDARY}; any month can be scored by either rule set
 * on request.
 */
public final class RuleSets {

    /** The earliest month our sources show the 2026 rules in force; program admins may move it. */
    public static final YearMonth DEFAULT_BOUNDARY = YearMonth.of(2026, 5);

    /** The program guide of March 2024, as fixed in shared/spec/scoring-rules.md. */
    public static final RuleSet DATA_AI_AZURE_2024 = new RuleSet(
            "DATA_AI_AZURE-2024",
            "Data & AI (Azure), program guide of March 2024",
            "the 2024 rules",
            "Solutions Partner program guide, \"Requirements for Data & AI (Azure)\" (shared/spec/scoring-rules.md)",
            new PathRule(BigDecimal.valueOf(1_000_000), 20, PathRule.CustomerBase.ATTRIBUTED),
            new NetCustomerAddsRule(BigDecimal.valueOf(500), BigDecimal.valueOf(1_000),
                    NetCustomerAddsRule.NewCustomer.ZERO_IN_BASELINE),
            new CertificationCatalogue(
                    DataAiCertification.AZURE_ADMINISTRATOR_ASSOCIATE,
                    DataAiCertification.AZURE_SOLUTIONS_ARCHITECT_EXPERT,
                    List.of(DataAiCertification.AZURE_DATABASE_ADMINISTRATOR_ASSOCIATE,
                            DataAiCertification.AZURE_AI_ENGINEER_ASSOCIATE,
                            DataAiCertification.AZURE_DATA_SCIENTIST_ASSOCIATE,
                            DataAiCertification.AZURE_DATA_ENGINEER_ASSOCIATE,
                            DataAiCertification.DATA_ANALYST_ASSOCIATE,
                            DataAiCertification.CUSTOMER_DATA_PLATFORM_SPECIALTY,
                            DataAiCertification.AZURE_COSMOS_DB_DEVELOPER_SPECIALTY),
                    List.of(),
                    DataAiCertification.AZURE_DATA_ENGINEER_ASSOCIATE),
            new DeploymentRule(2, List.of("Virtual Machines Licenses"), DeploymentRule.Counting.CUSTOMER_AND_SERVICE),
            Map.of());

    /** Microsoft Learn, "Solutions Partner for Azure" → Data & AI, as published May–August 2026. */
    public static final RuleSet DATA_AI_AZURE_2026 = new RuleSet(
            "DATA_AI_AZURE-2026",
            "Data & AI (Azure), Microsoft's 2026 rules",
            "the 2026 rules",
            "Microsoft Learn, \"Solutions Partner for Azure\" → Data & AI, May–August 2026"
                    + " (shared/spec/scoring-rules-2026.md)",
            new PathRule(null, 20, PathRule.CustomerBase.ACR_IN_LAST_MONTH),
            new NetCustomerAddsRule(BigDecimal.valueOf(500), BigDecimal.valueOf(1_000),
                    NetCustomerAddsRule.NewCustomer.BELOW_THRESHOLD_IN_BASELINE),
            new CertificationCatalogue(
                    DataAiCertification.AZURE_ADMINISTRATOR_ASSOCIATE,
                    DataAiCertification.AZURE_SOLUTIONS_ARCHITECT_EXPERT,
                    List.of(DataAiCertification.AZURE_DATABASE_ADMINISTRATOR_ASSOCIATE,
                            DataAiCertification.AZURE_AI_ENGINEER_ASSOCIATE,
                            DataAiCertification.AZURE_DATA_SCIENTIST_ASSOCIATE,
                            DataAiCertification.DATA_ANALYST_ASSOCIATE,
                            DataAiCertification.AZURE_COSMOS_DB_DEVELOPER_SPECIALTY,
                            DataAiCertification.FABRIC_ANALYTICS_ENGINEER_ASSOCIATE,
                            DataAiCertification.FABRIC_DATA_ENGINEER_ASSOCIATE,
                            DataAiCertification.SQL_AI_DEVELOPER_ASSOCIATE,
                            DataAiCertification.AZURE_AI_APPS_AND_AGENTS_DEVELOPER_ASSOCIATE,
                            DataAiCertification.MACHINE_LEARNING_OPERATIONS_ENGINEER_ASSOCIATE,
                            DataAiCertification.AZURE_DATABRICKS_DATA_ENGINEER_ASSOCIATE),
                    List.of(DataAiCertification.AZURE_DATA_ENGINEER_ASSOCIATE,
                            DataAiCertification.CUSTOMER_DATA_PLATFORM_SPECIALTY),
                    DataAiCertification.FABRIC_DATA_ENGINEER_ASSOCIATE),
            new DeploymentRule(2, List.of("Virtual Machines", "Virtual Machines Licenses"),
                    DeploymentRule.Counting.DISTINCT_SERVICE),
            Map.of(Specialization.AI_ML_AZURE, "AI Platform on Microsoft Azure"));

    private static final List<RuleSet> ALL = List.of(DATA_AI_AZURE_2024, DATA_AI_AZURE_2026);
    private static final RuleSets STANDARD = new RuleSets(DEFAULT_BOUNDARY);

    /** The months a rule set applies to under a boundary: {@code from} or {@code until} null means unbounded. */
    public record Period(RuleSet ruleSet, YearMonth from, YearMonth until) {

        public boolean contains(YearMonth month) {
            return (from == null || !month.isBefore(from)) && (until == null || !month.isAfter(until));
        }

        /** "up to and including 2026-04", "from 2026-05". */
        public String describe() {
            return from == null ? "up to and including " + until
                    : until == null ? "from " + from
                    : from + " … " + until;
        }
    }

    private final YearMonth boundary;

    private RuleSets(YearMonth boundary) {
        this.boundary = Objects.requireNonNull(boundary, "boundary");
    }

    /** The choice with the default boundary month (2026-05). */
    public static RuleSets standard() {
        return STANDARD;
    }

    /** The choice with the 2026 rules in force from {@code boundary} on. */
    public static RuleSets withBoundary(YearMonth boundary) {
        return boundary.equals(DEFAULT_BOUNDARY) ? STANDARD : new RuleSets(boundary);
    }

    /** The first month scored by the 2026 rules. */
    public YearMonth boundary() {
        return boundary;
    }

    /** The rule set in force for an as-of month. */
    public RuleSet forMonth(YearMonth asOf) {
        return asOf.isBefore(boundary) ? DATA_AI_AZURE_2024 : DATA_AI_AZURE_2026;
    }

    /** Every rule set with the months it applies to, oldest first. */
    public List<Period> periods() {
        return List.of(new Period(DATA_AI_AZURE_2024, null, boundary.minusMonths(1)),
                new Period(DATA_AI_AZURE_2026, boundary, null));
    }

    /** The months a rule set applies to. */
    public Period periodOf(RuleSet ruleSet) {
        return periods().stream().filter(p -> p.ruleSet().equals(ruleSet)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rule set " + ruleSet.id()));
    }

    /** Every rule set, oldest first. */
    public static List<RuleSet> all() {
        return ALL;
    }

    /** The rule set with this id (exact match). */
    public static Optional<RuleSet> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The ids, for messages: "DATA_AI_AZURE-2024, DATA_AI_AZURE-2026". */
    public static String ids() {
        return String.join(", ", ALL.stream().map(RuleSet::id).toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleSets that && that.boundary.equals(boundary);
    }

    @Override
    public int hashCode() {
        return boundary.hashCode();
    }

    @Override
    public String toString() {
        return "RuleSets(boundary " + boundary + ")";
    }
}
