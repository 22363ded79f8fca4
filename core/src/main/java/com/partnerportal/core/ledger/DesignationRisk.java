package com.partnerportal.core.ledger;

import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.scoring.RuleSets;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.core.scoring.Scorecard;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When the designation would be lost to expiring certifications: the earliest expiry date d such that the
 * partner's evidence, without every certification that expires on or before d, no longer attains. Empty when
 * the partner does not attain now, or keeps attaining after all of its certifications that have an expiry date
 * expired. The rest of the evidence is taken as it is (no new customers, no new certifications).
 *
 * <p>The program overview shows a partner "at risk" when that date is within {@link #WINDOW_DAYS} days of
 * today; the date is stored with the open month's scorecard, so the window moves with the calendar without
 * anything being re-scored.
 */
public final class DesignationRisk {

    /** How far ahead an expiring certification makes a partner "at risk" (the issue: within 90 days). */
    public static final int WINDOW_DAYS = 90;

    private DesignationRisk() {
    }

    public static Optional<LocalDate> designationLostOn(Evidence evidence) {
        return designationLostOn(evidence, RuleSets.standard());
    }

    /** {@link #designationLostOn(Evidence)} scored by the given rule-set choice. */
    public static Optional<LocalDate> designationLostOn(Evidence evidence, RuleSets ruleSets) {
        return designationLostOn(evidence, ScoreCalculator.score(evidence, ruleSets));
    }

    /**
     * {@link #designationLostOn(Evidence, RuleSets)} for a caller that has scored the evidence already
     * ({@code scorecard}: the evidence's scorecard, by the rule set it names). Dropping certifications never raises a
     * score, so attainment only falls as the day moves on: the earliest losing expiry date is found by bisection over
     * the distinct expiry dates (about log2 of their number tries, instead of one per date), and each try re-scores
     * only the metric certifications count in ({@link ScoreCalculator#attainedWithProfessionals}), not the whole
     * evidence.
     */
    public static Optional<LocalDate> designationLostOn(Evidence evidence, Scorecard scorecard) {
        if (!scorecard.attained()) {
            return Optional.empty();
        }
        LocalDate monthEnd = evidence.asOf().atEndOfMonth();
        TreeSet<LocalDate> expiries = new TreeSet<>();
        for (Professional professional : evidence.professionals()) {
            for (Certification certification : professional.certifications()) {
                if (certification.expires() != null && !certification.expires().isBefore(monthEnd)) {
                    expiries.add(certification.expires());
                }
            }
        }
        List<LocalDate> days = List.copyOf(expiries);
        int low = 0;
        int high = days.size(); // days[high] (when it exists) loses the designation; every day before low keeps it
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ScoreCalculator.attainedWithProfessionals(scorecard, withoutExpiringBy(evidence, days.get(middle)))) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return high < days.size() ? Optional.of(days.get(high)) : Optional.empty();
    }

    /** Whether a loss date is within the window from {@code today}. */
    public static boolean atRisk(Optional<LocalDate> lostOn, LocalDate today) {
        return lostOn.filter(day -> !day.isAfter(today.plusDays(WINDOW_DAYS))).isPresent();
    }

    /** The evidence's professionals without their certifications that expire on or before {@code day}. */
    private static List<Professional> withoutExpiringBy(Evidence evidence, LocalDate day) {
        return evidence.professionals().stream()
                .map(professional -> new Professional(professional.id(), professional.name(),
                        professional.certifications().stream()
                                .filter(c -> c.expires() == null || c.expires().isAfter(day)).toList()))
                .toList();
    }
}
