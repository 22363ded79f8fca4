package com.partnerportal.web.ledger;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.core.evidence.json.ScorecardJsonReader;
import com.partnerportal.core.ledger.DesignationRisk;
import com.partnerportal.core.ledger.LedgerCalendar;
import com.partnerportal.core.ledger.LedgerEntry;
import com.partnerportal.core.ledger.MonthStanding;
import com.partnerportal.core.ledger.Restatement;
import com.partnerportal.core.scoring.RuleSets;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.evidence.EvidenceAssembler;
import com.partnerportal.persistence.evidence.EvidenceBatchAssembler;
import com.partnerportal.persistence.ledger.LedgerBatchWriter;
import com.partnerportal.persistence.ledger.LedgerPoint;
import com.partnerportal.persistence.ledger.LedgerRepository;
import com.partnerportal.persistence.ledger.ScorecardFigures;
import com.partnerportal.persistence.ledger.StoredMonth;
import com.partnerportal.persistence.settings.RuleSetSettings;
import com.partnerportal.web.operations.PortalMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The score ledger: the open month kept current by the writes that change evidence, the close that freezes
 * it, restatements, and reads that never write.
 *
 * <p><b>Keeping the open month current</b> happens in the transaction of the write ({@link #evidenceChanged}):
 * the scorecard commits with the evidence that changed it or not at all, so no crash can leave a stale open
 * month and no queue has to be replayed. A per-partner advisory lock makes two writers of one partner score
 * one after the other, the later one seeing the earlier one's committed change.
 */
@ApplicationScoped
public class ScoreLedger {

    /** The month close's transaction may last this long (seconds): every partner's scorecard in one transaction. */
    public static final int CLOSE_TRANSACTION_TIMEOUT = 3600;


    private static final Logger LOG = Logger.getLogger(ScoreLedger.class);

    @Inject
    LedgerRepository ledger;

    @Inject
    RuleSetSettings settings;

    @Inject
    EvidenceAssembler assembler;

    @Inject
    EvidenceBatchAssembler batchAssembler;

    @Inject
    LedgerBatchWriter batchWriter;

    @Inject
    AuditLog audit;

    @Inject
    PortalMetrics metrics;

    Clock clock = Clock.systemUTC();

    /** Partners per chunk of the month close's set-based path. */
    @ConfigProperty(name = "portal.ledger.close-chunk-size", defaultValue = "500")
    int closeChunkSize;

    /**
     * The rule-set choice every scorecard of the ledger is scored by (shared/spec/scoring-rules-2026.md): each
     * month by the rule set in force for it, the 2026 rules from the boundary month on — the one a program admin
     * set, else {@link RuleSets#DEFAULT_BOUNDARY}. Each stored version keeps the id of the rule set it was scored by.
     */
    public RuleSets ruleSets() {
        return RuleSets.withBoundary(settings.boundary().map(RuleSetSettings.Boundary::month)
                .orElse(RuleSets.DEFAULT_BOUNDARY));
    }

    /**
     * The rule-set choice as the database has it in this transaction (not the value kept for reads): every write to
     * the ledger scores by it, after taking its ledger lock, so that a write serialised after a boundary move
     * ({@link #holdWrites}) stores what the moved boundary says, on any node.
     */
    private RuleSets ruleSetsNow() {
        return RuleSets.withBoundary(settings.current().map(RuleSetSettings.Boundary::month)
                .orElse(RuleSets.DEFAULT_BOUNDARY));
    }

    /**
     * Waits until no transaction is writing to the ledger and keeps new writes waiting until this transaction ends
     * (a change of what scoring depends on, such as the rule-set boundary, is then seen by every later write).
     */
    @Transactional(TxType.MANDATORY)
    public void holdWrites() {
        ledger.lockForClose();
    }

    /** The open as-of month now. */
    public YearMonth openMonth() {
        return LedgerCalendar.openMonth(clock);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    // ------------------------------------------------------------------------------------------------------
    // Writes that change evidence

    /**
     * Re-scores the partner's open month in the caller's transaction, after a write that changed its evidence
     * (an import, a review decision, a withdrawal, a specialization or setting that changes scoring).
     */
    @Transactional(TxType.MANDATORY)
    public void evidenceChanged(String partnerId) {
        ledger.lockPartner(partnerId);
        YearMonth open = openMonth();
        figures(partnerId, open, ruleSetsNow()).ifPresent(figures -> ledger.keepOpen(partnerId, open, figures));
    }

    /** Scores (partner, month) from the data as it stands: the figures the ledger stores; empty if no partner. */
    private Optional<ScorecardFigures> figures(String partnerId, YearMonth month, RuleSets ruleSets) {
        return assembler.assemble(partnerId, month).map(evidence -> figures(evidence, ruleSets));
    }

    /** What the ledger stores of one partner's evidence, scored by core. */
    private ScorecardFigures figures(Evidence evidence, RuleSets ruleSets) {
        Scorecard scorecard = metrics.timeScoring(() -> ScoreCalculator.score(evidence, ruleSets));
        return new ScorecardFigures(scorecard.ruleSet().id(), scorecard.total(), scorecard.attained(),
                scorecard.path().name(), DesignationRisk.designationLostOn(evidence, scorecard)
                        .orElse(null),
                ScorecardJson.writeStored(scorecard));
    }

    /** What one chunk of the set-based path scored: figures by partner id, and the partners whose scoring failed. */
    public record ChunkFigures(Map<String, ScorecardFigures> figures, List<String> failed) {
    }

    /**
     * Scores a chunk of partners for a month, set-based: their evidence read with one query per table, each
     * customer's ACR as the five figures the rules read, summed by PostgreSQL
     * ({@link EvidenceBatchAssembler#assembleSummed}), each partner scored by core; a partner whose scoring throws is
     * reported and the others go on. Unknown partners are left out.
     */
    private ChunkFigures chunkFigures(Collection<String> partnerIds, YearMonth month, RuleSets ruleSets) {
        Map<String, ScorecardFigures> figures = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        long started = System.nanoTime();
        Map<String, Evidence> evidence = batchAssembler.assembleSummed(partnerIds, month);
        long read = System.nanoTime();
        evidence.forEach((partnerId, partnerEvidence) -> {
            try {
                figures.put(partnerId, figures(partnerEvidence, ruleSets));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Score ledger: scoring %s for %s failed", partnerId, month);
                failed.add(partnerId);
            }
        });
        LOG.debugf("Score ledger: %d partners of %s read in %d ms, scored in %d ms", evidence.size(), month,
                (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return new ChunkFigures(figures, failed);
    }

    /**
     * Re-scores the open month of a chunk of partners in the caller's transaction, set-based (the recompute job):
     * the chunk's ledger locks in id order, its evidence in one query per table, scored in core, and its open
     * versions written by one statement. Returns what was scored and what failed.
     */
    @Transactional(TxType.MANDATORY)
    public ChunkFigures recomputeOpen(Collection<String> partnerIds) {
        batchWriter.lockPartners(partnerIds);
        YearMonth open = openMonth();
        ChunkFigures chunk = chunkFigures(partnerIds, open, ruleSetsNow());
        long started = System.nanoTime();
        batchWriter.keepOpen(open, chunk.figures());
        LOG.debugf("Score ledger: %d open versions written in %d ms", chunk.figures().size(),
                (System.nanoTime() - started) / 1_000_000);
        return chunk;
    }

    /** {@link #evidenceChanged} for several partners, in id order (the order every ledger lock is taken in). */
    @Transactional(TxType.MANDATORY)
    public void evidenceChanged(Collection<String> partnerIds) {
        for (String partnerId : new TreeSet<>(partnerIds)) {
            evidenceChanged(partnerId);
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Closing

    /** Whether the partner has any recorded (or restated) month. */
    public boolean anyRecorded(String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> ledger.hasFrozen(partnerId));
    }

    /**
     * Records a closed month for the given partners, as its close would have (the demo data seeds its history so):
     * marks the month closed if it was not, and freezes each partner's version 1 unless it is recorded already.
     */
    public void recordClosed(List<String> partnerIds, YearMonth month, String recordedBy) {
        if (!month.isBefore(openMonth())) {
            throw new IllegalArgumentException("not a closed month: " + month);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (ledger.claimClose(month, recordedBy)) {
                ledger.closedPartners(month, partnerIds.size());
            }
            for (String partnerId : new TreeSet<>(partnerIds)) {
                ledger.lockPartner(partnerId);
                figures(partnerId, month, ruleSetsNow()).ifPresent(figures -> ledger.record(partnerId, month, figures,
                        "month close (" + recordedBy + ")"));
            }
        });
    }

    /**
     * Makes every close that is due, oldest month first, each in its own transaction; returns what was
     * closed (nothing when another node closed the months, or nothing was due).
     */
    public List<MonthClose> closeDue(String closedBy) {
        YearMonth open = openMonth();
        List<YearMonth> due = QuarkusTransaction.requiringNew()
                .call(() -> LedgerCalendar.monthsToClose(ledger.lastClosedMonth(), open));
        List<MonthClose> closes = new ArrayList<>();
        for (YearMonth month : due) {
            close(month, open, closedBy).ifPresent(closes::add);
        }
        return closes;
    }

    /**
     * Closes {@code month} in one transaction: claims its close row (exactly one transaction across all nodes
     * gets it), waits for in-flight evidence writes, records every partner's scorecard of the month from the
     * data as it stands and, when {@code month} is the one just before {@code open}, writes every partner's
     * open-month scorecard. Empty when the month was closed already (by this node or another).
     */
    public Optional<MonthClose> close(YearMonth month, YearMonth open, String closedBy) {
        long started = System.nanoTime();
        return QuarkusTransaction.requiringNew().timeout(CLOSE_TRANSACTION_TIMEOUT).call(() -> {
            if (!ledger.claimClose(month, closedBy)) {
                return Optional.<MonthClose>empty();
            }
            ledger.lockForClose();
            RuleSets ruleSets = ruleSetsNow();
            String recordedBy = "month close (" + closedBy + ")";
            int partners = 0;
            List<String> all = ledger.partnerIds();
            // The recompute's set-based path, chunk by chunk, in this one transaction (it holds the close row).
            for (int from = 0; from < all.size(); from += closeChunkSize) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + closeChunkSize));
                ChunkFigures recorded = chunkFigures(chunk, month, ruleSets);
                if (!recorded.failed().isEmpty()) {
                    throw new IllegalStateException("the close of " + month + " could not score "
                            + recorded.failed() + "; nothing is recorded (see the log)");
                }
                batchWriter.record(month, recorded.figures(), recordedBy);
                partners += recorded.figures().size();
                if (month.plusMonths(1).equals(open)) {
                    ChunkFigures current = chunkFigures(recorded.figures().keySet(), open, ruleSets);
                    batchWriter.keepOpen(open, current.figures());
                }
            }
            ledger.closedPartners(month, partners);
            audit.record(closedBy, "MONTH_CLOSED", null, "ledger_month", month.toString(), null,
                    Map.of("month", month.toString(), "partners", partners), null);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            LOG.infof("Score ledger: closed %s for %d partners in %d ms (%s)", month, partners, took.toMillis(),
                    closedBy);
            return Optional.of(new MonthClose(month, partners, took));
        });
    }

    // ------------------------------------------------------------------------------------------------------
    // Restating

    /**
     * Restates a closed month for the given partners (one, or every partner): each gets a new version scored
     * from the data as it stands, the recorded version stays, and one audit event per partner names both.
     * Returns how many partners were restated. The caller validated the input with {@link Restatement}.
     */
    @Transactional
    public int restate(List<String> partnerIds, YearMonth month, String reason, String actor) {
        List<String> problems = Restatement.problems(month, reason, today());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        String why = reason.strip();
        int restated = 0;
        for (String partnerId : new TreeSet<>(partnerIds)) {
            ledger.lockPartner(partnerId);
            Optional<ScorecardFigures> figures = figures(partnerId, month, ruleSetsNow());
            if (figures.isEmpty()) {
                continue;
            }
            List<LedgerEntry> versions = ledger.versions(partnerId, month);
            int version = Restatement.nextVersion(versions);
            ScorecardFigures now = figures.get();
            ledger.restate(partnerId, month, version, now, actor, why);
            Map<String, Object> before = versions.isEmpty() ? null : figures(versions.get(versions.size() - 1));
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("month", month.toString());
            after.put("version", version);
            after.put("total", now.total());
            after.put("attained", now.attained());
            audit.record(actor, "SCORECARD_RESTATED", partnerId, "scorecard_ledger",
                    partnerId + "/" + month + "/v" + version, before, after, why);
            restated++;
        }
        return restated;
    }

    private static Map<String, Object> figures(LedgerEntry entry) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("month", entry.month().toString());
        figures.put("version", entry.version());
        figures.put("state", entry.state().name());
        figures.put("total", entry.total());
        figures.put("attained", entry.attained());
        return figures;
    }

    // ------------------------------------------------------------------------------------------------------
    // Reads: one read-only transaction each; nothing is ever written

    /**
     * The scorecard of (partner, month) as stored — the open month's, or the latest version of a closed one —
     * or, when none is stored, computed from current data and labelled so. Empty for an unknown partner.
     */
    @Transactional
    public Optional<ShownScorecard> scorecard(String partnerId, YearMonth month) {
        ledger.readOnly();
        return shown(partnerId, month);
    }

    private Optional<ShownScorecard> shown(String partnerId, YearMonth month) {
        Optional<StoredMonth> stored = ledger.month(partnerId, month);
        if (stored.isPresent()) {
            MonthStanding standing = MonthStanding.of(month, stored.get().versions());
            return Optional.of(new ShownScorecard(ScorecardJsonReader.read(stored.get().latestScorecardJson()),
                    standing));
        }
        return assembler.assemble(partnerId, month).map(this::score)
                .map(scorecard -> new ShownScorecard(scorecard, MonthStanding.of(month, List.of())));
    }

    /**
     * The partner's {@code months} months up to {@code to} as the ledger has them: each month's shown version,
     * and for a month with none, its score computed read-only from current data (labelled not recorded).
     */
    @Transactional
    public List<HistoryMonth> history(String partnerId, YearMonth to, int months) {
        ledger.readOnly();
        YearMonth from = to.minusMonths(months - 1L);
        Map<YearMonth, List<LedgerPoint>> stored = new LinkedHashMap<>();
        for (LedgerPoint point : ledger.history(partnerId, from, to)) {
            stored.computeIfAbsent(point.entry().month(), m -> new ArrayList<>()).add(point);
        }
        List<HistoryMonth> history = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            List<LedgerPoint> versions = stored.get(month);
            if (versions != null) {
                LedgerPoint shown = versions.get(versions.size() - 1);
                MonthStanding standing = MonthStanding.of(month,
                        versions.stream().map(LedgerPoint::entry).toList());
                history.add(new HistoryMonth(month, shown.entry().total(), shown.entry().attained(), shown.points(),
                        shown.entry().ruleSetId(), standing));
            } else {
                Optional<Scorecard> computed = assembler.assemble(partnerId, month).map(this::score);
                if (computed.isPresent()) {
                    history.add(computedMonth(computed.get()));
                }
            }
        }
        return history;
    }

    /**
     * The same months recomputed from today's data (what they would be now), for the labelled comparison
     * beside the recorded history. Read-only.
     */
    @Transactional
    public List<HistoryMonth> recomputedHistory(String partnerId, YearMonth to, int months) {
        ledger.readOnly();
        List<HistoryMonth> history = new ArrayList<>();
        for (YearMonth month = to.minusMonths(months - 1L); !month.isAfter(to); month = month.plusMonths(1)) {
            assembler.assemble(partnerId, month).map(this::score)
                    .ifPresent(scorecard -> history.add(computedMonth(scorecard)));
        }
        return history;
    }

    /** Scores through core by the portal's rule-set choice, timed in the metrics. */
    private Scorecard score(Evidence evidence) {
        return metrics.timeScoring(() -> ScoreCalculator.score(evidence, ruleSets()));
    }

    private static HistoryMonth computedMonth(Scorecard scorecard) {
        return new HistoryMonth(scorecard.asOf(), scorecard.total(), scorecard.attained(),
                scorecard.metrics().stream().map(metric -> metric.points()).toList(), scorecard.ruleSet().id(),
                MonthStanding.of(scorecard.asOf(), List.of()));
    }
}
