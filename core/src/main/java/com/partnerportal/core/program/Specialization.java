package com.partnerportal.core.program;

/**
 * The nine specializations of Solutions Partner for Data & AI (Azure), as listed in the guide's
 * "How specializations map to Solutions Partner designations"; the ids are those of evidence v1.
 */
public enum Specialization {
    AI_ML_AZURE("AI and Machine Learning on Microsoft Azure"),
    ANALYTICS_AZURE("Analytics on Microsoft Azure"),
    BUILD_MODERNIZE_AI_APPS_AZURE("Build and Modernize AI Apps with Microsoft Azure"),
    BUSINESS_INTELLIGENCE("Business Intelligence"),
    DATA_WAREHOUSE_MIGRATION_AZURE("Data Warehouse Migration to Microsoft Azure"),
    HYBRID_CLOUD_AZURE_STACK_HCI("Hybrid Cloud Infrastructure with Microsoft Azure Stack HCI"),
    INFRA_DATABASE_MIGRATION_AZURE("Infra and Database Migration to Microsoft Azure"),
    KUBERNETES_AZURE("Kubernetes on Microsoft Azure"),
    MIGRATE_ENTERPRISE_APPS_AZURE("Migrate Enterprise Applications to Microsoft Azure");

    private final String displayName;

    Specialization(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
