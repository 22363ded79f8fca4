package com.partnerportal.persistence.customer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * An ACR import as a set, in the caller's transaction: the checked rows are streamed with PostgreSQL COPY into a
 * temporary staging table (dropped at commit), checked against the partners and customers, and upserted into
 * {@code acr_month} in one statement.
 */
@ApplicationScoped
public class AcrStaging {

    /** What the staged rows did: rows inserted or changed, rows per partner, and each partner's earliest month. */
    public record Applied(int changedRows, Map<String, Integer> rowsByPartner, Map<String, YearMonth> earliest) {
    }

    private static final CsvMapper CSV = new CsvMapper();

    @Inject
    EntityManager em;

    /**
     * Stages the rows (streamed to COPY as CSV written by Jackson) and returns the problems the set shows — unknown partners, unknown customers, repeated (partner, customer,
     * month) — by line, at most {@code maxProblems}. When there are none, {@link #apply()} writes them.
     */
    public List<LineProblem> stage(List<AcrRow> rows, int maxProblems) {
        return stage(rows.iterator(), maxProblems);
    }

    /**
     * As {@link #stage(List, int)}, reading the rows one at a time as COPY takes them: only the row being written is in
     * memory, however many there are. A failure of the iterator (a file refused half-way) cancels the COPY and is
     * rethrown; the caller's transaction then rolls back and the staging table is gone.
     */
    public List<LineProblem> stage(Iterator<AcrRow> rows, int maxProblems) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        create temporary table acr_staging (line integer not null, partner_id text not null,
                            customer_id text not null, month date not null, amount numeric(14,2) not null)
                        on commit drop""");
            }
            PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                    "copy acr_staging (line, partner_id, customer_id, month, amount) from stdin with (format csv)",
                    COPY_BUFFER);
            try (SequenceWriter writer = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n"))
                    .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(copy)) {
                while (rows.hasNext()) {
                    AcrRow r = rows.next();
                    writer.write(new String[] {Integer.toString(r.line()), r.partnerId(), r.customerId(),
                            r.month().atDay(1).toString(), r.amount().toPlainString()});
                }
            } catch (IOException e) {
                cancel(copy);
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                cancel(copy);
                throw e;
            }
            try {
                copy.close(); // ends the COPY
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return referenceProblems(connection, maxProblems);
        });
    }

    /** Bytes gathered before they go to the server. */
    private static final int COPY_BUFFER = 1 << 16;

    private static void cancel(PGCopyOutputStream copy) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // The transaction is rolled back anyway; the original failure is the one to report.
        }
    }

    /** Upserts the staged rows into {@code acr_month}. */
    public Applied apply() {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            int changed;
            try (Statement statement = connection.createStatement()) {
                changed = statement.executeUpdate("""
                        insert into acr_month (partner_id, customer_ref, month, amount)
                        select s.partner_id, c.id, s.month, s.amount
                          from acr_staging s
                          join customer c on c.partner_id = s.partner_id and c.customer_id = s.customer_id
                        on conflict (partner_id, customer_ref, month) do update set amount = excluded.amount
                         where acr_month.amount <> excluded.amount""");
            }
            Map<String, Integer> byPartner = new LinkedHashMap<>();
            Map<String, YearMonth> earliest = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("""
                         select partner_id, count(*), min(month) from acr_staging
                          group by partner_id order by partner_id""")) {
                while (rows.next()) {
                    byPartner.put(rows.getString(1), rows.getInt(2));
                    earliest.put(rows.getString(1), YearMonth.from(rows.getDate(3).toLocalDate()));
                }
            }
            return new Applied(changed, byPartner, earliest);
        });
    }

    private static List<LineProblem> referenceProblems(Connection connection, int max) throws SQLException {
        List<LineProblem> problems = new ArrayList<>();
        collect(connection, max, problems, """
                select min(s.line), s.partner_id from acr_staging s
                 where not exists (select 1 from partner p where p.partner_id = s.partner_id)
                 group by s.partner_id order by 1 limit ?""",
                row -> new LineProblem(row.getInt(1), "partner_id", "unknown partner " + row.getString(2)));
        collect(connection, max, problems, """
                select s.line, s.partner_id, s.customer_id from acr_staging s
                 where exists (select 1 from partner p where p.partner_id = s.partner_id)
                   and not exists (select 1 from customer c
                                    where c.partner_id = s.partner_id and c.customer_id = s.customer_id)
                 order by s.line limit ?""",
                row -> new LineProblem(row.getInt(1), "customer_id", "unknown customer " + row.getString(3)
                        + " of partner " + row.getString(2)));
        collect(connection, max, problems, """
                select line, first_line from (
                    select line, min(line) over (partition by partner_id, customer_id, month) as first_line
                      from acr_staging) d
                 where line <> first_line order by line limit ?""",
                row -> new LineProblem(row.getInt(1), null, "the same partner, customer and month as line "
                        + row.getInt(2)));
        problems.sort(Comparator.comparingInt(LineProblem::line));
        return problems.size() > max ? List.copyOf(problems.subList(0, max)) : problems;
    }

    private interface RowProblem {
        LineProblem of(ResultSet row) throws SQLException;
    }

    private static void collect(Connection connection, int max, List<LineProblem> problems, String sql,
            RowProblem problem) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, max);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    problems.add(problem.of(rows));
                }
            }
        }
    }
}
