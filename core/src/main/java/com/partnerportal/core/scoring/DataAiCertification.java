package com.partnerportal.core.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The certifications the Data & AI (Azure) rule sets name, with their exam codes (for display). Which of them
 * are prerequisites and which score is the rule set's {@link CertificationCatalogue}; any other id is accepted and
 * scores nothing.
 */
public enum DataAiCertification {
    AZURE_ADMINISTRATOR_ASSOCIATE("AZ-104", "Azure Administrator Associate"),
    AZURE_SOLUTIONS_ARCHITECT_EXPERT("AZ-305", "Azure Solutions Architect Expert"),
    AZURE_DATABASE_ADMINISTRATOR_ASSOCIATE("DP-300", "Azure Database Administrator Associate"),
    AZURE_AI_ENGINEER_ASSOCIATE("AI-102", "Azure AI Engineer Associate"),
    AZURE_DATA_SCIENTIST_ASSOCIATE("DP-100", "Azure Data Scientist Associate"),
    AZURE_DATA_ENGINEER_ASSOCIATE("DP-203", "Azure Data Engineer Associate"),
    DATA_ANALYST_ASSOCIATE("PL-300", "Data Analyst Associate"),
    CUSTOMER_DATA_PLATFORM_SPECIALTY("MB-260", "Customer Data Platform Specialty"),
    AZURE_COSMOS_DB_DEVELOPER_SPECIALTY("DP-420", "Azure Cosmos DB Developer Specialty"),
    FABRIC_ANALYTICS_ENGINEER_ASSOCIATE("DP-600", "Fabric Analytics Engineer Associate"),
    FABRIC_DATA_ENGINEER_ASSOCIATE("DP-700", "Fabric Data Engineer Associate"),
    SQL_AI_DEVELOPER_ASSOCIATE("DP-800", "SQL AI Developer Associate"),
    AZURE_AI_APPS_AND_AGENTS_DEVELOPER_ASSOCIATE("AI-103", "Azure AI Apps and Agents Developer Associate"),
    MACHINE_LEARNING_OPERATIONS_ENGINEER_ASSOCIATE("AI-300", "Machine Learning Operations Engineer Associate"),
    AZURE_DATABRICKS_DATA_ENGINEER_ASSOCIATE("DP-750", "Azure Databricks Data Engineer Associate");

    /** What a certification id is for in Data & AI skilling under a rule set. */
    public enum Role {
        PREREQUISITE,
        SCORING,
        /** Scored under an earlier rule set, no longer under this one (DP-203 and MB-260 under the 2026 rules). */
        NO_LONGER_SCORING,
        NON_SCORING
    }

    private static final Map<String, DataAiCertification> BY_ID = new HashMap<>();

    static {
        for (DataAiCertification certification : values()) {
            BY_ID.put(certification.name(), certification);
        }
    }

    private final String exam;
    private final String displayName;

    DataAiCertification(String exam, String displayName) {
        this.exam = exam;
        this.displayName = displayName;
    }

    public String exam() {
        return exam;
    }

    public String displayName() {
        return displayName;
    }

    /** "Azure Administrator Associate (AZ-104)". */
    public String label() {
        return displayName + " (" + exam + ")";
    }

    /** The certification with this evidence id (exact match), if a rule set names it. */
    public static Optional<DataAiCertification> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The label of any certification id: the id itself when no rule set names it. */
    public static String labelOf(String id) {
        DataAiCertification certification = BY_ID.get(id);
        return certification == null ? id : certification.label();
    }
}
