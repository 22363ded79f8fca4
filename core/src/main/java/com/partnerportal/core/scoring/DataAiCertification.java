package com.partnerportal.core.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The certifications that count for Data & AI (Azure) skilling; any other id is accepted and scores nothing. */
public enum DataAiCertification {
    AZURE_ADMINISTRATOR_ASSOCIATE("AZ-104", "Azure Administrator Associate", Role.PREREQUISITE),
    AZURE_SOLUTIONS_ARCHITECT_EXPERT("AZ-305", "Azure Solutions Architect Expert", Role.PREREQUISITE),
    AZURE_DATABASE_ADMINISTRATOR_ASSOCIATE("DP-300", "Azure Database Administrator Associate", Role.SCORING),
    AZURE_AI_ENGINEER_ASSOCIATE("AI-102", "Azure AI Engineer Associate", Role.SCORING),
    AZURE_DATA_SCIENTIST_ASSOCIATE("DP-100", "Azure Data Scientist Associate", Role.SCORING),
    AZURE_DATA_ENGINEER_ASSOCIATE("DP-203", "Azure Data Engineer Associate", Role.SCORING),
    DATA_ANALYST_ASSOCIATE("PL-300", "Data Analyst Associate", Role.SCORING),
    CUSTOMER_DATA_PLATFORM_SPECIALTY("MB-260", "Customer Data Platform Specialty", Role.SCORING),
    AZURE_COSMOS_DB_DEVELOPER_SPECIALTY("DP-420", "Azure Cosmos DB Developer Specialty", Role.SCORING);

    /** What a certification id is for in Data & AI skilling. */
    public enum Role {
        PREREQUISITE, SCORING, NON_SCORING
    }

    private static final Map<String, DataAiCertification> BY_ID = new HashMap<>();

    static {
        for (DataAiCertification certification : values()) {
            BY_ID.put(certification.name(), certification);
        }
    }

    private final String exam;
    private final String displayName;
    private final Role role;

    DataAiCertification(String exam, String displayName, Role role) {
        this.exam = exam;
        this.displayName = displayName;
        this.role = role;
    }

    public String exam() {
        return exam;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** "Azure Administrator Associate (AZ-104)". */
    public String label() {
        return displayName + " (" + exam + ")";
    }

    /** The certification with this evidence id (exact match), if it counts for Data & AI. */
    public static Optional<DataAiCertification> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The role of any certification id: NON_SCORING for ids that do not count. */
    public static Role roleOf(String id) {
        DataAiCertification certification = BY_ID.get(id);
        return certification == null ? Role.NON_SCORING : certification.role;
    }
}
