package com.partnerportal.web.review;

import java.util.List;

/**
 * Writes CSV (RFC 4180) that spreadsheets open safely: a cell with a comma, quote or line break is quoted (quotes
 * doubled), and a cell starting with {@code = + - @} (or a tab or carriage return) is prefixed with {@code '} so a
 * spreadsheet shows it as text instead of running it as a formula.
 */
public final class Csv {

    private Csv() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** One line, ended by CRLF. */
    public static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }
}
