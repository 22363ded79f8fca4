package com.partnerportal.web.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;

/**
 * Writes CSV (RFC 4180, with Jackson's CSV generator) that spreadsheets open safely: a cell with a comma, quote or
 * line break is quoted (quotes doubled), and a cell starting with {@code = + - @} (or a tab or carriage return) is
 * prefixed with {@code '} so a spreadsheet shows it as text instead of running it as a formula.
 */
public final class Csv {

    private static final String CRLF = "\r\n";
    private static final ObjectWriter LINE = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build()
            .writer(CsvSchema.emptySchema().withLineSeparator(CRLF));

    private Csv() {
    }

    public static String cell(String value) {
        String line = line(List.of(value == null ? "" : value));
        return line.substring(0, line.length() - CRLF.length());
    }

    /** One line, ended by CRLF. */
    public static String line(List<String> cells) {
        if (cells.isEmpty()) {
            return CRLF;
        }
        try {
            return LINE.writeValueAsString(cells.stream().map(Csv::guarded).toArray(String[]::new));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not writable as CSV: " + cells, e);
        }
    }

    /** The formula guard: a cell a spreadsheet would run gets a leading {@code '}; null is empty. */
    private static String guarded(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
