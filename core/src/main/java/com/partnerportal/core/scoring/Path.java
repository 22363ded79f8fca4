package com.partnerportal.core.scoring;

/** The qualification path: it sets the net-customer-adds threshold and the skilling rules. */
public enum Path {
    SMB("SMB"),
    ENTERPRISE("Enterprise");

    private final String displayName;

    Path(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
