package com.partnerportal.core.scoring;

import static com.partnerportal.core.program.Subcategory.DEPLOYMENTS;
import static com.partnerportal.core.program.Subcategory.INTERMEDIATE_CERTIFICATIONS;
import static com.partnerportal.core.program.Subcategory.NET_CUSTOMER_ADDS;
import static com.partnerportal.core.program.Subcategory.USAGE_GROWTH;

import com.partnerportal.core.program.Subcategory;
import com.partnerportal.core.scoring.NextActions.Risk;
import com.partnerportal.core.scoring.NextActions.Step;
import com.partnerportal.core.scoring.NextActions.Step.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the next actions from a scorecard's explanation. For a scorecard not attained it plans on
 * a copy of the counts that drive the points: first the cheapest step that lifts each metric at 0
 * to at least 1 point, then, while the total is below 70, the step with the most points per action
 * (ties: the larger gain, then the metric order). Steps of one kind are merged. For an attained
 * scorecard it lists the risks: counting certifications expiring within 90 days of the as-of day,
 * with the points they carry, and metrics at their lowest non-zero points.
 */
final class NextActionsPlanner {

    static final int RISK_HORIZON_DAYS = 90;

    private static final List<Subcategory> METRICS = ScoreCalculator.DESIGNATION.subcategories();

    private NextActionsPlanner() {
    }

    static NextActions plan(Explanation explanation, List<Metric> metrics, int total, boolean attained) {
        List<Subcategory> withoutPoints = metrics.stream().filter(m -> m.points() == 0).map(Metric::id).toList();
        boolean marker = total >= Attainment.MARKER_TOTAL;
        if (attained) {
            return new NextActions(0, marker, withoutPoints, List.of(), total, true, List.of(),
                    total - Attainment.MINIMUM_TOTAL, risks(explanation, metrics, total));
        }
        Plan plan = new Plan(explanation);
        List<String> blockers = new ArrayList<>();
        for (Subcategory metric : METRICS) {
            if (plan.state.points(metric) == 0) {
                Move move = plan.cheapest(metric);
                if (move == null) {
                    blockers.add(plan.blocker(metric));
                } else {
                    plan.take(move);
                }
            }
        }
        while (plan.state.total() < Attainment.MINIMUM_TOTAL) {
            int wanted = Attainment.MINIMUM_TOTAL - plan.state.total();
            Move best = null;
            for (Subcategory metric : METRICS) {
                for (Move move : plan.candidates(metric, wanted)) {
                    if (move.gain() > 0 && (best == null || move.betterThan(best))) {
                        best = move;
                    }
                }
            }
            if (best == null) {
                break;
            }
            plan.take(best);
        }
        State end = plan.state;
        boolean reaches = end.total() >= Attainment.MINIMUM_TOTAL && end.allMetricsScore();
        return new NextActions(Math.max(0, Attainment.MINIMUM_TOTAL - total), marker, withoutPoints, plan.steps(),
                end.total(), reaches, blockers, null, List.of());
    }

    // ---------------------------------------------------------------- planning

    /** The counts that drive the points; a plan changes a copy of them. */
    private static final class State {
        final Path path;
        final BigDecimal baseline;
        int net;
        int administrators;
        int architects;
        int individuals;
        BigDecimal current;
        int eligible;

        State(Explanation e) {
            path = e.path().path();
            net = e.netCustomerAdds().net();
            administrators = e.intermediateCertifications().administrators();
            architects = e.intermediateCertifications().architects();
            individuals = e.intermediateCertifications().scoringIndividuals();
            current = e.usageGrowth().currentUsd();
            baseline = e.usageGrowth().baselineUsd();
            eligible = e.deployments().eligible();
        }

        int certificationPoints(int admins, int archs, int scoring) {
            return IntermediateCertifications.points(path, admins, archs, scoring);
        }

        int points(Subcategory metric) {
            return switch (metric) {
                case NET_CUSTOMER_ADDS -> NetCustomerAdds.points(net);
                case INTERMEDIATE_CERTIFICATIONS -> certificationPoints(administrators, architects, individuals);
                case USAGE_GROWTH -> UsageGrowth.points(current, baseline);
                case DEPLOYMENTS -> Deployments.points(eligible);
                default -> 0;
            };
        }

        int total() {
            return points(NET_CUSTOMER_ADDS) + points(INTERMEDIATE_CERTIFICATIONS) + points(USAGE_GROWTH)
                    + points(DEPLOYMENTS);
        }

        boolean allMetricsScore() {
            return points(NET_CUSTOMER_ADDS) > 0 && points(INTERMEDIATE_CERTIFICATIONS) > 0 && points(USAGE_GROWTH) > 0
                    && points(DEPLOYMENTS) > 0;
        }
    }

    /** Part of a move: {@code count} actions of a kind; {@code target} is the current ACR a GROW_USAGE part aims at. */
    private record Part(Kind kind, int count, int gain, BigDecimal target) {
    }

    /** One or more parts taken together, such as the Enterprise prerequisites with a first scoring individual. */
    private record Move(Subcategory metric, List<Part> parts) {

        int count() {
            return parts.stream().mapToInt(Part::count).sum();
        }

        int gain() {
            return parts.stream().mapToInt(Part::gain).sum();
        }

        /** More points per action; then the larger gain. Candidates are offered in metric order, so earlier wins ties. */
        boolean betterThan(Move other) {
            long mine = (long) gain() * other.count();
            long theirs = (long) other.gain() * count();
            return mine != theirs ? mine > theirs : gain() > other.gain();
        }

        static Move of(Subcategory metric, Kind kind, int count, int gain) {
            return new Move(metric, List.of(new Part(kind, count, gain, null)));
        }
    }

    private static final class Plan {
        final Explanation explanation;
        final State start;
        final State state;
        final Map<Kind, int[]> taken = new LinkedHashMap<>();
        final Map<Kind, Subcategory> metricOf = new LinkedHashMap<>();

        Plan(Explanation explanation) {
            this.explanation = explanation;
            this.start = new State(explanation);
            this.state = new State(explanation);
        }

        /** The move with the fewest actions (then the larger gain) that earns the metric points. */
        Move cheapest(Subcategory metric) {
            Move cheapest = null;
            for (Move move : candidates(metric, 1)) {
                if (move.gain() > 0 && (cheapest == null || move.count() < cheapest.count()
                        || move.count() == cheapest.count() && move.gain() > cheapest.gain())) {
                    cheapest = move;
                }
            }
            return cheapest;
        }

        /** The next moves for a metric; a usage-growth move is sized to {@code wanted} points where it can be. */
        List<Move> candidates(Subcategory metric, int wanted) {
            State s = state;
            List<Move> moves = new ArrayList<>();
            switch (metric) {
                case NET_CUSTOMER_ADDS -> {
                    if (NetCustomerAdds.points(s.net) < NetCustomerAdds.POINTS_PER_ADD * NetCustomerAdds.MAX_ADDS) {
                        int target = Math.max(s.net, 0) + 1;
                        moves.add(Move.of(metric, Kind.ADD_NEW_CUSTOMERS, target - s.net,
                                NetCustomerAdds.points(target) - NetCustomerAdds.points(s.net)));
                    }
                }
                case INTERMEDIATE_CERTIFICATIONS -> certificationMoves(moves);
                case USAGE_GROWTH -> {
                    int now = UsageGrowth.points(s.current, s.baseline);
                    if (now < UsageGrowth.MAX_POINTS && s.baseline.signum() > 0) {
                        int targetPoints = Math.min(UsageGrowth.MAX_POINTS, now + Math.max(1, wanted));
                        BigDecimal target = UsageGrowth.currentNeededFor(targetPoints, s.baseline);
                        moves.add(new Move(metric, List.of(new Part(Kind.GROW_USAGE, 1,
                                UsageGrowth.points(target, s.baseline) - now, target))));
                    }
                }
                case DEPLOYMENTS -> {
                    if (s.eligible < Deployments.MAX_DEPLOYMENTS) {
                        moves.add(Move.of(metric, Kind.ADD_DEPLOYMENTS, 1, Deployments.POINTS_PER_DEPLOYMENT));
                    }
                }
                default -> {
                }
            }
            return moves;
        }

        private void certificationMoves(List<Move> moves) {
            State s = state;
            Subcategory metric = INTERMEDIATE_CERTIFICATIONS;
            int now = s.certificationPoints(s.administrators, s.architects, s.individuals);
            boolean met = IntermediateCertifications.prerequisitesMet(s.path, s.administrators, s.architects);
            if (!met) {
                int needed = s.path == Path.ENTERPRISE ? IntermediateCertifications.ENTERPRISE_PREREQUISITE_HOLDERS : 1;
                int admins = Math.max(needed, s.administrators);
                int archs = Math.max(needed, s.architects);
                int prerequisites = admins - s.administrators + archs - s.architects;
                int unlocked = s.certificationPoints(admins, archs, s.individuals) - now;
                Kind kind = s.administrators == admins ? Kind.ADD_ARCHITECT
                        : s.architects == archs ? Kind.ADD_ADMINISTRATOR
                        : Kind.COMPLETE_PREREQUISITES;
                Part completion = new Part(kind, prerequisites, unlocked, null);
                if (s.individuals == 0) {
                    int first = s.certificationPoints(admins, archs, 1) - s.certificationPoints(admins, archs, 0);
                    moves.add(new Move(metric, List.of(completion, new Part(Kind.ADD_SCORING_INDIVIDUALS, 1, first, null))));
                }
                moves.add(new Move(metric, List.of(completion)));
                if (s.path == Path.SMB && kind == Kind.COMPLETE_PREREQUISITES) {
                    // On the SMB path each prerequisite earns 4 points on its own.
                    moves.add(Move.of(metric, Kind.ADD_ADMINISTRATOR, 1,
                            s.certificationPoints(1, s.architects, s.individuals) - now));
                }
            } else if (s.individuals < IntermediateCertifications.individualCap(s.path)) {
                moves.add(Move.of(metric, Kind.ADD_SCORING_INDIVIDUALS, 1,
                        s.certificationPoints(s.administrators, s.architects, s.individuals + 1) - now));
            }
        }

        void take(Move move) {
            for (Part part : move.parts()) {
                switch (part.kind()) {
                    case ADD_NEW_CUSTOMERS -> state.net += part.count();
                    case ADD_ADMINISTRATOR -> state.administrators += part.count();
                    case ADD_ARCHITECT -> state.architects += part.count();
                    case COMPLETE_PREREQUISITES -> {
                        int needed = state.path == Path.ENTERPRISE ? IntermediateCertifications.ENTERPRISE_PREREQUISITE_HOLDERS : 1;
                        state.administrators = Math.max(needed, state.administrators);
                        state.architects = Math.max(needed, state.architects);
                    }
                    case ADD_SCORING_INDIVIDUALS -> state.individuals += part.count();
                    case GROW_USAGE -> state.current = part.target();
                    case ADD_DEPLOYMENTS -> state.eligible += part.count();
                }
                int[] sum = taken.computeIfAbsent(part.kind(), k -> new int[2]);
                sum[0] = part.kind() == Kind.GROW_USAGE ? 1 : sum[0] + part.count();
                sum[1] += part.gain();
                metricOf.put(part.kind(), move.metric());
            }
        }

        String blocker(Subcategory metric) {
            UsageGrowthExplanation usage = explanation.usageGrowth();
            return metric == USAGE_GROWTH
                    ? "usage growth cannot score as of " + usage.month() + ": attributed customers had no ACR in "
                            + usage.baselineMonth() + ", so growth is not defined; only customers with ACR in "
                            + usage.baselineMonth() + " (for example newly approved associations) can change that"
                    : metric.displayName() + " cannot earn points as of " + usage.month();
        }

        List<Step> steps() {
            List<Step> steps = new ArrayList<>();
            taken.forEach((kind, sum) -> steps.add(new Step(metricOf.get(kind), kind, sum[0], sum[1], text(kind, sum[0], sum[1]))));
            return steps;
        }

        private String text(Kind kind, int count, int gain) {
            String plus = ": +" + gain;
            return switch (kind) {
                case ADD_NEW_CUSTOMERS -> {
                    NetCustomerAddsExplanation nca = explanation.netCustomerAdds();
                    String months = nca.recentMonths().get(0) + " or " + nca.recentMonths().get(1);
                    String baseline = nca.baselineMonths().get(0) + " and " + nca.baselineMonths().get(1);
                    yield Texts.count(count, "more new customer", "more new customers") + " with ACR ≥ "
                            + Texts.usd(nca.thresholdUsd()) + " in " + months + " and USD 0 in " + baseline
                            + (start.net < 0 ? " (net is " + Texts.signed(start.net) + " now)" : "") + plus;
                }
                case ADD_ADMINISTRATOR -> prerequisite(DataAiCertification.AZURE_ADMINISTRATOR_ASSOCIATE, gain);
                case ADD_ARCHITECT -> prerequisite(DataAiCertification.AZURE_SOLUTIONS_ARCHITECT_EXPERT, gain);
                case COMPLETE_PREREQUISITES -> completion(gain);
                case ADD_SCORING_INDIVIDUALS -> Texts.count(count, "more professional", "more professionals")
                        + " with an active scoring certification (such as "
                        + DataAiCertification.AZURE_DATA_ENGINEER_ASSOCIATE.displayName() + ", "
                        + DataAiCertification.AZURE_DATA_ENGINEER_ASSOCIATE.exam() + ")" + plus;
                case GROW_USAGE -> usage(gain);
                case ADD_DEPLOYMENTS -> {
                    DeploymentsExplanation d = explanation.deployments();
                    yield Texts.count(count, "more eligible deployment", "more eligible deployments")
                            + " (service level 2, not Virtual Machines Licenses, for an attributed customer, dated "
                            + d.ttmStart() + " … " + d.ttmEnd() + ", a new customer and service pair)" + plus;
                }
            };
        }

        /** SMB: one missing prerequisite (or, on Enterprise, one kind missing). */
        private String prerequisite(DataAiCertification certification, int gain) {
            if (start.path == Path.ENTERPRISE) {
                return completion(gain);
            }
            int own = IntermediateCertifications.POINTS_PER_CERTIFICATION;
            String unlocked = gain > own
                    ? " (" + own + " for the prerequisite, " + (gain - own) + " unlocked for "
                            + Texts.count(start.individuals, "scoring individual", "scoring individuals") + ")"
                    : "";
            return "a professional with an active " + certification.label() + ": +" + gain + unlocked;
        }

        private String completion(int gain) {
            int needed = start.path == Path.ENTERPRISE ? IntermediateCertifications.ENTERPRISE_PREREQUISITE_HOLDERS : 1;
            List<String> holders = new ArrayList<>();
            holders(holders, DataAiCertification.AZURE_ADMINISTRATOR_ASSOCIATE, start.administrators, needed);
            holders(holders, DataAiCertification.AZURE_SOLUTIONS_ARCHITECT_EXPERT, start.architects, needed);
            String who = String.join(" and ", holders);
            String individuals = Texts.count(start.individuals, "scoring individual", "scoring individuals");
            if (start.path == Path.SMB) {
                int own = 2 * IntermediateCertifications.POINTS_PER_CERTIFICATION;
                return who + ": +" + gain + (gain > own
                        ? " (" + own + " for the prerequisites, " + (gain - own) + " unlocked for " + individuals + ")"
                        : "");
            }
            boolean one = Math.max(0, needed - start.administrators) + Math.max(0, needed - start.architects) == 1;
            return start.individuals == 0
                    ? who + (one ? " meets" : " meet") + " the prerequisites (no points until there are scoring individuals)"
                    : who + (one ? " unlocks " : " unlock ") + gain + " points for " + individuals;
        }

        private static void holders(List<String> who, DataAiCertification certification, int have, int needed) {
            int missing = needed - have;
            if (missing <= 0) {
                return;
            }
            String name = certification.displayName();
            who.add(missing == 1 && have == 1 ? "a second " + name + " (" + certification.exam() + ")"
                    : missing == 1 ? "a professional with an active " + certification.label()
                    : missing + " " + name + "s (" + certification.exam() + ")");
        }

        private String usage(int gain) {
            UsageGrowthExplanation usage = explanation.usageGrowth();
            BigDecimal target = state.current;
            BigDecimal baseline = start.baseline;
            int targetPoints = UsageGrowth.points(target, baseline);
            String acr = "ACR of at least " + Texts.usd(target) + " in " + usage.month() + " (now "
                    + Texts.usd(start.current) + ", +" + Texts.usd(target.subtract(start.current)) + ")";
            String against = " against " + Texts.usd(baseline) + " in " + usage.baselineMonth();
            if (target.compareTo(UsageGrowth.MINIMUM_CURRENT_USD) == 0) {
                return "usage growth needs the " + Texts.usd(UsageGrowth.MINIMUM_CURRENT_USD) + " minimum: " + acr
                        + against + " gives " + Texts.percent(UsageGrowth.growthPercent(target, baseline)) + " growth: +"
                        + gain;
            }
            // percentage points still missing: target % − (current − baseline) / baseline × 100, rounded up
            BigDecimal missing = BigDecimal.valueOf(targetPoints).multiply(baseline)
                    .subtract(start.current.subtract(baseline).multiply(BigDecimal.valueOf(100)))
                    .divide(baseline, 2, RoundingMode.CEILING);
            return "usage growth needs +" + Texts.percent(missing) + " to reach " + targetPoints + " %: " + acr + against
                    + ": +" + gain;
        }
    }

    // ---------------------------------------------------------------- risks

    private static List<Risk> risks(Explanation explanation, List<Metric> metrics, int total) {
        CertificationsExplanation certifications = explanation.intermediateCertifications();
        LocalDate asOfDay = certifications.asOfDay();
        LocalDate horizon = asOfDay.plusDays(RISK_HORIZON_DAYS);
        List<Risk> risks = new ArrayList<>();
        for (ProfessionalLine professional : certifications.professionals()) {
            for (CertificationLine line : professional.certifications()) {
                if (line.countsFor() == CertificationLine.CountsFor.NOTHING || line.expires() == null
                        || line.expires().isAfter(horizon)) {
                    continue;
                }
                int stake = certifications.points() - pointsWithout(certifications, professional, line);
                boolean loses = stake > 0 && (total - stake < Attainment.MINIMUM_TOTAL || certifications.points() == stake);
                String name = DataAiCertification.byId(line.id()).map(DataAiCertification::label).orElse(line.id());
                String who = professional.name() == null ? professional.professionalId()
                        : professional.name() + " (" + professional.professionalId() + ")";
                String text = name + " of " + who + " expires on " + line.expires()
                        + (stake == 0 ? ": no points lost, others hold what it counts for"
                        : ": −" + stake + " points" + (loses ? ", and the designation would be lost" : ""));
                risks.add(new Risk(Risk.Kind.CERTIFICATION_EXPIRING, INTERMEDIATE_CERTIFICATIONS,
                        professional.professionalId(), line.id(), line.expires(), stake, loses, text));
            }
        }
        risks.sort(Comparator.comparing(Risk::expires).thenComparing(Risk::professionalId).thenComparing(Risk::certificationId));
        for (Metric metric : metrics) {
            if (metric.points() == lowestNonZero(metric.id())) {
                risks.add(new Risk(Risk.Kind.METRIC_AT_MINIMUM, metric.id(), null, null, null, metric.points(), true,
                        metric.id().displayName() + " is at its lowest non-zero points (" + metric.points()
                                + "): one step less leaves it at 0 and loses the designation"));
            }
        }
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

    /** The lowest points a metric can have above 0. */
    private static int lowestNonZero(Subcategory metric) {
        return switch (metric) {
            case NET_CUSTOMER_ADDS -> NetCustomerAdds.POINTS_PER_ADD;
            case INTERMEDIATE_CERTIFICATIONS -> IntermediateCertifications.POINTS_PER_CERTIFICATION;
            case USAGE_GROWTH -> 1;
            case DEPLOYMENTS -> Deployments.POINTS_PER_DEPLOYMENT;
            default -> 0;
        };
    }
}
