package com.partnerportal.core.program;

/** A subcategory of the partner capability score; the scorecard's metric ids are these names. */
public enum Subcategory {
    NET_CUSTOMER_ADDS(Category.PERFORMANCE, "Net customer adds"),
    INTERMEDIATE_CERTIFICATIONS(Category.SKILLING, "Intermediate certifications"),
    ADVANCED_CERTIFICATIONS(Category.SKILLING, "Advanced certifications"),
    USAGE_GROWTH(Category.CUSTOMER_SUCCESS, "Usage growth"),
    DEPLOYMENTS(Category.CUSTOMER_SUCCESS, "Deployments");

    private final Category category;
    private final String displayName;

    Subcategory(Category category, String displayName) {
        this.category = category;
        this.displayName = displayName;
    }

    public Category category() {
        return category;
    }

    public String displayName() {
        return displayName;
    }
}
