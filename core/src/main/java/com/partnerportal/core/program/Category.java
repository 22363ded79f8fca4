package com.partnerportal.core.program;

/** The three categories of the partner capability score. */
public enum Category {
    PERFORMANCE("Performance"),
    SKILLING("Skilling"),
    CUSTOMER_SUCCESS("Customer success");

    private final String displayName;

    Category(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
