package com.partnerportal.web.scorecard;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.core.scoring.RuleSets;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.persistence.customer.AcrMonthRepository;
import com.partnerportal.persistence.evidence.EvidenceAssembler;
import com.partnerportal.persistence.partner.PartnerRepository;
import com.partnerportal.persistence.snapshot.SnapshotPoint;
import com.partnerportal.persistence.settings.RuleSetSettings;
import com.partnerportal.persistence.snapshot.SnapshotRepository;
import com.partnerportal.web.support.AsOf;
import com.partnerportal.web.operations.PortalMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Computes scorecards from the database and keeps a snapshot of each (partner, month). */
@ApplicationScoped
public class ScorecardService {

    /**
     * The rule-set choice the portal scores by (shared/spec/scoring-rules-2026.md): each month by the rule set in
     * force for it, the 2026 rules from the boundary month on — the one a program admin set, else 2026-05. Snapshots
     * are kept per rule set.
     */
    public RuleSets ruleSets() {
        return RuleSets.withBoundary(settings.boundary().map(RuleSetSettings.Boundary::month)
                .orElse(RuleSets.DEFAULT_BOUNDARY));
    }

    @Inject
    EvidenceAssembler assembler;

    @Inject
    SnapshotRepository snapshots;

    @Inject
    RuleSetSettings settings;

    @Inject
    AcrMonthRepository acr;

    @Inject
    PartnerRepository partners;

    @Inject
    PortalMetrics metrics;

    Clock clock = Clock.systemUTC();

    /** The evidence of (partner, month) from approved associations; empty for an unknown partner. */
    @Transactional
    public Optional<Evidence> evidence(String partnerId, YearMonth asOf) {
        return assembler.assemble(partnerId, asOf);
    }

    /** Scores (partner, month), stores the snapshot and returns the scorecard; empty for an unknown partner. */
    @Transactional
    public Optional<Scorecard> compute(String partnerId, YearMonth asOf) {
        return assembler.assemble(partnerId, asOf).map(evidence -> {
            Scorecard scorecard = metrics.timeScoring(() -> ScoreCalculator.score(evidence, ruleSets()));
            store(scorecard);
            return scorecard;
        });
    }

    /**
     * After the partner's data changed: forgets its snapshots as of {@code from} and later (all of them when
     * null) — they were computed from data that is no longer so; the history recomputes them when next shown —
     * and recomputes its latest month at once.
     */
    @Transactional
    public void refresh(String partnerId, YearMonth from) {
        snapshots.forget(partnerId, from != null ? from : AsOf.FIRST);
        compute(partnerId, latestMonth(partnerId));
    }

    /** Recomputes every partner's scorecard for a month; returns how many were computed. */
    @Transactional
    public int recomputeAll(YearMonth asOf) {
        int computed = 0;
        for (String partnerId : partners.ids()) {
            computed += compute(partnerId, asOf).isPresent() ? 1 : 0;
        }
        return computed;
    }

    /** The latest month with ACR telemetry for the partner, or last month when there is none. */
    @Transactional
    public YearMonth latestMonth(String partnerId) {
        return acr.latestMonth(partnerId).orElseGet(() -> YearMonth.now(clock).minusMonths(1));
    }

    /** The month a request asks for ({@code asOf}, YYYY-MM; 400 when malformed), else the latest with data. */
    public YearMonth monthOrLatest(String partnerId, String asOf) {
        YearMonth month = AsOf.parse(asOf);
        return month != null ? month : latestMonth(partnerId);
    }

    /**
     * The partner's scorecards for the {@code months} months up to {@code to}, from the snapshots: each month's by
     * the rule set in force for it, or — when the month was kept under the other rule set only (the boundary moved
     * since) — that record as it is; a month without any is computed (and kept) first.
     */
    @Transactional
    public List<SnapshotPoint> history(String partnerId, YearMonth to, int months) {
        YearMonth from = to.minusMonths(months - 1L);
        Map<YearMonth, SnapshotPoint> stored = storedHistory(partnerId, from, to);
        if (stored.size() < months) {
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                if (!stored.containsKey(month)) {
                    compute(partnerId, month);
                }
            }
            stored = storedHistory(partnerId, from, to);
        }
        return List.copyOf(stored.values());
    }

    /** When the snapshot of (partner, month) was computed, if there is one. */
    @Transactional
    public Optional<OffsetDateTime> computedAt(String partnerId, YearMonth month) {
        return snapshots.computedAt(partnerId, ruleSets().forMonth(month).id(), month);
    }

    private Map<YearMonth, SnapshotPoint> storedHistory(String partnerId, YearMonth from, YearMonth to) {
        Map<YearMonth, SnapshotPoint> history = new TreeMap<>();
        RuleSets ruleSets = ruleSets();
        for (SnapshotPoint point : snapshots.history(partnerId, from, to)) {
            if (!history.containsKey(point.month()) || ruleSets.forMonth(point.month()).id().equals(point.ruleSetId())) {
                history.put(point.month(), point);
            }
        }
        return history;
    }

    private void store(Scorecard scorecard) {
        snapshots.keep(scorecard.partnerId(), scorecard.asOf(), scorecard.ruleSet().id(), scorecard.total(),
                scorecard.attained(), ScorecardJson.write(scorecard));
    }
}
