package com.partnerportal.core.scoring;

import java.time.LocalDate;

/**
 * One certification of a professional: whether it is active on the as-of day, its role in Data &
 * AI skilling, and what it therefore counts for.
 */
public record CertificationLine(
        String id,
        LocalDate earned,
        LocalDate expires,
        Status status,
        DataAiCertification.Role role,
        CountsFor countsFor,
        RuleSet ruleSet) {

    /** Whether the certification is active on the as-of day. */
    public enum Status {
        ACTIVE, EXPIRED, NOT_YET_EARNED
    }

    /** What an active certification counts for. */
    public enum CountsFor {
        PREREQUISITE, SCORING_INDIVIDUAL, NOTHING
    }

    public String why() {
        String name = DataAiCertification.labelOf(id);
        return switch (status) {
            case EXPIRED -> name + " expired on " + expires + ", before the as-of day: it does not count";
            case NOT_YET_EARNED -> name + " was earned on " + earned + ", after the as-of day: it does not count yet";
            case ACTIVE -> switch (countsFor) {
                case PREREQUISITE -> name + " is active: it counts as a prerequisite";
                case SCORING_INDIVIDUAL -> name + " is active: it makes its holder a scoring individual";
                case NOTHING -> role == DataAiCertification.Role.NO_LONGER_SCORING
                        ? name + " is active but no longer scores under " + ruleSet.shortName()
                        : name + " is active but is not a Data & AI prerequisite or scoring certification";
            };
        };
    }
}
