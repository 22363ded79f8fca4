package com.partnerportal.persistence.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hibernate.Session;

/**
 * The ledger's writes for many partners at once (the set-based recompute and the month close): one statement per
 * chunk of partners, the figures passed as arrays and unnested — the same rows {@link LedgerRepository#keepOpen} and
 * {@link LedgerRepository#record} write one partner at a time, under the same locks.
 */
@ApplicationScoped
public class LedgerBatchWriter {

    @Inject
    EntityManager em;

    /**
     * The per-partner ledger locks of {@link LedgerRepository#lockPartner} for every partner of the chunk (and the
     * close lock, shared), taken in id order by one statement.
     */
    @Transactional(TxType.MANDATORY)
    public void lockPartners(Collection<String> partnerIds) {
        work(connection -> {
            try (PreparedStatement sql = connection.prepareStatement("select pg_advisory_xact_lock_shared(?, 0)")) {
                sql.setInt(1, LedgerRepository.CLOSE_LOCK_CLASS);
                sql.executeQuery().close();
            }
            // Java's id order, as ScoreLedger.evidenceChanged(Collection) takes them (volatile functions are
            // evaluated after the sort).
            try (PreparedStatement sql = connection.prepareStatement("""
                    select count(*) from (select pg_advisory_xact_lock(?, hashtext(p.id))
                                            from unnest(?) with ordinality as p(id, n) order by p.n) locks""")) {
                sql.setInt(1, LedgerRepository.PARTNER_LOCK_CLASS);
                sql.setArray(2, connection.createArrayOf("varchar", new TreeSet<>(partnerIds).toArray()));
                sql.executeQuery().close();
            }
            return null;
        });
    }

    /** {@link LedgerRepository#keepOpen} for every partner of the map, in one statement; returns the rows written. */
    @Transactional(TxType.MANDATORY)
    public int keepOpen(YearMonth month, Map<String, ScorecardFigures> figures) {
        return write("""
                insert into scorecard_ledger (partner_id, as_of, version, state, rule_set_id, total, attained, path,
                                              designation_lost_on, scorecard, computed_at)
                select f.partner_id, ?, 1, 'OPEN', f.rule_set_id, f.total, f.attained, f.path, f.lost_on,
                       j.scorecard, now()
                  from unnest(?, ?, ?, ?, ?, ?) with ordinality as f(partner_id, rule_set_id, total, attained, path,
                                                                     lost_on, n)
                  join (select cast(t as jsonb), n from string_to_table(?, E'\\n') with ordinality as l(t, n))
                       as j(scorecard, n) on j.n = f.n
                on conflict (partner_id, as_of, version) do update
                   set rule_set_id = excluded.rule_set_id, total = excluded.total, attained = excluded.attained,
                       path = excluded.path, designation_lost_on = excluded.designation_lost_on,
                       scorecard = excluded.scorecard, computed_at = excluded.computed_at
                 where scorecard_ledger.state = 'OPEN'
                   and (scorecard_ledger.scorecard is distinct from excluded.scorecard
                        or scorecard_ledger.rule_set_id is distinct from excluded.rule_set_id
                        or scorecard_ledger.designation_lost_on is distinct from excluded.designation_lost_on)""",
                month, figures, null);
    }

    /**
     * {@link LedgerRepository#record} for every partner of the map, in one statement: version 1 frozen as recorded
     * (written when there was none); a month recorded already is left as it is. Returns the rows recorded.
     */
    @Transactional(TxType.MANDATORY)
    public int record(YearMonth month, Map<String, ScorecardFigures> figures, String recordedBy) {
        return write("""
                insert into scorecard_ledger (partner_id, as_of, version, state, rule_set_id, total, attained, path,
                                              designation_lost_on, scorecard, computed_at, recorded_at, recorded_by)
                select f.partner_id, ?, 1, 'RECORDED', f.rule_set_id, f.total, f.attained, f.path, f.lost_on,
                       j.scorecard, now(), now(), ?
                  from unnest(?, ?, ?, ?, ?, ?) with ordinality as f(partner_id, rule_set_id, total, attained, path,
                                                                     lost_on, n)
                  join (select cast(t as jsonb), n from string_to_table(?, E'\\n') with ordinality as l(t, n))
                       as j(scorecard, n) on j.n = f.n
                on conflict (partner_id, as_of, version) do update
                   set state = 'RECORDED', rule_set_id = excluded.rule_set_id, total = excluded.total,
                       attained = excluded.attained, path = excluded.path,
                       designation_lost_on = excluded.designation_lost_on, scorecard = excluded.scorecard,
                       computed_at = excluded.computed_at, recorded_at = excluded.recorded_at,
                       recorded_by = excluded.recorded_by
                 where scorecard_ledger.state = 'OPEN'""", month, figures, recordedBy);
    }

    private int write(String statement, YearMonth month, Map<String, ScorecardFigures> figures, String recordedBy) {
        if (figures.isEmpty()) {
            return 0;
        }
        int size = figures.size();
        String[] partners = new String[size];
        String[] ruleSets = new String[size];
        Integer[] totals = new Integer[size];
        Boolean[] attained = new Boolean[size];
        String[] paths = new String[size];
        Date[] lostOn = new Date[size];
        // The scorecards as one text, a line each (compact JSON has no line break: one inside a string is written
        // \n), split by string_to_table and each cast to jsonb: a text[] would have the driver escape every quote of
        // every scorecard and PostgreSQL unescape it again, and one JSON array of them all (as before) cost
        // PostgreSQL about five times the parsing: the whole array parsed into one jsonb value, then each element
        // taken out of it again (docs/performance.md, "Program scale").
        StringBuilder scorecards = new StringBuilder(figures.size() * 8_192);
        int i = 0;
        for (Map.Entry<String, ScorecardFigures> entry : figures.entrySet()) {
            ScorecardFigures f = entry.getValue();
            partners[i] = entry.getKey();
            ruleSets[i] = f.ruleSetId();
            totals[i] = f.total();
            attained[i] = f.attained();
            paths[i] = f.path();
            lostOn[i] = f.designationLostOn() == null ? null : Date.valueOf(f.designationLostOn());
            String json = f.scorecardJson();
            if (json.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a stored scorecard is compact JSON, on one line: " + partners[i]);
            }
            scorecards.append(i == 0 ? "" : "\n").append(json);
            i++;
        }
        String scorecardLines = scorecards.toString();
        return work(connection -> {
            try (PreparedStatement sql = connection.prepareStatement(statement)) {
                int p = 1;
                sql.setDate(p++, Date.valueOf(month.atDay(1)));
                if (recordedBy != null) {
                    sql.setString(p++, recordedBy);
                }
                sql.setArray(p++, connection.createArrayOf("varchar", partners));
                sql.setArray(p++, connection.createArrayOf("varchar", ruleSets));
                sql.setArray(p++, connection.createArrayOf("int4", totals));
                sql.setArray(p++, connection.createArrayOf("bool", attained));
                sql.setArray(p++, connection.createArrayOf("varchar", paths));
                sql.setArray(p++, connection.createArrayOf("date", lostOn));
                sql.setString(p, scorecardLines);
                return sql.executeUpdate();
            }
        });
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    static List<String> sorted(Collection<String> ids) {
        return List.copyOf(new TreeSet<>(ids));
    }
}
