package com.partnerportal.persistence.overview;

import java.time.LocalDate;

/**
 * One partner in the program overview: its open-month scorecard as the ledger has it (nulls when none is stored
 * yet), the day expiring certifications would cost the designation, and its associations awaiting review; its
 * designation standing ({@code designationState} NOT_ENROLLED without a record; {@code enrolledSince},
 * {@code lapsedOn}, {@code yearUntil} as core's status said), its anniversary date, and whether its renewal is due.
 */
public record OverviewRow(String partnerId, String name, Integer total, Boolean attained, Integer margin,
        String path, String ruleSetId, LocalDate designationLostOn, boolean atRisk, long pendingReviews,
        String designationState, LocalDate enrolledSince, LocalDate lapsedOn, LocalDate yearUntil,
        LocalDate anniversary, boolean renewalDue) {
}
