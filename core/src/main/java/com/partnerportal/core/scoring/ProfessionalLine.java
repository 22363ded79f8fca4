package com.partnerportal.core.scoring;

import java.util.List;

/** One professional's certifications and what the person counts for. */
public record ProfessionalLine(
        String professionalId,
        String name,
        boolean administrator,
        boolean architect,
        boolean scoringIndividual,
        List<CertificationLine> certifications) {

    public ProfessionalLine {
        certifications = List.copyOf(certifications);
    }

    public String why() {
        String who = name == null ? professionalId : name + " (" + professionalId + ")";
        StringBuilder counts = new StringBuilder();
        if (administrator) {
            counts.append("holds the Azure Administrator Associate prerequisite");
        }
        if (architect) {
            counts.append(counts.isEmpty() ? "" : ", ").append("holds the Azure Solutions Architect Expert prerequisite");
        }
        if (scoringIndividual) {
            counts.append(counts.isEmpty() ? "" : ", ").append("is a scoring individual");
        }
        return who + (counts.isEmpty() ? " counts for nothing on the as-of day" : " " + counts);
    }
}
