package com.partnerportal.persistence.designation;

import java.time.YearMonth;

/**
 * One month of a partner's score ledger as the designation lifecycle reads it: the latest stored version's total,
 * attainment and path, and the specializations behind its benefits — how many Data &amp; AI specializations are
 * earned by the as-of day ({@code dataAiEarned}: stacked, over the cap, or not stacking only because the month is
 * not attained) and how many are held under the other Azure designations. Core's {@code BenefitCatalogue.stacked}
 * turns the two counts into the stacked count; no rule is applied here.
 */
public record MonthOnRecord(YearMonth month, int total, boolean attained, String path, int dataAiEarned,
        int otherAzureSpecializations) {
}
