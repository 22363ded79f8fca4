package com.partnerportal.web.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;

/**
 * Writes CSV (RFC 4180, with Jackson's CSV generator) that spreadsheets open safely: a cell with a comma, quote or
 * line break is quoted (quotes doubled), and a cell a spreadsheet would run as a formula is prefixed with {@code '} so
 * it shows as text: one starting with a tab or carriage return, or whose first character after any leading blanks
 * (spaces, no-break and ideographic spaces) is {@code = + - @} or their full-width forms {@code ＝ ＋ － ＠} (which
 * some spreadsheets read as the ASCII ones).
 */
public final class Csv {

    private static final String CRLF = "\r\n";
    /** Characters that start a formula: ASCII, then full-width (U+FF1D, U+FF0B, U+FF0D, U+FF20). */
    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";
    /** Characters a spreadsheet may act on at the very start of a cell. */
    private static final String CONTROL_STARTS = "\t\r";
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
        if (CONTROL_STARTS.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        int first = 0;
        while (first < value.length() && blank(value.charAt(first))) {
            first++;
        }
        return first < value.length() && FORMULA_STARTS.indexOf(value.charAt(first)) >= 0 ? "'" + value : value;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u3000' || c == '\n' || Character.isSpaceChar(c);
    }
}
