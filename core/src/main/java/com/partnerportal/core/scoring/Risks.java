package com.partnerportal.core.scoring;

import static com.partnerportal.core.program.Subcategory.INTERMEDIATE_CERTIFICATIONS;

import com.partnerportal.core.scoring.NextActions.Risk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The risks to an attained designation: counting certifications expiring within 90 days of the as-of day, with the
 * points they carry and whether the designation would be lost, and metrics at their lowest non-zero points (which
 * each metric class knows).
 */
final class Risks {

    static final int HORIZON_DAYS = 90;

    private Risks() {
    }

    static List<Risk> of(Explanation explanation, List<Metric> metrics, int total) {
        CertificationsExplanation certifications = explanation.intermediateCertifications();
        LocalDate asOfDay = certifications.asOfDay();
        List<Risk> risks = certifications(certifications, total, true, null, asOfDay.plusDays(HORIZON_DAYS));
        for (Metric metric : metrics) {
            PlannedMetric planned = PlannedMetric.all().stream().filter(m -> m.id() == metric.id()).findFirst()
                    .orElseThrow();
            if (metric.points() == planned.lowestNonZeroPoints()) {
                risks.add(new Risk(Risk.Kind.METRIC_AT_MINIMUM, metric.id(), null, null, null, metric.points(), true,
                        metric.id().displayName() + " is at its lowest non-zero points (" + metric.points()
                                + "): one step less leaves it at 0 and loses the designation"));
            }
        }
        return risks;
    }

    /**
     * The counting certifications that expire on or after {@code from} (null: any) and on or before {@code until},
     * each with the points its loss alone would cost the certifications metric and — when the designation is attained
     * ({@code attained}) — whether it would then be lost; by expiry date, professional, certification.
     */
    static List<Risk> certifications(CertificationsExplanation certifications, int total, boolean attained,
            LocalDate from, LocalDate until) {
        List<Risk> risks = new ArrayList<>();
        for (ProfessionalLine professional : certifications.professionals()) {
            for (CertificationLine line : professional.certifications()) {
                if (line.countsFor() == CertificationLine.CountsFor.NOTHING || line.expires() == null
                        || line.expires().isAfter(until) || (from != null && line.expires().isBefore(from))) {
                    continue;
                }
                int stake = certifications.points() - pointsWithout(certifications, professional, line);
                boolean loses = attained && stake > 0
                        && (total - stake < Attainment.MINIMUM_TOTAL || certifications.points() == stake);
                String who = professional.name() == null ? professional.professionalId()
                        : professional.name() + " (" + professional.professionalId() + ")";
                String text = DataAiCertification.labelOf(line.id()) + " of " + who + " expires on " + line.expires()
                        + (stake == 0 ? ": no points lost, others hold what it counts for"
                        : ": −" + stake + " points" + (loses ? ", and the designation would be lost" : ""));
                risks.add(new Risk(Risk.Kind.CERTIFICATION_EXPIRING, INTERMEDIATE_CERTIFICATIONS,
                        professional.professionalId(), line.id(), line.expires(), stake, loses, text));
            }
        }
        risks.sort(Comparator.comparing(Risk::expires).thenComparing(Risk::professionalId).thenComparing(Risk::certificationId));
        return risks;
    }

    /** The certification metric's points if this one certification were gone. */
    private static int pointsWithout(CertificationsExplanation certifications, ProfessionalLine professional,
            CertificationLine gone) {
        IntermediateCertifications.Held left = IntermediateCertifications.Held.by(professional.certifications(), gone);
        int admins = certifications.administrators() - (professional.administrator() && !left.administrator() ? 1 : 0);
        int archs = certifications.architects() - (professional.architect() && !left.architect() ? 1 : 0);
        int individuals = certifications.scoringIndividuals() - (professional.scoringIndividual() && !left.scoring() ? 1 : 0);
        return IntermediateCertifications.points(certifications.path(), admins, archs, individuals);
    }
}
