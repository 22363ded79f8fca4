package com.partnerportal.core.scoring;

import com.partnerportal.core.evidence.HeldSpecialization;
import com.partnerportal.core.program.BenefitCatalogue;
import com.partnerportal.core.program.Specialization;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which specializations stack onto the designation's benefits (scoring rules, "Benefits" and "Stacking, exactly"):
 * only while the designation is attained, min(5, d + o) where d is the number of distinct Data & AI specializations
 * earned on or before the as-of day and o those held under the other two Azure designations. Of the Data & AI ones
 * the earliest min(5, d) stack, the rest are over the cap.
 */
final class Specializations {

    private static final Comparator<HeldSpecialization> EARLIEST_FIRST =
            Comparator.comparing(HeldSpecialization::earned).thenComparing(HeldSpecialization::id);

    private Specializations() {
    }

    static SpecializationsExplanation stack(List<HeldSpecialization> held, int otherAzureSpecializations,
            LocalDate asOfDay, boolean attained, RuleSet ruleSet) {
        List<HeldSpecialization> ordered = new ArrayList<>(held);
        ordered.sort(EARLIEST_FIRST);
        Set<Specialization> earned = EnumSet.noneOf(Specialization.class);
        for (HeldSpecialization specialization : ordered) {
            if (!specialization.earned().isAfter(asOfDay)) {
                earned.add(specialization.id());
            }
        }
        int stackable = attained ? BenefitCatalogue.stackedDataAi(earned.size()) : 0;
        int stackedInAll = attained ? BenefitCatalogue.stacked(earned.size(), otherAzureSpecializations) : 0;
        Set<Specialization> seen = EnumSet.noneOf(Specialization.class);
        List<SpecializationLine> lines = new ArrayList<>(ordered.size());
        int stacked = 0;
        for (HeldSpecialization specialization : ordered) {
            SpecializationLine.Status status;
            if (specialization.earned().isAfter(asOfDay)) {
                status = SpecializationLine.Status.NOT_YET_EARNED;
            } else if (!seen.add(specialization.id())) {
                status = SpecializationLine.Status.DUPLICATE;
            } else if (!attained) {
                status = SpecializationLine.Status.DESIGNATION_NOT_ATTAINED;
            } else if (stacked < stackable) {
                status = SpecializationLine.Status.STACKED;
                stacked++;
            } else {
                status = SpecializationLine.Status.OVER_CAP;
            }
            lines.add(new SpecializationLine(specialization.id(), specialization.earned(), status, ruleSet));
        }
        return new SpecializationsExplanation(BenefitCatalogue.STACKING_CAP, otherAzureSpecializations, stackedInAll,
                stacked, lines);
    }
}
