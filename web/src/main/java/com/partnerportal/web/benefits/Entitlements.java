package com.partnerportal.web.benefits;

import com.partnerportal.core.program.BenefitCatalogue;
import com.partnerportal.core.program.Benefits;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.core.scoring.SpecializationLine;

/** What a scorecard entitles the partner to, or would on attaining: read from core's benefit catalogue. */
public final class Entitlements {

    private Entitlements() {
    }

    /**
     * What attaining the designation would bring with the specializations held today: those that stack now, and
     * those that would once the designation is attained, up to the cap left by the other Azure designations.
     */
    public static Benefits onAttaining(Scorecard scorecard) {
        int countable = (int) scorecard.explanation().specializations().specializations().stream()
                .filter(line -> line.status() == SpecializationLine.Status.STACKED
                        || line.status() == SpecializationLine.Status.OVER_CAP
                        || line.status() == SpecializationLine.Status.DESIGNATION_NOT_ATTAINED)
                .count();
        return BenefitCatalogue.entitlement(BenefitCatalogue.DATA_AI_AZURE, BenefitCatalogue.stacked(countable,
                scorecard.explanation().specializations().otherAzureSpecializations()));
    }
}
