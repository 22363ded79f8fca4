package com.partnerportal.web.imports;

import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.customer.AcrStaging;
import com.partnerportal.persistence.customer.LineProblem;
import com.partnerportal.web.api.AsOf;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.operations.ImportedRows;
import com.partnerportal.web.operations.MeteredImport;
import com.partnerportal.web.ledger.ScoreLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    AcrStaging staging;

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
        List<LineProblem> problems = staging.stage(staged.copy(), MAX_PROBLEMS);
        if (!problems.isEmpty()) {
            throw rejected(problems.stream().map(LineProblem::toString).toList(), problems.size() >= MAX_PROBLEMS);
        }
        AcrStaging.Applied applied = staging.apply();
        if (applied.changedRows() > 0) {
            for (Map.Entry<String, Integer> partner : applied.rowsByPartner().entrySet()) {
                audit.record(actor, "ACR_IMPORTED", partner.getKey(), "acr_month", null, null,
                        Map.of("rows", partner.getValue()), importName);
            }
            // The open month's scorecard of every partner the import changed follows in this transaction
            // (in partner order, as every ledger lock is taken); closed months stay as recorded.
            ledger.evidenceChanged(applied.earliest().keySet());
        }
        return new AcrImportResult(staged.rows(), applied.changedRows(), applied.rowsByPartner());
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
        } else if (amount.compareTo(EvidenceLimits.MAX_AMOUNT) > 0) {
            problems.add("line " + line + ", column acr_usd: must be at most "
                    + EvidenceLimits.MAX_AMOUNT.toPlainString());
        }
        return amount;
    }

    private static ProblemException rejected(List<String> problems, boolean truncated) {
        String detail = "The ACR file was rejected; nothing was imported. " + problems.size()
                + (truncated ? "+" : "") + (problems.size() == 1 ? " problem" : " problems")
                + (truncated ? " (only the first " + MAX_PROBLEMS + " are listed)" : "") + ".";
        return ProblemException.badRequest(detail, problems);
    }
}
