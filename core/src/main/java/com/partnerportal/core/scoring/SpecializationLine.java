package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Specialization;
import java.time.LocalDate;

/** One specialization the partner holds, and whether it stacks onto the benefits; named as its rule set names it. */
public record SpecializationLine(Specialization id, LocalDate earned, Status status, RuleSet ruleSet) {

    /** Whether a specialization stacks, or why not. */
    public enum Status {
        STACKED, NOT_YET_EARNED, DUPLICATE, DESIGNATION_NOT_ATTAINED, OVER_CAP
    }

    /** The specialization's name under the rule set ("AI Platform on Microsoft Azure" under the 2026 rules). */
    public String name() {
        return ruleSet.nameOf(id);
    }

    public String why() {
        String name = name();
        return switch (status) {
            case STACKED -> name + " (earned " + earned + ") stacks onto the benefits";
            case NOT_YET_EARNED -> name + " is earned on " + earned + ", after the as-of day";
            case DUPLICATE -> name + " is listed more than once and counts once";
            case DESIGNATION_NOT_ATTAINED -> name + " adds nothing while the designation is not attained";
            case OVER_CAP -> name + " is over the stacking cap of 5";
        };
    }
}
