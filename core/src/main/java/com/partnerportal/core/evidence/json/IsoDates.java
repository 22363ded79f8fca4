package com.partnerportal.core.evidence.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * ISO dates ({@code YYYY-MM-DD}) and months ({@code YYYY-MM}) as the scorecard JSON writes them, read without a
 * {@link java.time.format.DateTimeFormatter} (whose parse was a tenth of reading back a stored scorecard). Exactly the
 * texts {@link LocalDate#parse} and {@link YearMonth#parse} accept: the plain four-digit form is read here, anything
 * else (another form of year, a malformed text) is left to them, and an impossible date throws as they do.
 */
final class IsoDates {

    private IsoDates() {
    }

    /** {@link LocalDate#parse}, faster. */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** {@link YearMonth#parse}, faster. */
    static YearMonth month(String text) {
        if (text.length() == 7 && text.charAt(4) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            if (year >= 0 && month >= 0) {
                return YearMonth.of(year, month);
            }
        }
        return YearMonth.parse(text);
    }

    /** The number the ASCII digits {@code from … to} spell; -1 if any is not one. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
