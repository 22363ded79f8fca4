package com.partnerportal.core.scoring;

import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.program.Subcategory;
import com.partnerportal.core.scoring.NextActions.Step.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Skilling — intermediate certifications (scoring rules, "Skilling — intermediate certifications";
 * 2026 rules, "3. Scoring certifications"). Which certifications are prerequisites and which score
 * is the rule set's {@link CertificationCatalogue}. A certification counts when active on the as-of day. Enterprise path: 2 Azure Administrator
 * Associates and 2 Azure Solutions Architect Experts unlock 4 × min(10, scoring individuals).
 * SMB path: 4 points for each prerequisite held by someone, and with both 4 × min(8, scoring
 * individuals).
 */
public final class IntermediateCertifications implements PlannedMetric {

    public static final int POINTS_PER_CERTIFICATION = 4;
    public static final int ENTERPRISE_PREREQUISITE_HOLDERS = 2;
    public static final int ENTERPRISE_INDIVIDUAL_CAP = 10;
    public static final int SMB_INDIVIDUAL_CAP = 8;

    static final IntermediateCertifications METRIC = new IntermediateCertifications();

    private IntermediateCertifications() {
    }

    /** Distinct holders of each prerequisite needed on a path. */
    public static int prerequisiteHolders(Path path) {
        return path == Path.ENTERPRISE ? ENTERPRISE_PREREQUISITE_HOLDERS : 1;
    }

    /** Whether the prerequisites are met with these numbers of distinct holders. */
    public static boolean prerequisitesMet(Path path, int administrators, int architects) {
        int needed = prerequisiteHolders(path);
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

    static CertificationsExplanation score(List<Professional> professionals, LocalDate asOfDay, Path path,
            RuleSet ruleSet) {
        int capacity = 2 * professionals.size();
        Set<String> administrators = new HashSet<>(capacity);
        Set<String> architects = new HashSet<>(capacity);
        Set<String> scoringIndividuals = new HashSet<>(capacity);
        List<ProfessionalLine> lines = new ArrayList<>(professionals.size());
        for (Professional professional : professionals) {
            List<CertificationLine> certifications = new ArrayList<>(professional.certifications().size());
            for (Certification certification : professional.certifications()) {
                certifications.add(line(certification, asOfDay, ruleSet));
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
                    if (line.ruleSet().certifications().administrator().name().equals(line.id())) {
                        administrator = true;
                    } else {
                        architect = true;
                    }
                }
            }
            return new Held(administrator, architect, scoring);
        }
    }

    private static CertificationLine line(Certification certification, LocalDate asOfDay, RuleSet ruleSet) {
        CertificationLine.Status status = certification.earned().isAfter(asOfDay) ? CertificationLine.Status.NOT_YET_EARNED
                : certification.activeOn(asOfDay) ? CertificationLine.Status.ACTIVE
                : CertificationLine.Status.EXPIRED;
        DataAiCertification.Role role = ruleSet.certifications().roleOf(certification.id());
        CertificationLine.CountsFor countsFor = status != CertificationLine.Status.ACTIVE ? CertificationLine.CountsFor.NOTHING
                : switch (role) {
                    case PREREQUISITE -> CertificationLine.CountsFor.PREREQUISITE;
                    case SCORING -> CertificationLine.CountsFor.SCORING_INDIVIDUAL;
                    case NO_LONGER_SCORING, NON_SCORING -> CertificationLine.CountsFor.NOTHING;
                };
        return new CertificationLine(certification.id(), certification.earned(), certification.expires(), status, role,
                countsFor, ruleSet);
    }

    // ---------------------------------------------------------------- what the planner asks

    @Override
    public Subcategory id() {
        return Subcategory.INTERMEDIATE_CERTIFICATIONS;
    }

    @Override
    public int points(PlanCounts counts) {
        return points(counts.path, counts.administrators, counts.architects, counts.individuals);
    }

    @Override
    public int lowestNonZeroPoints() {
        return POINTS_PER_CERTIFICATION;
    }

    /**
     * Without the prerequisites: completing them (with a first scoring individual when there is none), and on the SMB
     * path one prerequisite alone; with them: one more scoring individual, up to the path's cap.
     */
    @Override
    public List<Move> moves(PlanCounts s, int wanted) {
        Subcategory metric = id();
        int now = points(s);
        List<Move> moves = new ArrayList<>();
        if (!prerequisitesMet(s.path, s.administrators, s.architects)) {
            int needed = prerequisiteHolders(s.path);
            int admins = Math.max(needed, s.administrators);
            int archs = Math.max(needed, s.architects);
            int prerequisites = admins - s.administrators + archs - s.architects;
            int unlocked = points(s.path, admins, archs, s.individuals) - now;
            Kind kind = s.administrators == admins ? Kind.ADD_ARCHITECT
                    : s.architects == archs ? Kind.ADD_ADMINISTRATOR
                    : Kind.COMPLETE_PREREQUISITES;
            Part completion = new Part(kind, prerequisites, unlocked, c -> {
                c.administrators = Math.max(needed, c.administrators);
                c.architects = Math.max(needed, c.architects);
            });
            if (s.individuals == 0) {
                int first = points(s.path, admins, archs, 1) - points(s.path, admins, archs, 0);
                moves.add(new Move(metric, List.of(completion,
                        new Part(Kind.ADD_SCORING_INDIVIDUALS, 1, first, c -> c.individuals += 1))));
            }
            moves.add(Move.of(metric, completion));
            if (s.path == Path.SMB && kind == Kind.COMPLETE_PREREQUISITES) {
                // On the SMB path each prerequisite earns 4 points on its own.
                moves.add(Move.of(metric, new Part(Kind.ADD_ADMINISTRATOR, 1,
                        points(s.path, 1, s.architects, s.individuals) - now, c -> c.administrators += 1)));
            }
        } else if (s.individuals < individualCap(s.path)) {
            moves.add(Move.of(metric, new Part(Kind.ADD_SCORING_INDIVIDUALS, 1,
                    points(s.path, s.administrators, s.architects, s.individuals + 1) - now, c -> c.individuals += 1)));
        }
        return moves;
    }
}
