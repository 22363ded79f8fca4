package com.partnerportal.core.scoring;

import java.time.LocalDate;

/** One deployment, eligible or excluded with the reason. */
public record DeploymentLine(String customerId, String service, int serviceLevel, LocalDate date, Status status) {

    /** Eligible, or the first rule the deployment fails, in this order. */
    public enum Status {
        ELIGIBLE,
        UNKNOWN_CUSTOMER,
        NOT_ATTRIBUTED,
        SERVICE_LEVEL,
        VM_LICENSES,
        OUTSIDE_TTM,
        DUPLICATE_PAIR
    }

    public boolean eligible() {
        return status == Status.ELIGIBLE;
    }

    public String why() {
        return switch (status) {
            case ELIGIBLE -> "eligible: service level 2 for an attributed customer, dated in the trailing twelve months,"
                    + " the first deployment of " + service.strip() + " for " + customerId;
            case UNKNOWN_CUSTOMER -> "excluded: no customer " + customerId + " in the evidence";
            case NOT_ATTRIBUTED -> "excluded: customer " + customerId + " has no PAL, DPOR or CSP attribution";
            case SERVICE_LEVEL -> "excluded: service level " + serviceLevel + ", only service level 2 counts";
            case VM_LICENSES -> "excluded: Virtual Machines Licenses never count";
            case OUTSIDE_TTM -> "excluded: " + date + " is outside the trailing twelve months";
            case DUPLICATE_PAIR -> "excluded: " + customerId + " already has an eligible deployment of " + service.strip();
        };
    }
}
