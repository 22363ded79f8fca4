package com.partnerportal.core.lifecycle;

/**
 * The path a month was scored on, and the enrolment track taken from it (spec "States", 1): SMB when
 * the partner qualified on the SMB path in at least one month of the window, otherwise Enterprise.
 */
public enum Track {
    SMB("SMB"),
    ENTERPRISE("Enterprise");

    private final String displayName;

    Track(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
