package com.partnerportal.web.imports;

import com.partnerportal.core.evidence.PartnerId;

import com.partnerportal.persistence.audit.AuditLog;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.partnerportal.persistence.customer.AcrRow;
import com.partnerportal.persistence.customer.AcrStaging;
import com.partnerportal.persistence.customer.LineProblem;
import com.partnerportal.web.support.AsOf;
import com.partnerportal.web.support.Limits;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.operations.ImportedRows;
import com.partnerportal.web.operations.MeteredImport;
import com.partnerportal.web.ledger.ScoreLedger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Imports ACR telemetry from CSV ({@code partner_id,customer_id,month,acr_usd}, header required), all or nothing.
 * Rows are read with Jackson's CSV parser and checked line by line as they are streamed with PostgreSQL COPY into a
 * staging table (one row in memory at a time), checked against the
 * partners and customers as a set, and upserted in one statement. Any problem rejects the whole file, and every
 * problem is reported with its line and column.
 */
@ApplicationScoped
public class AcrCsvImportService {

    public static final String HEADER = "partner_id,customer_id,month,acr_usd";
    static final List<String> COLUMNS = List.of("partner_id", "customer_id", "month", "acr_usd");
    /** Problems reported at most; a file with more says how many it left out. */
    static final int MAX_PROBLEMS = 1000;
    /** Rows one file may hold (a 64 MB body holds up to about 4.8 million of the shortest rows). */
    static final int MAX_ROWS = 3_000_000;

    @Inject
    AcrStaging staging;

    @Inject
    AuditLog audit;

    @Inject
    ScoreLedger ledger;

    /** This bean through its proxy, so that {@link #importRows} gets its transaction when called from here. */
    @Inject
    AcrCsvImportService self;

    /** Partners whose open month one ledger transaction keeps current after an import. */
    static final int LEDGER_CHUNK = 50;

    private static final Logger LOG = Logger.getLogger(AcrCsvImportService.class);

    /** What an ACR import did: rows read, rows inserted or changed, and the partners it touched. */
    public record AcrImportResult(int rows, int changedRows, Map<String, Integer> rowsByPartner) implements ImportedRows {

        @Override
        public long importedRows() {
            return rows;
        }
    }

    /** An import's rows written (committed with its transaction) and the partners whose evidence it changed. */
    public record Imported(AcrImportResult result, Set<String> changedPartners) implements ImportedRows {

        @Override
        public long importedRows() {
            return result.importedRows();
        }
    }

    /**
     * Writes the file's rows, all or nothing, in the caller's (or its own) transaction: staged, checked as a set,
     * upserted, one audit event per partner changed. The open months of the partners it changed are kept current
     * afterwards, once this transaction has committed ({@link #keepOpenMonths}): scoring them inside it would hold
     * every one of their ledger locks — and every reviewer's decision on them — until the whole import commits.
     */
    @Transactional
    @MeteredImport("acr")
    public Imported importRows(Reader csv, String actor, String importName) {
        try (Lines lines = new Lines(csv)) {
            List<LineProblem> problems = staging.stage(lines, MAX_PROBLEMS);
            lines.requireWellFormed();
            if (!problems.isEmpty()) {
                throw rejected(problems, problems.size() >= MAX_PROBLEMS);
            }
            AcrStaging.Applied applied = staging.apply();
            if (applied.changedRows() > 0) {
                for (Map.Entry<String, Integer> partner : applied.rowsByPartner().entrySet()) {
                    audit.record(actor, "ACR_IMPORTED", partner.getKey(), "acr_month", null, null,
                            Map.of("rows", partner.getValue()), importName);
                }
            }
            return new Imported(new AcrImportResult(lines.rows(), applied.changedRows(), applied.rowsByPartner()),
                    Set.copyOf(applied.changedRows() > 0 ? applied.earliest().keySet() : Set.of()));
        }
    }

    /**
     * Keeps the open month of the partners an import changed current, after the import committed: set-based
     * ({@code ScoreLedger.recomputeOpen}), {@link #LEDGER_CHUNK} partners at a time, each chunk in its own short
     * transaction, so a partner's ledger lock is held only while its chunk is scored. Closed months stay as
     * recorded. A chunk that fails is logged and the others go on: the import stands, and those partners' open
     * month follows at their next write or recompute.
     */
    public void keepOpenMonths(Collection<String> partnerIds) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(partnerIds));
        for (int from = 0; from < sorted.size(); from += LEDGER_CHUNK) {
            List<String> chunk = sorted.subList(from, Math.min(sorted.size(), from + LEDGER_CHUNK));
            try {
                List<String> failed = QuarkusTransaction.requiringNew().call(() -> ledger.recomputeOpen(chunk)).failed();
                if (!failed.isEmpty()) {
                    LOG.errorf("ACR import: the open month of %s could not be scored", failed);
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "ACR import: the open months of %d partners (%s … %s) were not kept current",
                        chunk.size(), chunk.get(0), chunk.get(chunk.size() - 1));
            }
        }
    }

    /** {@link #importRows} in its own transaction, then {@link #keepOpenMonths} (the demo data's correction). */
    public AcrImportResult importCsv(Reader csv, String actor, String importName) {
        Imported imported = self.importRows(csv, actor, importName);
        keepOpenMonths(imported.changedPartners());
        return imported.result();
    }

    private static final CsvMapper CSV = new CsvMapper();

    /**
     * The file's rows, read one at a time as the staging's COPY asks for them (Jackson's CSV parser: quoted cells may
     * hold commas), each checked on its own: only the current line is in memory. A line with a problem is not
     * handed on; its problems are kept (at most {@link #MAX_PROBLEMS}, then the file is refused at once) and
     * {@link #requireWellFormed()} refuses the file with all of them once it has been read. More than {@link #MAX_ROWS}
     * rows are refused as soon as the next one is read.
     */
    static final class Lines implements Iterator<AcrRow>, AutoCloseable {

        private final MappingIterator<String[]> lines;
        private final List<LineProblem> problems = new ArrayList<>();
        private AcrRow next;
        private boolean ended;
        private int rows;

        Lines(Reader csv) {
            try {
                lines = CSV.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                        .with(CsvSchema.emptySchema()).readValues(csv);
                if (!lines.hasNextValue()) {
                    throw rejected(List.of(new LineProblem(1, null, "the file is empty; expected the header " + HEADER)),
                            false);
                }
                String header = String.join(",", lines.nextValue()).replace("\uFEFF", "").strip();
                if (!header.equals(HEADER)) {
                    throw rejected(List.of(new LineProblem(1, null, "expected the header " + HEADER + ", found "
                            + header)), false);
                }
            } catch (IOException e) {
                throw unreadable(e);
            }
        }

        @Override
        public boolean hasNext() {
            while (next == null && !ended) {
                next = read();
            }
            return next != null;
        }

        @Override
        public AcrRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            AcrRow row = next;
            next = null;
            return row;
        }

        /** The next good row; null for a line with a problem or a blank line (and at the end, with {@code ended}). */
        private AcrRow read() {
            int line = lines.getCurrentLocation().getLineNr();
            String[] cells;
            try {
                if (!lines.hasNextValue()) {
                    ended = true;
                    return null;
                }
                cells = lines.nextValue();
            } catch (IOException e) {
                throw unreadable(e);
            } catch (RuntimeException e) {
                problems.add(new LineProblem(line, null, "not valid CSV (a quote is not closed)"));
                ended = true;
                return null;
            }
            if (cells.length == 0 || cells.length == 1 && cells[0].isBlank()) {
                return null;
            }
            if (++rows > MAX_ROWS) {
                throw rejected(List.of(new LineProblem(line, null, "more than " + MAX_ROWS
                        + " rows; split the file")), false);
            }
            int before = problems.size();
            AcrRow row = null;
            if (cells.length != COLUMNS.size()) {
                problems.add(new LineProblem(line, null, "expected 4 columns (" + HEADER + "), found " + cells.length));
            } else {
                String partnerId = text(cells[0], line, COLUMNS.get(0), problems);
                if (problems.size() == before && !PartnerId.isValid(partnerId)) {
                    problems.add(new LineProblem(line, COLUMNS.get(0), PartnerId.RULE));
                }
                String customerId = text(cells[1], line, COLUMNS.get(1), problems);
                YearMonth month = month(cells[2].strip(), line, problems);
                BigDecimal amount = amount(cells[3].strip(), line, problems);
                if (problems.size() == before) {
                    row = new AcrRow(line, partnerId, customerId, month, amount);
                }
            }
            if (problems.size() >= MAX_PROBLEMS) {
                throw rejected(problems, true);
            }
            return row;
        }

        /** Refuses the file when a line had a problem, or when it had no rows. */
        void requireWellFormed() {
            if (!problems.isEmpty()) {
                throw rejected(problems, false);
            }
            if (rows == 0) {
                throw rejected(List.of(new LineProblem(2, null, "the file has a header but no rows")), false);
            }
        }

        int rows() {
            return rows;
        }

        @Override
        public void close() {
            try {
                lines.close();
            } catch (IOException e) {
                // read to the end or refused: nothing left to release that matters
            }
        }

        private static ProblemException unreadable(IOException e) {
            return rejected(List.of(new LineProblem(1, null, "the file could not be read: " + e.getMessage())), false);
        }
    }

    private static String text(String raw, int line, String column, List<LineProblem> problems) {
        String value = raw.strip();
        if (value.isEmpty()) {
            problems.add(new LineProblem(line, column, "must not be blank"));
        } else if (value.length() > 64) {
            problems.add(new LineProblem(line, column, "must be at most 64 characters"));
        } else if (value.chars().anyMatch(c -> c == '\\' || c == '\t' || c == '"' || Character.isISOControl(c))) {
            problems.add(new LineProblem(line, column, "must not contain quotes, backslashes or tabs"));
        }
        return value;
    }

    private static YearMonth month(String value, int line, List<LineProblem> problems) {
        YearMonth month = AsOf.month(value);
        if (month == null) {
            problems.add(new LineProblem(line, "month", "not a month (YYYY-MM): " + value));
        } else if (!AsOf.inRange(month)) {
            problems.add(new LineProblem(line, "month", AsOf.outOfRange(month)));
            return null;
        }
        return month;
    }

    private static BigDecimal amount(String value, int line, List<LineProblem> problems) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.add(new LineProblem(line, "acr_usd", "not a number: " + value));
            return null;
        }
        if (amount.signum() < 0) {
            problems.add(new LineProblem(line, "acr_usd", "must be ≥ 0"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(new LineProblem(line, "acr_usd", "at most 2 decimals"));
        } else if (amount.compareTo(Limits.MAX_AMOUNT) > 0) {
            problems.add(new LineProblem(line, "acr_usd", "must be at most " + Limits.MAX_AMOUNT.toPlainString()));
        }
        return amount;
    }

    private static ProblemException rejected(List<LineProblem> problems, boolean truncated) {
        String detail = "The ACR file was rejected; nothing was imported. " + problems.size()
                + (truncated ? "+" : "") + (problems.size() == 1 ? " problem" : " problems")
                + (truncated ? " (only the first " + MAX_PROBLEMS + " are listed)" : "") + ".";
        return ProblemException.badRequest(detail, problems.stream().map(LineProblem::toString).toList());
    }
}
