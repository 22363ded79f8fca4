package com.partnerportal.persistence.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerportal.core.ledger.LedgerEntry;
import com.partnerportal.core.ledger.LedgerState;
import com.partnerportal.persistence.query.Scalars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.Session;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every statement on the score ledger ({@code scorecard_ledger}) and its closes ({@code ledger_month_close}).
 * Writes join the caller's transaction ({@link TxType#MANDATORY}): the ledger changes with the evidence that
 * changed it, or not at all.
 */
@ApplicationScoped
public class LedgerRepository {

    /** Advisory-lock class of the per-partner ledger lock (the other key is the partner id's hash). */
    static final int PARTNER_LOCK_CLASS = 110_011;
    /** Advisory-lock class of the close lock: writes hold it shared, a month close exclusively. */
    static final int CLOSE_LOCK_CLASS = 110_012;

    private static final String ENTRY_COLUMNS = """
            partner_id, as_of, version, state, rule_set_id, total, attained, computed_at, recorded_at, recorded_by,
            reason
            """;

    private static final ObjectMapper POINTS = new ObjectMapper();

    private static final Object READ_ONLY_KEY = LedgerRepository.class.getName() + ".readOnly";

    @Inject
    EntityManager em;

    @Inject
    LedgerBatchWriter batch;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Serialises the ledger writes of one partner until the transaction ends, so that of two transactions
     * changing its evidence the later one scores after the earlier one committed (and sees its change).
     */
    @Transactional(TxType.MANDATORY)
    public void lockPartner(String partnerId) {
        em.flush();
        em.createNativeQuery("""
                select cast(pg_advisory_xact_lock_shared(?1, 0) as text), cast(pg_advisory_xact_lock(?2, hashtext(?3)) as text)""")
                .setParameter(1, CLOSE_LOCK_CLASS)
                .setParameter(2, PARTNER_LOCK_CLASS)
                .setParameter(3, partnerId)
                .getSingleResult();
    }

    /**
     * Waits until no transaction is writing to the ledger and keeps new writes waiting until this transaction
     * ends: a month close sees every committed change and records every partner at one point in time.
     */
    @Transactional(TxType.MANDATORY)
    public void lockForClose() {
        em.flush();
        em.createNativeQuery("select cast(pg_advisory_xact_lock(?1, 0) as text)")
                .setParameter(1, CLOSE_LOCK_CLASS)
                .getSingleResult();
    }

    /**
     * Makes the current transaction read-only — PostgreSQL then refuses any write in it — unless it has written
     * already (a read that joins a writer's transaction leaves it as it is). Once per transaction.
     */
    @Transactional(TxType.MANDATORY)
    public void readOnly() {
        if (transactions.getResource(READ_ONLY_KEY) != null) {
            return;
        }
        em.createNativeQuery("""
                select cast(set_config('transaction_read_only', 'on', true) as text)
                 where txid_current_if_assigned() is null""").getResultList();
        transactions.putResource(READ_ONLY_KEY, Boolean.TRUE);
    }

    /**
     * Writes (or rewrites) the open month's scorecard, version 1; a frozen version 1 is left as it is. The statement
     * is {@link LedgerBatchWriter}'s, for a chunk of one partner.
     */
    @Transactional(TxType.MANDATORY)
    public void keepOpen(String partnerId, YearMonth month, ScorecardFigures figures) {
        batch.keepOpen(month, Map.of(partnerId, figures));
    }

    /**
     * Freezes version 1 of (partner, month) as recorded with these figures, writing it when there was no open
     * version; returns false (and changes nothing) when the month was recorded already. The statement is
     * {@link LedgerBatchWriter}'s, for a chunk of one partner.
     */
    @Transactional(TxType.MANDATORY)
    public boolean record(String partnerId, YearMonth month, ScorecardFigures figures, String recordedBy) {
        return batch.record(month, Map.of(partnerId, figures), recordedBy) == 1;
    }

    /** Adds a restated version; the versions before it stay. */
    @Transactional(TxType.MANDATORY)
    public void restate(String partnerId, YearMonth month, int version, ScorecardFigures figures, String restatedBy,
            String reason) {
        bind(em.createNativeQuery("""
                insert into scorecard_ledger (partner_id, as_of, version, state, rule_set_id, total, attained, path,
                                              designation_lost_on, scorecard, computed_at, recorded_at, recorded_by,
                                              reason)
                values (:partner, :asOf, :version, 'RESTATED', :ruleSet, :total, :attained, :path, :lostOn,
                        cast(:scorecard as jsonb), now(), now(), :by, :reason)"""), partnerId, month, figures)
                .setParameter("version", version)
                .setParameter("by", restatedBy)
                .setParameter("reason", reason)
                .executeUpdate();
    }

    /** Every stored version of (partner, month), oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<LedgerEntry> versions(String partnerId, YearMonth month) {
        return session().createNativeQuery("select " + ENTRY_COLUMNS + """
                 from scorecard_ledger where partner_id = ?1 and as_of = ?2 order by version""", EntryRow.class)
                .setParameter(1, partnerId)
                .setParameter(2, firstDay(month))
                .getResultStream().map(EntryRow::entry).toList();
    }

    /**
     * Every stored version of (partner, month) with the latest one's scorecard, in one statement (only that
     * version's scorecard is read); empty when none is stored.
     */
    @Transactional(TxType.SUPPORTS)
    public Optional<StoredMonth> month(String partnerId, YearMonth month) {
        List<EntryWithText> rows = session().createNativeQuery("select " + ENTRY_COLUMNS + """
                , case when version = max(version) over () then cast(scorecard as text) end
                  from scorecard_ledger where partner_id = ?1 and as_of = ?2 order by version""", EntryWithText.class)
                .setParameter(1, partnerId)
                .setParameter(2, firstDay(month))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoredMonth(rows.stream().map(row -> row.row().entry()).toList(),
                rows.get(rows.size() - 1).text()));
    }

    /** Every stored version of the partner's months {@code from} … {@code to}, by month then version. */
    @Transactional(TxType.SUPPORTS)
    public List<LedgerPoint> history(String partnerId, YearMonth from, YearMonth to) {
        return session().createNativeQuery("select " + ENTRY_COLUMNS + """
                , cast(metric_points as text)
                  from scorecard_ledger where partner_id = ?1 and as_of between ?2 and ?3
                 order by as_of, version""", EntryWithText.class)
                .setParameter(1, partnerId)
                .setParameter(2, firstDay(from))
                .setParameter(3, firstDay(to))
                .getResultStream()
                .map(row -> new LedgerPoint(row.row().entry(), metricPoints(row.text())))
                .toList();
    }

    /** The latest month whose close has been made, if any. */
    @Transactional(TxType.SUPPORTS)
    public Optional<YearMonth> lastClosedMonth() {
        return Optional.ofNullable(session().createNativeQuery("select max(as_of) from ledger_month_close",
                Scalars.Day.class).getSingleResult().value()).map(YearMonth::from);
    }

    /** Whether the close of the month has been made. */
    @Transactional(TxType.SUPPORTS)
    public boolean closed(YearMonth month) {
        return session().createNativeQuery("select count(*) from ledger_month_close where as_of = ?1",
                Scalars.Count.class).setParameter(1, firstDay(month)).getSingleResult().value() > 0;
    }

    /**
     * Claims the close of a month for this transaction: true when it inserted the month's close row. A
     * concurrent claim of the same month (another node) waits until this transaction ends and then gets false
     * (or true, if this one rolled back): exactly one transaction closes a month.
     */
    @Transactional(TxType.MANDATORY)
    public boolean claimClose(YearMonth month, String closedBy) {
        return em.createNativeQuery("""
                insert into ledger_month_close (as_of, closed_by) values (?1, ?2) on conflict (as_of) do nothing""")
                .setParameter(1, firstDay(month))
                .setParameter(2, closedBy)
                .executeUpdate() == 1;
    }

    /** Notes how many partners the claimed close recorded. */
    @Transactional(TxType.MANDATORY)
    public void closedPartners(YearMonth month, int partners) {
        em.createNativeQuery("update ledger_month_close set partners = ?2, closed_at = now() where as_of = ?1")
                .setParameter(1, firstDay(month))
                .setParameter(2, partners)
                .executeUpdate();
    }

    /** The latest closes, newest first. */
    @Transactional(TxType.SUPPORTS)
    public List<ClosedMonth> closes(int limit) {
        return session().createNativeQuery("""
                select as_of, closed_at, closed_by, partners from ledger_month_close order by as_of desc limit ?1""",
                        CloseRow.class)
                .setParameter(1, limit)
                .getResultStream()
                .map(row -> new ClosedMonth(YearMonth.from(row.asOf()), utc(row.closedAt()), row.closedBy(),
                        row.partners()))
                .toList();
    }

    /** The latest restated versions, newest first. */
    @Transactional(TxType.SUPPORTS)
    public List<LedgerEntry> restatements(int limit) {
        return session().createNativeQuery("select " + ENTRY_COLUMNS + """
                 from scorecard_ledger where state = 'RESTATED' order by recorded_at desc, partner_id limit ?1""",
                        EntryRow.class)
                .setParameter(1, limit)
                .getResultStream().map(EntryRow::entry).toList();
    }

    /** Whether the partner exists. */
    @Transactional(TxType.SUPPORTS)
    public boolean partnerExists(String partnerId) {
        return !em.createNativeQuery("select 1 from partner where partner_id = ?1").setParameter(1, partnerId)
                .getResultList().isEmpty();
    }

    /** Whether the partner has a frozen (recorded or restated) version of any month. */
    @Transactional(TxType.SUPPORTS)
    public boolean hasFrozen(String partnerId) {
        return !em.createNativeQuery("select 1 from scorecard_ledger where partner_id = ?1 and state <> 'OPEN' limit 1")
                .setParameter(1, partnerId).getResultList().isEmpty();
    }

    /** The partner's latest month with ACR telemetry, if any. */
    @Transactional(TxType.SUPPORTS)
    public Optional<YearMonth> latestAcrMonth(String partnerId) {
        return Optional.ofNullable(session().createNativeQuery("select max(month) from acr_month where partner_id = ?1",
                Scalars.Day.class).setParameter(1, partnerId).getSingleResult().value()).map(YearMonth::from);
    }

    /** Every partner's id, in order: the partners a close records. */
    @Transactional(TxType.SUPPORTS)
    public List<String> partnerIds() {
        return session().createNativeQuery("select partner_id from partner order by partner_id", Scalars.Text.class)
                .getResultStream().map(Scalars.Text::value).toList();
    }

    /** A restatement's scorecard figures, bound by name. */
    private static Query bind(Query statement, String partnerId, YearMonth month, ScorecardFigures figures) {
        return statement.setParameter("partner", partnerId)
                .setParameter("asOf", firstDay(month))
                .setParameter("ruleSet", figures.ruleSetId())
                .setParameter("total", figures.total())
                .setParameter("attained", figures.attained())
                .setParameter("path", figures.path())
                .setParameter("lostOn", figures.designationLostOn() == null ? null
                        : Date.valueOf(figures.designationLostOn()))
                .setParameter("scorecard", figures.scorecardJson());
    }

    /** The metrics' points, in metric order, from the JSON array PostgreSQL's path query gave. */
    private static List<Integer> metricPoints(String jsonArray) {
        try {
            return List.of(POINTS.readValue(jsonArray, Integer[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The ledger holds a scorecard whose metric points are not a JSON array"
                    + " of integers: " + jsonArray, e);
        }
    }

    /**
     * A ledger row as PostgreSQL hands it over ({@link #ENTRY_COLUMNS}, in order): Hibernate calls this constructor
     * with the select list's values, typed as the driver reads them (date, timestamptz as {@link Instant}).
     */
    public record EntryRow(String partnerId, LocalDate asOf, Integer version, String state, String ruleSetId,
            Integer total, Boolean attained, Instant computedAt, Instant recordedAt, String recordedBy, String reason) {

        LedgerEntry entry() {
            return new LedgerEntry(partnerId, YearMonth.from(asOf), version, LedgerState.valueOf(state), ruleSetId,
                    total, attained, utc(computedAt), recordedAt == null ? null : utc(recordedAt), recordedBy, reason);
        }
    }

    /** A ledger row with one more text column (the scorecard, or the chart's points). */
    public record EntryWithText(String partnerId, LocalDate asOf, Integer version, String state, String ruleSetId,
            Integer total, Boolean attained, Instant computedAt, Instant recordedAt, String recordedBy, String reason,
            String text) {

        EntryRow row() {
            return new EntryRow(partnerId, asOf, version, state, ruleSetId, total, attained, computedAt, recordedAt,
                    recordedBy, reason);
        }
    }

    /** A row of {@code ledger_month_close}. */
    public record CloseRow(LocalDate asOf, Instant closedAt, String closedBy, Integer partners) {
    }

    private Session session() {
        return em.unwrap(Session.class);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Date firstDay(YearMonth month) {
        return Date.valueOf(month.atDay(1));
    }

}
