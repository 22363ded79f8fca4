package com.partnerportal.persistence.ledger;

import com.partnerportal.persistence.query.Scalars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Recompute runs and their chunks ({@code recompute_run}, {@code recompute_chunk}): started on one node, worked
 * and shown by any. See {@code V60__recompute_runs.sql} for how a chunk is claimed exactly once.
 */
@ApplicationScoped
public class RecomputeRunRepository {

    /** One run as any node sees it: its chunks' committed progress. */
    public record Run(String id, YearMonth month, String startedBy, OffsetDateTime startedAt,
            OffsetDateTime finishedAt, int partners, int chunks, int chunksDone, int computed, List<String> failed) {
    }

    /** A chunk claimed by the current transaction (row-locked until it ends). */
    public record Chunk(String runId, int chunk, List<String> partnerIds) {
    }

    private static final String RUN_COLUMNS = """
            r.id, r.as_of, r.started_by, r.started_at, r.finished_at, r.partners, r.chunks,
            (select count(*) from recompute_chunk c where c.run_id = r.id and c.state = 'DONE'),
            (select coalesce(sum(c.computed), 0) from recompute_chunk c where c.run_id = r.id),
            (select coalesce(array_agg(f order by f), '{}') from recompute_chunk c, unnest(c.failed) f
              where c.run_id = r.id)
            """;

    @Inject
    EntityManager em;

    /**
     * Starts a run for the month over every partner (split into chunks of {@code chunkSize} in id order), unless one
     * is unfinished for that month already: returns the run's id and whether this call started it.
     */
    @Transactional(TxType.MANDATORY)
    public Started start(String id, YearMonth month, String startedBy, int chunkSize) {
        Optional<String> running = unfinished(month);
        if (running.isPresent()) {
            return new Started(running.get(), false);
        }
        int inserted = em.createNativeQuery("""
                insert into recompute_run (id, as_of, started_by, partners, chunks)
                select ?1, ?2, ?3, count(*), (count(*) + ?4 - 1) / ?4 from partner
                on conflict do nothing""")
                .setParameter(1, id).setParameter(2, Date.valueOf(month.atDay(1))).setParameter(3, startedBy)
                .setParameter(4, chunkSize).executeUpdate();
        if (inserted == 0) {
            return new Started(unfinished(month).orElseThrow(), false);
        }
        em.createNativeQuery("""
                insert into recompute_chunk (run_id, chunk, partner_ids)
                select ?1, chunk, array_agg(partner_id order by n)
                  from (select partner_id, n, n / ?2 as chunk
                          from (select partner_id, row_number() over (order by partner_id collate "C") - 1 as n
                                  from partner) numbered) p
                 group by chunk""")
                .setParameter(1, id).setParameter(2, chunkSize).executeUpdate();
        return new Started(id, true);
    }

    public record Started(String id, boolean started) {
    }

    private Optional<String> unfinished(YearMonth month) {
        return em.unwrap(Session.class).createNativeQuery(
                        "select id from recompute_run where as_of = ?1 and finished_at is null", Scalars.Text.class)
                .setParameter(1, Date.valueOf(month.atDay(1))).getResultStream().findFirst().map(Scalars.Text::value);
    }

    /** The unfinished runs' ids, oldest first: what a worker on any node picks up. */
    @Transactional(TxType.MANDATORY)
    public List<String> unfinishedRuns() {
        return em.unwrap(Session.class).createNativeQuery(
                        "select id from recompute_run where finished_at is null order by started_at, id",
                        Scalars.Text.class)
                .getResultStream().map(Scalars.Text::value).toList();
    }

    /**
     * Claims the run's next pending chunk for the current transaction ({@code for update skip locked}: a chunk
     * another transaction works on is passed over); empty when none is left to claim.
     */
    @Transactional(TxType.MANDATORY)
    public Optional<Chunk> claim(String runId) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement sql = connection.prepareStatement("""
                    select chunk, partner_ids from recompute_chunk
                     where run_id = ? and state = 'PENDING'
                     order by chunk limit 1 for update skip locked""")) {
                sql.setString(1, runId);
                try (ResultSet rows = sql.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Chunk(runId, rows.getInt(1), strings(rows.getArray(2))));
                }
            }
        });
    }

    /** Marks the claimed chunk done, in the transaction that wrote its ledger rows. */
    @Transactional(TxType.MANDATORY)
    public void done(Chunk chunk, int computed, List<String> failed, String by) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement sql = connection.prepareStatement("""
                    update recompute_chunk set state = 'DONE', done_at = clock_timestamp(), done_by = ?,
                           computed = ?, failed = ? where run_id = ? and chunk = ? and state = 'PENDING'""")) {
                sql.setString(1, by);
                sql.setInt(2, computed);
                sql.setArray(3, connection.createArrayOf("varchar", failed.toArray()));
                sql.setString(4, chunk.runId());
                sql.setInt(5, chunk.chunk());
                if (sql.executeUpdate() != 1) {
                    throw new IllegalStateException("chunk " + chunk.chunk() + " of run " + chunk.runId()
                            + " was not claimed by this transaction");
                }
            }
        });
    }

    /**
     * Marks a chunk whose transaction failed as done with every partner failed (unless another worker holds it
     * now), so that the run can end and report them.
     */
    @Transactional(TxType.MANDATORY)
    public void failed(Chunk chunk, String by) {
        em.createNativeQuery("""
                update recompute_chunk set state = 'DONE', done_at = clock_timestamp(), done_by = ?1, computed = 0,
                       failed = partner_ids
                 where (run_id, chunk) in (select run_id, chunk from recompute_chunk
                                            where run_id = ?2 and chunk = ?3 and state = 'PENDING'
                                              for update skip locked)""")
                .setParameter(1, by).setParameter(2, chunk.runId()).setParameter(3, chunk.chunk()).executeUpdate();
    }

    /**
     * Marks the run finished when no chunk is pending any more; true for the one transaction that did (which
     * audits the end), false when chunks remain or another worker finished it.
     */
    @Transactional(TxType.MANDATORY)
    public boolean finishIfDone(String runId) {
        return em.createNativeQuery("""
                update recompute_run r set finished_at = clock_timestamp()
                 where r.id = ?1 and r.finished_at is null
                   and not exists (select 1 from recompute_chunk c where c.run_id = r.id and c.state = 'PENDING')""")
                .setParameter(1, runId).executeUpdate() == 1;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Run> find(String runId) {
        return runs("where r.id = ?", runId, 1).stream().findFirst();
    }

    /** The latest runs, newest first. */
    @Transactional(TxType.SUPPORTS)
    public List<Run> recent(int limit) {
        return runs("", null, limit);
    }

    private List<Run> runs(String where, String runId, int limit) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement sql = connection.prepareStatement("select " + RUN_COLUMNS
                    + " from recompute_run r " + where + " order by r.started_at desc, r.id limit ?")) {
                int p = 1;
                if (runId != null) {
                    sql.setString(p++, runId);
                }
                sql.setInt(p, limit);
                List<Run> runs = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery()) {
                    while (rows.next()) {
                        runs.add(new Run(rows.getString(1), YearMonth.from(rows.getDate(2).toLocalDate()),
                                rows.getString(3), offset(rows.getTimestamp(4)), offset(rows.getTimestamp(5)),
                                rows.getInt(6), rows.getInt(7), rows.getInt(8), rows.getInt(9),
                                strings(rows.getArray(10))));
                    }
                }
                return runs;
            }
        });
    }

    private static OffsetDateTime offset(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
