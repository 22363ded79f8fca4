package com.partnerportal.core.scoring;

import com.partnerportal.core.program.Subcategory;
import java.time.LocalDate;
import java.util.List;

/**
 * Intermediate certifications explained: distinct holders of each prerequisite, whether the
 * prerequisites are met, scoring individuals and how many of them earn points, and every
 * professional with each certification.
 */
public record CertificationsExplanation(
        int points,
        Path path,
        LocalDate asOfDay,
        int administrators,
        int architects,
        boolean prerequisitesMet,
        int prerequisitePoints,
        int scoringIndividuals,
        int countedIndividuals,
        int scoringPoints,
        List<ProfessionalLine> professionals) implements MetricExplanation {

    public CertificationsExplanation {
        professionals = List.copyOf(professionals);
    }

    @Override
    public Subcategory metric() {
        return Subcategory.INTERMEDIATE_CERTIFICATIONS;
    }

    @Override
    public String why() {
        String holders = "Azure Administrator Associate held by " + administrators + ", Azure Solutions Architect Expert by "
                + architects + " on " + asOfDay;
        String individuals = Texts.count(scoringIndividuals, "scoring individual", "scoring individuals");
        String earn = scoringIndividuals == 1 ? " earns " : " earn ";
        String earned = prerequisitesMet
                ? individuals + earn + "4 × min(" + IntermediateCertifications.individualCap(path) + ", " + scoringIndividuals
                        + ") = " + scoringPoints
                : individuals + earn + "nothing";
        if (path == Path.ENTERPRISE) {
            return "Enterprise path: " + holders + "; the prerequisites (2 holders of each, no points) are "
                    + (prerequisitesMet ? "met, so " : "not met, so ") + earned + "; " + points + " points";
        }
        return "SMB path: " + holders + ": " + prerequisitePoints + " points for the prerequisites; "
                + (prerequisitesMet ? "with both held, " : "without both, ") + earned + "; " + points + " points";
    }
}
