package com.partnerportal.core.lifecycle;

import com.partnerportal.core.lifecycle.Decision.Action;
import com.partnerportal.core.lifecycle.Decision.Reason;
import com.partnerportal.core.lifecycle.DesignationStatus.State;
import com.partnerportal.core.lifecycle.QualificationWindow.WindowMonth;
import com.partnerportal.core.lifecycle.Transition.AnniversaryCorrected;
import com.partnerportal.core.lifecycle.Transition.BenefitsActivated;
import com.partnerportal.core.lifecycle.Transition.Enrolled;
import com.partnerportal.core.lifecycle.Transition.Lapsed;
import com.partnerportal.core.lifecycle.Transition.Renewed;
import com.partnerportal.core.program.BenefitCatalogue;
import com.partnerportal.core.program.Benefits;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The designation lifecycle of Solutions Partner for Data & AI (Azure), as
 * {@code ../shared/spec/designation-lifecycle.md} reads the guide: a pure function of the recorded
 * months, the anniversary date and the partner's past transitions.
 *
 * <p>The transitions are replayed in order of their day (same-day ones in the order given). Between
 * them time does its part: at the end of a designation year the renewed year takes over, or, without
 * a renewal, the designation lapses on the anniversary date. That lapse is derived, so every page sees
 * it on the day; {@link #lapsesDue} names each derived lapse not yet acknowledged by a recorded
 * {@link Lapsed}, so the lapse job records it exactly once. A history that could not have happened
 * (a renewal outside the renewal days, an activation without a designation, a lapse that was not due)
 * is refused with {@link IllegalArgumentException}.
 *
 * <p>Recorded months are never re-judged for the past: an enrolment stays what it was even when its
 * month is restated later; only decisions of the day read the months.
 */
public final class DesignationLifecycle {

    /** Renewal days: the 30 days before the anniversary date (spec "States", 5). */
    public static final int RENEWAL_DAYS = 30;

    private final SortedMap<YearMonth, RecordedMonth> months;
    private final LocalDate storedAnniversary;
    private final List<Transition> transitions;

    /**
     * @param months the recorded months (closed months' recorded scorecards and the open month's current one)
     * @param anniversary the partner's stored anniversary date; null when none is stored
     * @param transitions the partner's past transitions, in the order they were recorded
     */
    public DesignationLifecycle(Collection<RecordedMonth> months, LocalDate anniversary,
            List<? extends Transition> transitions) {
        TreeMap<YearMonth, RecordedMonth> byMonth = new TreeMap<>();
        for (RecordedMonth month : months) {
            if (byMonth.put(month.month(), month) != null) {
                throw new IllegalArgumentException("month " + month.month() + " is recorded twice");
            }
        }
        this.months = Collections.unmodifiableSortedMap(byMonth);
        this.storedAnniversary = anniversary;
        List<Transition> ordered = new ArrayList<>(transitions);
        ordered.forEach(transition -> Objects.requireNonNull(transition, "transition"));
        ordered.sort(Comparator.comparing(Transition::on)); // stable: same-day ones keep their order
        this.transitions = List.copyOf(ordered);
        Replay everything = replay(LocalDate.MAX);
        if (storedAnniversary != null && !storedAnniversary.equals(everything.anniversary)) {
            throw new IllegalArgumentException("the stored anniversary " + storedAnniversary
                    + " is not the one the transitions leave (" + everything.anniversary + ")");
        }
    }

    /** The transitions in the order the lifecycle takes them. */
    public List<Transition> transitions() {
        return transitions;
    }

    /** The qualification window of a day, each month with its record. */
    public QualificationWindow window(LocalDate day) {
        List<WindowMonth> window = new ArrayList<>(QualificationWindow.MONTHS);
        for (YearMonth month : QualificationWindow.monthsOf(day)) {
            window.add(new WindowMonth(month, months.get(month)));
        }
        return new QualificationWindow(day, window);
    }

    /** The designation on a day, from the transitions that took effect on or before it. */
    public DesignationStatus statusOn(LocalDate day) {
        Replay replay = replay(day);
        QualificationWindow window = window(day);
        if (!replay.holding()) {
            return new DesignationStatus(day, replay.lapsedOn == null ? State.NOT_ENROLLED : State.LAPSED, null,
                    replay.lapsedOn, replay.anniversary, null, null, null, null, false, List.of(), window);
        }
        DesignationYear year = replay.year;
        State state = year.renewal() || replay.renewed != null ? State.RENEWED : State.ENROLLED;
        Benefits benefits = year.benefitsActiveOn(day) ? benefitsOn(year, day) : null;
        List<YearMonth> monthsLeft = replay.renewed == null ? renewalMonthsLeft(year.until(), day) : List.of();
        return new DesignationStatus(day, state, replay.enrolledSince, null, replay.anniversary, year,
                replay.renewed, benefits, year.until().minusDays(RENEWAL_DAYS), !monthsLeft.isEmpty(), monthsLeft,
                window);
    }

    /** Enrol (spec 1): when the designation is not held and a month of the day's window qualifies. */
    public Decision mayEnrol(LocalDate day) {
        Replay replay = replayForDecision(day);
        if (replay.holding()) {
            return Decision.refuse(Action.ENROL, Reason.ALREADY_ENROLLED, "Already enrolled since "
                    + replay.enrolledSince + "; the designation runs to " + replay.year.until() + ".");
        }
        QualificationWindow window = window(day);
        if (!window.qualifies()) {
            return Decision.refuse(Action.ENROL, Reason.NOT_QUALIFIED_IN_WINDOW, notQualified(window));
        }
        RecordedMonth month = window.latestQualifying().orElseThrow();
        Track track = window.track();
        return Decision.allow(Action.ENROL, "May enrol: " + month.month() + " qualifies (" + month.total()
                + " points); track " + track.displayName() + ".",
                new Enrolled(day, month.month(), month.total(), track));
    }

    /** Activate benefits (spec 3): while the designation is held and its year's benefits are not activated. */
    public Decision mayActivateBenefits(LocalDate day) {
        Replay replay = replayForDecision(day);
        if (!replay.holding()) {
            return notHeld(Action.ACTIVATE_BENEFITS, replay, "activate benefits");
        }
        if (!replay.needsActivation()) {
            DesignationYear latest = replay.renewed == null ? replay.year : replay.renewed;
            return Decision.refuse(Action.ACTIVATE_BENEFITS, Reason.BENEFITS_ALREADY_ACTIVATED,
                    "The benefits were activated on " + latest.benefitsActivatedOn() + " for the year to "
                            + latest.until() + ".");
        }
        return Decision.allow(Action.ACTIVATE_BENEFITS, "May activate the benefits of the year to "
                + (replay.renewed == null ? replay.year : replay.renewed).until() + ".", new BenefitsActivated(day));
    }

    /** Renew (spec 5): in the renewal days, once per anniversary, when a month of the day's window qualifies. */
    public Decision mayRenew(LocalDate day) {
        Replay replay = replayForDecision(day);
        if (!replay.holding()) {
            return notHeld(Action.RENEW, replay, "renew");
        }
        LocalDate anniversary = replay.year.until();
        if (replay.renewed != null) {
            return Decision.refuse(Action.RENEW, Reason.ALREADY_RENEWED, "Already renewed on "
                    + replay.renewed.decidedOn() + " for the year from " + anniversary + ".");
        }
        LocalDate opens = anniversary.minusDays(RENEWAL_DAYS);
        if (day.isBefore(opens)) {
            return Decision.refuse(Action.RENEW, Reason.BEFORE_RENEWAL_DAYS, "Renewal opens on " + opens
                    + ", " + RENEWAL_DAYS + " days before the anniversary date " + anniversary + ".");
        }
        QualificationWindow window = window(day);
        if (!window.qualifies()) {
            return Decision.refuse(Action.RENEW, Reason.NOT_QUALIFIED_IN_WINDOW, notQualified(window)
                    + " Without a renewal the designation lapses on " + anniversary + ".");
        }
        RecordedMonth month = window.latestQualifying().orElseThrow();
        Track track = window.track();
        return Decision.allow(Action.RENEW, "May renew: " + month.month() + " qualifies (" + month.total()
                + " points); track " + track.displayName() + " for the year from " + anniversary + ".",
                new Renewed(day, month.month(), month.total(), track));
    }

    /** Correct the anniversary date (spec 6): audited; the record of what happened stays. */
    public Decision mayCorrectAnniversary(LocalDate day, LocalDate corrected) {
        Objects.requireNonNull(corrected, "corrected");
        Replay replay = replayForDecision(day);
        if (corrected.equals(replay.anniversary)) {
            return Decision.refuse(Action.CORRECT_ANNIVERSARY, Reason.ANNIVERSARY_UNCHANGED,
                    "The anniversary date is already " + corrected + ".");
        }
        return Decision.allow(Action.CORRECT_ANNIVERSARY, "May correct the anniversary date from "
                + (replay.anniversary == null ? "none" : replay.anniversary) + " to " + corrected + ".",
                new AnniversaryCorrected(day, replay.anniversary, corrected));
    }

    /**
     * The lapses due by a day that no recorded {@link Lapsed} acknowledges yet, oldest first: what the lapse
     * job records (once each), also for days it missed.
     */
    public List<Lapsed> lapsesDue(LocalDate day) {
        Replay replay = replay(day);
        List<Lapsed> due = new ArrayList<>();
        replay.lapses.forEach((on, acknowledged) -> {
            if (!acknowledged) {
                due.add(new Lapsed(on));
            }
        });
        return due;
    }

    /**
     * The next anniversary strictly after a day, for an anniversary recurring on its day of the year (29
     * February falls on 28 February in other years).
     */
    public static LocalDate nextAnniversary(LocalDate anniversary, LocalDate after) {
        LocalDate candidate = anniversary.withYear(after.getYear());
        return candidate.isAfter(after) ? candidate : anniversary.withYear(after.getYear() + 1);
    }

    // ----------------------------------------------------------------------------------------------

    private Replay replayForDecision(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (!transitions.isEmpty() && day.isBefore(transitions.get(transitions.size() - 1).on())) {
            throw new IllegalArgumentException("a decision on " + day + " comes after the last transition ("
                    + transitions.get(transitions.size() - 1).on() + ")");
        }
        return replay(day);
    }

    private Replay replay(LocalDate day) {
        Replay replay = new Replay(initialAnniversary());
        for (Transition transition : transitions) {
            if (transition.on().isAfter(day)) {
                break;
            }
            replay.advanceTo(transition.on());
            replay.apply(transition);
        }
        replay.advanceTo(day);
        return replay;
    }

    private LocalDate initialAnniversary() {
        // The first correction's previous date, even when it is null (no anniversary date before it).
        for (Transition transition : transitions) {
            if (transition instanceof AnniversaryCorrected correction) {
                return correction.previous();
            }
        }
        return storedAnniversary;
    }

    /**
     * The benefit figures of the year on a day (spec 3): those of the qualifying month's scorecard, with
     * the specializations stacked then; a specialization recorded in a later month adds its benefits from
     * that month on (the count never falls within the year, and each month's count is within the cap).
     */
    private Benefits benefitsOn(DesignationYear year, LocalDate day) {
        YearMonth open = QualificationWindow.openMonth(day);
        int stacked = 0;
        if (!open.isBefore(year.qualifyingMonth())) {
            for (RecordedMonth month : months.subMap(year.qualifyingMonth(), open.plusMonths(1)).values()) {
                stacked = Math.max(stacked, month.stackedSpecializations());
            }
        }
        return BenefitCatalogue.entitlement(BenefitCatalogue.DATA_AI_AZURE, stacked);
    }

    /**
     * Renewal at risk (spec 4): not renewed, and neither the open month nor any recorded month a renewal
     * could still use qualifies. A renewal on day R can use the months of R's window; the renewal days
     * still to come start at {@code max(day, anniversary − 30)}, so the usable months run from that day's
     * window start to the open month of the last renewal day. The months left are those from the open
     * month on: the open one may still change, the later ones are not recorded yet. Empty: not at risk.
     */
    private List<YearMonth> renewalMonthsLeft(LocalDate anniversary, LocalDate day) {
        LocalDate renewalOpens = anniversary.minusDays(RENEWAL_DAYS);
        LocalDate earliestRenewal = day.isAfter(renewalOpens) ? day : renewalOpens;
        YearMonth usableFrom = QualificationWindow.monthsOf(earliestRenewal).get(0);
        YearMonth usableTo = QualificationWindow.openMonth(anniversary.minusDays(1));
        YearMonth open = QualificationWindow.openMonth(day);
        if (qualifies(open)) {
            return List.of();
        }
        for (YearMonth month = usableFrom; !month.isAfter(open) && !month.isAfter(usableTo);
                month = month.plusMonths(1)) {
            if (qualifies(month)) {
                return List.of();
            }
        }
        List<YearMonth> left = new ArrayList<>();
        for (YearMonth month = open.isAfter(usableFrom) ? open : usableFrom; !month.isAfter(usableTo);
                month = month.plusMonths(1)) {
            left.add(month);
        }
        return left;
    }

    private boolean qualifies(YearMonth month) {
        RecordedMonth recorded = months.get(month);
        return recorded != null && recorded.qualifies();
    }

    private static String notQualified(QualificationWindow window) {
        return "No month of the qualification window " + window.span()
                + " qualifies (at least 70 points with a point in every metric).";
    }

    private static Decision notHeld(Action action, Replay replay, String what) {
        if (replay.lapsedOn != null) {
            return Decision.refuse(action, Reason.LAPSED, "The designation lapsed on " + replay.lapsedOn
                    + "; enrol again to " + what + ".");
        }
        return Decision.refuse(action, Reason.NOT_ENROLLED, "Not enrolled: enrol first to " + what + ".");
    }

    /** The state the transitions leave, advanced through the anniversaries up to a day. */
    private static final class Replay {

        LocalDate anniversary;
        LocalDate enrolledSince;
        DesignationYear year;
        DesignationYear renewed;
        LocalDate lapsedOn;
        /** Every derived lapse, and whether a recorded {@link Lapsed} acknowledges it. */
        final Map<LocalDate, Boolean> lapses = new LinkedHashMap<>();

        Replay(LocalDate anniversary) {
            this.anniversary = anniversary;
        }

        boolean holding() {
            return year != null;
        }

        boolean needsActivation() {
            return !year.benefitsActivated() || renewed != null && !renewed.benefitsActivated();
        }

        /** Lets the anniversaries up to and including {@code day} pass: roll over to the renewed year, or lapse. */
        void advanceTo(LocalDate day) {
            while (year != null && !year.until().isAfter(day)) {
                if (renewed != null) {
                    year = renewed;
                    renewed = null;
                } else {
                    lapsedOn = year.until();
                    lapses.put(lapsedOn, Boolean.FALSE);
                    year = null;
                    enrolledSince = null;
                }
            }
        }

        void apply(Transition transition) {
            if (transition instanceof Enrolled enrolled) {
                enrol(enrolled);
            } else if (transition instanceof BenefitsActivated activated) {
                activate(activated);
            } else if (transition instanceof Renewed renewal) {
                renew(renewal);
            } else if (transition instanceof Lapsed lapsed) {
                acknowledge(lapsed);
            } else if (transition instanceof AnniversaryCorrected correction) {
                correct(correction);
            }
        }

        private void enrol(Enrolled enrolled) {
            if (holding()) {
                throw refused(enrolled, "the designation is held since " + enrolledSince);
            }
            if (anniversary == null) {
                anniversary = enrolled.on(); // spec "Terms": the day of the first enrolment
            }
            enrolledSince = enrolled.on();
            lapsedOn = null;
            year = new DesignationYear(enrolled.on(), nextAnniversary(anniversary, enrolled.on()), false,
                    enrolled.on(), enrolled.track(), enrolled.qualifyingMonth(), enrolled.score(), null);
        }

        private void activate(BenefitsActivated activated) {
            if (!holding()) {
                throw refused(activated, "the designation is not held");
            }
            if (!needsActivation()) {
                throw refused(activated, "the benefits are already activated");
            }
            if (!year.benefitsActivated()) {
                year = year.activatedOn(activated.on());
            }
            if (renewed != null && !renewed.benefitsActivated()) {
                renewed = renewed.activatedOn(activated.on());
            }
        }

        private void renew(Renewed renewal) {
            if (!holding()) {
                throw refused(renewal, "the designation is not held");
            }
            if (renewed != null) {
                throw refused(renewal, "it was already renewed on " + renewed.decidedOn());
            }
            if (renewal.on().isBefore(year.until().minusDays(RENEWAL_DAYS))) {
                throw refused(renewal, "the renewal days before " + year.until() + " had not begun");
            }
            renewed = new DesignationYear(year.until(), nextAnniversary(anniversary, year.until()), true,
                    renewal.on(), renewal.track(), renewal.qualifyingMonth(), renewal.score(), null);
        }

        private void acknowledge(Lapsed lapsed) {
            if (!Boolean.FALSE.equals(lapses.get(lapsed.on()))) {
                throw refused(lapsed, "no designation lapsed on that day that was not recorded already");
            }
            lapses.put(lapsed.on(), Boolean.TRUE);
        }

        private void correct(AnniversaryCorrected correction) {
            if (!Objects.equals(correction.previous(), anniversary)) {
                throw refused(correction, "the anniversary date was " + anniversary + ", not " + correction.previous());
            }
            anniversary = correction.corrected();
            if (holding()) {
                LocalDate until = nextAnniversary(anniversary, correction.on());
                year = year.movedTo(year.from(), until);
                if (renewed != null) {
                    renewed = renewed.movedTo(until, nextAnniversary(anniversary, until));
                }
            }
        }

        private static IllegalArgumentException refused(Transition transition, String why) {
            return new IllegalArgumentException("\"" + transition.description() + "\" cannot follow: " + why);
        }
    }
}
