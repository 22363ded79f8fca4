package com.partnerportal.persistence.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the ledger stores of one scorecard: the figures the program overview sorts and filters on, and the whole
 * scorecard as JSON (core's {@code ScorecardJson}).
 *
 * @param path {@code SMB} or {@code ENTERPRISE}
 * @param designationLostOn the earliest day expiring certifications would cost the designation, or null
 */
public record ScorecardFigures(String ruleSetId, int total, boolean attained, String path,
        LocalDate designationLostOn, String scorecardJson) {

    public ScorecardFigures {
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(scorecardJson, "scorecardJson");
    }
}
