package com.partnerportal.core.scoring;

import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Professional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Skilling — intermediate certifications (scoring rules, "Skilling — intermediate certifications").
 * A certification counts when active on the as-of day. Enterprise path: 2 Azure Administrator
 * Associates and 2 Azure Solutions Architect Experts unlock 4 × min(10, scoring individuals).
 * SMB path: 4 points for each prerequisite held by someone, and with both 4 × min(8, scoring
 * individuals).
 */
public final class IntermediateCertifications {

    public static final int POINTS_PER_CERTIFICATION = 4;
    public static final int ENTERPRISE_PREREQUISITE_HOLDERS = 2;
    public static final int ENTERPRISE_INDIVIDUAL_CAP = 10;
    public static final int SMB_INDIVIDUAL_CAP = 8;

    private IntermediateCertifications() {
    }

    /** Whether the prerequisites are met with these numbers of distinct holders. */
    public static boolean prerequisitesMet(Path path, int administrators, int architects) {
        int needed = path == Path.ENTERPRISE ? ENTERPRISE_PREREQUISITE_HOLDERS : 1;
        return administrators >= needed && architects >= needed;
    }

    /** Points earned by the prerequisites themselves (SMB path only). */
    public static int prerequisitePoints(Path path, int administrators, int architects) {
        if (path == Path.ENTERPRISE) {
            return 0;
        }
        return (administrators > 0 ? POINTS_PER_CERTIFICATION : 0) + (architects > 0 ? POINTS_PER_CERTIFICATION : 0);
    }

    /** How many scoring individuals earn points on a path. */
    public static int individualCap(Path path) {
        return path == Path.ENTERPRISE ? ENTERPRISE_INDIVIDUAL_CAP : SMB_INDIVIDUAL_CAP;
    }

    /** Points earned by scoring individuals: only once the prerequisites are met. */
    public static int scoringPoints(Path path, int administrators, int architects, int scoringIndividuals) {
        return prerequisitesMet(path, administrators, architects)
                ? POINTS_PER_CERTIFICATION * Math.min(individualCap(path), scoringIndividuals)
                : 0;
    }

    /** The metric's points for these numbers of distinct holders. */
    public static int points(Path path, int administrators, int architects, int scoringIndividuals) {
        return prerequisitePoints(path, administrators, architects)
                + scoringPoints(path, administrators, architects, scoringIndividuals);
    }

    static CertificationsExplanation score(List<Professional> professionals, LocalDate asOfDay, Path path) {
        int capacity = 2 * professionals.size();
        Set<String> administrators = new HashSet<>(capacity);
        Set<String> architects = new HashSet<>(capacity);
        Set<String> scoringIndividuals = new HashSet<>(capacity);
        List<ProfessionalLine> lines = new ArrayList<>(professionals.size());
        for (Professional professional : professionals) {
            List<CertificationLine> certifications = new ArrayList<>(professional.certifications().size());
            for (Certification certification : professional.certifications()) {
                certifications.add(line(certification, asOfDay));
            }
            Held held = Held.by(certifications, null);
            if (held.administrator()) {
                administrators.add(professional.id());
            }
            if (held.architect()) {
                architects.add(professional.id());
            }
            if (held.scoring()) {
                scoringIndividuals.add(professional.id());
            }
            lines.add(new ProfessionalLine(professional.id(), professional.name(), held.administrator(), held.architect(),
                    held.scoring(), certifications));
        }
        int admins = administrators.size();
        int archs = architects.size();
        int individuals = scoringIndividuals.size();
        return new CertificationsExplanation(points(path, admins, archs, individuals), path, asOfDay, admins, archs,
                prerequisitesMet(path, admins, archs), prerequisitePoints(path, admins, archs), individuals,
                Math.min(individualCap(path), individuals), scoringPoints(path, admins, archs, individuals), lines);
    }

    /** What one professional's active certifications count for, leaving out {@code except} (may be null). */
    record Held(boolean administrator, boolean architect, boolean scoring) {

        static Held by(List<CertificationLine> certifications, CertificationLine except) {
            boolean administrator = false;
            boolean architect = false;
            boolean scoring = false;
            for (CertificationLine line : certifications) {
                if (line == except) {
                    continue;
                }
                if (line.countsFor() == CertificationLine.CountsFor.SCORING_INDIVIDUAL) {
                    scoring = true;
                } else if (line.countsFor() == CertificationLine.CountsFor.PREREQUISITE) {
                    if (DataAiCertification.AZURE_ADMINISTRATOR_ASSOCIATE.name().equals(line.id())) {
                        administrator = true;
                    } else {
                        architect = true;
                    }
                }
            }
            return new Held(administrator, architect, scoring);
        }
    }

    private static CertificationLine line(Certification certification, LocalDate asOfDay) {
        CertificationLine.Status status = certification.earned().isAfter(asOfDay) ? CertificationLine.Status.NOT_YET_EARNED
                : certification.activeOn(asOfDay) ? CertificationLine.Status.ACTIVE
                : CertificationLine.Status.EXPIRED;
        DataAiCertification.Role role = DataAiCertification.roleOf(certification.id());
        CertificationLine.CountsFor countsFor = status != CertificationLine.Status.ACTIVE ? CertificationLine.CountsFor.NOTHING
                : switch (role) {
                    case PREREQUISITE -> CertificationLine.CountsFor.PREREQUISITE;
                    case SCORING -> CertificationLine.CountsFor.SCORING_INDIVIDUAL;
                    case NON_SCORING -> CertificationLine.CountsFor.NOTHING;
                };
        return new CertificationLine(certification.id(), certification.earned(), certification.expires(), status, role,
                countsFor);
    }
}
