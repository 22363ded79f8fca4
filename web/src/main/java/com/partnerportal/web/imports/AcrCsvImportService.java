package com.partnerportal.web.imports;

import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.web.api.AsOf;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.operations.ImportedRows;
import com.partnerportal.web.operations.MeteredImport;
import com.partnerportal.web.ledger.ScoreLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * Imports ACR telemetry from CSV ({@code partner_id,customer_id,month,acr_usd}, header required), all or nothing.
 * Rows are checked line by line, streamed with PostgreSQL COPY into a staging table, checked against the
 * partners and customers as a set, and upserted in one statement. Any problem rejects the whole file, and every
 * problem is reported with its line and column.
 */
@ApplicationScoped
public class AcrCsvImportService {

    public static final String HEADER = "partner_id,customer_id,month,acr_usd";
    static final List<String> COLUMNS = List.of("partner_id", "customer_id", "month", "acr_usd");
    /** Problems reported at most; a file with more says how many it left out. */
    static final int MAX_PROBLEMS = 1000;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ScoreLedger ledger;

    /** What an ACR import did: rows read, rows inserted or changed, and the partners it touched. */
    public record AcrImportResult(int rows, int changedRows, Map<String, Integer> rowsByPartner) implements ImportedRows {

        @Override
        public long importedRows() {
            return rows;
        }
    }

    @Transactional
    @MeteredImport("acr")
    public AcrImportResult importCsv(Reader csv, String actor, String importName) {
        Staged staged = parse(csv);
        em.flush();
        Map<String, YearMonth> earliest = new LinkedHashMap<>();
        AcrImportResult imported = em.unwrap(Session.class).doReturningWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        create temporary table acr_staging (line integer not null, partner_id text not null,
                            customer_id text not null, month date not null, amount numeric(14,2) not null)
                        on commit drop""");
            }
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy acr_staging (line, partner_id, customer_id, month, amount) from stdin",
                        new ByteArrayInputStream(staged.copy()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> problems = referenceProblems(connection);
            if (!problems.isEmpty()) {
                throw rejected(problems, problems.size() >= MAX_PROBLEMS);
            }
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
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "select partner_id, count(*) from acr_staging group by partner_id order by partner_id")) {
                while (rows.next()) {
                    byPartner.put(rows.getString(1), rows.getInt(2));
                }
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "select partner_id, min(month) from acr_staging group by partner_id order by partner_id")) {
                while (rows.next()) {
                    earliest.put(rows.getString(1), YearMonth.from(rows.getDate(2).toLocalDate()));
                }
            }
            if (changed > 0) {
                for (Map.Entry<String, Integer> partner : byPartner.entrySet()) {
                    audit.record(actor, "ACR_IMPORTED", partner.getKey(), "acr_month", null, null,
                            "{\"rows\":" + partner.getValue() + "}", importName);
                }
            }
            return new AcrImportResult(staged.rows(), changed, byPartner);
        });
        if (imported.changedRows() > 0) {
            // The open month's scorecard of every partner the import changed follows in this transaction
            // (in partner order, as every ledger lock is taken); closed months stay as recorded.
            ledger.evidenceChanged(earliest.keySet());
        }
        return imported;
    }

    record Staged(int rows, byte[] copy) {
    }

    /** Reads and checks every line; returns the rows in COPY text format, or rejects the file with every problem. */
    static Staged parse(Reader csv) {
        List<String> problems = new ArrayList<>();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        int rows = 0;
        try (BufferedReader lines = new BufferedReader(csv)) {
            String header = lines.readLine();
            if (header == null) {
                throw rejected(List.of("line 1: the file is empty; expected the header " + HEADER), false);
            }
            header = header.replace("\uFEFF", "").strip();
            if (!header.equals(HEADER)) {
                throw rejected(List.of("line 1: expected the header " + HEADER + ", found " + header), false);
            }
            StringBuilder row = new StringBuilder(64);
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != COLUMNS.size()) {
                    problems.add("line " + number + ": expected 4 columns (" + HEADER + "), found " + fields.length);
                    continue;
                }
                int before = problems.size();
                String partnerId = text(fields[0], number, "partner_id", problems);
                String customerId = text(fields[1], number, "customer_id", problems);
                YearMonth month = month(fields[2].strip(), number, problems);
                BigDecimal amount = amount(fields[3].strip(), number, problems);
                if (problems.size() == before) {
                    row.setLength(0);
                    row.append(number).append('\t').append(partnerId).append('\t').append(customerId).append('\t')
                            .append(month.atDay(1)).append('\t').append(amount.toPlainString()).append('\n');
                    copy.writeBytes(row.toString().getBytes(StandardCharsets.UTF_8));
                    rows++;
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    throw rejected(problems, true);
                }
            }
        } catch (IOException e) {
            throw rejected(List.of("the file could not be read: " + e.getMessage()), false);
        }
        if (!problems.isEmpty()) {
            throw rejected(problems, false);
        }
        if (rows == 0) {
            throw rejected(List.of("line 2: the file has a header but no rows"), false);
        }
        return new Staged(rows, copy.toByteArray());
    }

    private static String text(String raw, int line, String column, List<String> problems) {
        String value = raw.strip();
        if (value.isEmpty()) {
            problems.add("line " + line + ", column " + column + ": must not be blank");
        } else if (value.length() > 64) {
            problems.add("line " + line + ", column " + column + ": must be at most 64 characters");
        } else if (value.chars().anyMatch(c -> c == '\\' || c == '\t' || c == '"' || Character.isISOControl(c))) {
            problems.add("line " + line + ", column " + column + ": must not contain quotes, backslashes or tabs");
        }
        return value;
    }

    private static YearMonth month(String value, int line, List<String> problems) {
        YearMonth month = AsOf.month(value);
        if (month == null) {
            problems.add("line " + line + ", column month: not a month (YYYY-MM): " + value);
        } else if (!AsOf.inRange(month)) {
            problems.add("line " + line + ", column month: " + AsOf.outOfRange(month));
            return null;
        }
        return month;
    }

    private static BigDecimal amount(String value, int line, List<String> problems) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.add("line " + line + ", column acr_usd: not a number: " + value);
            return null;
        }
        if (amount.signum() < 0) {
            problems.add("line " + line + ", column acr_usd: must be ≥ 0");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add("line " + line + ", column acr_usd: at most 2 decimals");
        } else if (amount.compareTo(EvidenceImportService.MAX_AMOUNT) > 0) {
            problems.add("line " + line + ", column acr_usd: must be at most "
                    + EvidenceImportService.MAX_AMOUNT.toPlainString());
        }
        return amount;
    }

    private static List<String> referenceProblems(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        collect(connection, problems, """
                select min(s.line), s.partner_id from acr_staging s
                 where not exists (select 1 from partner p where p.partner_id = s.partner_id)
                 group by s.partner_id order by 1 limit ?""",
                row -> "line " + row.getInt(1) + ", column partner_id: unknown partner " + row.getString(2));
        collect(connection, problems, """
                select s.line, s.partner_id, s.customer_id from acr_staging s
                 where exists (select 1 from partner p where p.partner_id = s.partner_id)
                   and not exists (select 1 from customer c
                                    where c.partner_id = s.partner_id and c.customer_id = s.customer_id)
                 order by s.line limit ?""",
                row -> "line " + row.getInt(1) + ", column customer_id: unknown customer " + row.getString(3)
                        + " of partner " + row.getString(2));
        collect(connection, problems, """
                select line, first_line from (
                    select line, min(line) over (partition by partner_id, customer_id, month) as first_line
                      from acr_staging) d
                 where line <> first_line order by line limit ?""",
                row -> "line " + row.getInt(1) + ": the same partner, customer and month as line " + row.getInt(2));
        problems.sort((a, b) -> Integer.compare(lineOf(a), lineOf(b)));
        return problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
    }

    interface RowMessage {
        String of(ResultSet row) throws SQLException;
    }

    private static void collect(Connection connection, List<String> problems, String sql, RowMessage message)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, MAX_PROBLEMS);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    problems.add(message.of(rows));
                }
            }
        }
    }

    private static int lineOf(String problem) {
        int end = problem.indexOf(',') > 0 && problem.indexOf(',') < problem.indexOf(':')
                ? problem.indexOf(',') : problem.indexOf(':');
        return Integer.parseInt(problem.substring("line ".length(), end));
    }

    private static ProblemException rejected(List<String> problems, boolean truncated) {
        String detail = "The ACR file was rejected; nothing was imported. " + problems.size()
                + (truncated ? "+" : "") + (problems.size() == 1 ? " problem" : " problems")
                + (truncated ? " (only the first " + MAX_PROBLEMS + " are listed)" : "") + ".";
        return ProblemException.badRequest(detail, problems);
    }
}
