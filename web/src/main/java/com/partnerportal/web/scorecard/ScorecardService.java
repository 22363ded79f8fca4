package com.partnerportal.web.scorecard;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.scoring.RuleSets;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.persistence.evidence.EvidenceAssembler;
import com.partnerportal.persistence.ledger.LedgerRepository;
import com.partnerportal.web.ledger.HistoryMonth;
import com.partnerportal.web.ledger.ScoreLedger;
import com.partnerportal.web.ledger.ShownScorecard;
import com.partnerportal.web.support.AsOf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What the partner pages, the PDF and the API read: scorecards from the score ledger ({@link ScoreLedger}), the
 * evidence behind them, and which month a request means. Every method reads in a read-only transaction (its own,
 * or the caller's, made read-only unless it wrote already); nothing here writes.
 */
@ApplicationScoped
public class ScorecardService {

    /**
     * The rule-set choice the portal scores by (shared/spec/scoring-rules-2026.md): each month by the rule set in
     * force for it, the 2026 rules from the boundary month on — the one a program admin set, else 2026-05. The
     * ledger scores and stores every scorecard by it ({@link ScoreLedger#ruleSets}).
     */
    public RuleSets ruleSets() {
        return ledger.ruleSets();
    }

    @Inject
    EvidenceAssembler assembler;

    @Inject
    LedgerRepository ledgerRepository;

    @Inject
    ScoreLedger ledger;

    /** Makes the caller's transaction read-only (unless it wrote already): for services that only read. */
    @Transactional
    public void readOnly() {
        ledgerRepository.readOnly();
    }

    /** The evidence of (partner, month) from approved associations; empty for an unknown partner. */
    @Transactional
    public Optional<Evidence> evidence(String partnerId, YearMonth asOf) {
        ledgerRepository.readOnly();
        return assembler.assemble(partnerId, asOf);
    }

    /** The scorecard of (partner, month) as the ledger has it, with what it is; empty for an unknown partner. */
    public Optional<ShownScorecard> shown(String partnerId, YearMonth asOf) {
        return ledger.scorecard(partnerId, asOf);
    }

    /** The scorecard of (partner, month) as the ledger has it; empty for an unknown partner. */
    public Optional<Scorecard> scorecard(String partnerId, YearMonth asOf) {
        return ledger.scorecard(partnerId, asOf).map(ShownScorecard::scorecard);
    }

    /** The partner's months up to {@code to} as recorded (see {@link ScoreLedger#history}). */
    public List<HistoryMonth> history(String partnerId, YearMonth to, int months) {
        return ledger.history(partnerId, to, months);
    }

    /** The same months recomputed from today's data, for the labelled comparison. */
    public List<HistoryMonth> recomputedHistory(String partnerId, YearMonth to, int months) {
        return ledger.recomputedHistory(partnerId, to, months);
    }

    /**
     * The month a partner's pages show by default: its latest month with ACR telemetry, but never after the open
     * month (a month not yet complete); the open month when it has no telemetry.
     */
    @Transactional
    public YearMonth latestMonth(String partnerId) {
        ledgerRepository.readOnly();
        YearMonth open = ledger.openMonth();
        return ledgerRepository.latestAcrMonth(partnerId).filter(month -> month.isBefore(open)).orElse(open);
    }

    /** The month a request asks for ({@code asOf}, YYYY-MM; 400 when malformed), else {@link #latestMonth}. */
    public YearMonth monthOrLatest(String partnerId, String asOf) {
        YearMonth month = AsOf.parse(asOf);
        return month != null ? month : latestMonth(partnerId);
    }
}
