package com.partnerportal.web.support;

import com.partnerportal.web.error.ProblemException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Parses the {@code asOf} query parameter (YYYY-MM), and the range of months the portal accepts anywhere. */
public final class AsOf {

    /** The first and last month the portal takes in (query parameters, forms, imports). */
    public static final YearMonth FIRST = YearMonth.of(2000, 1);
    public static final YearMonth LAST = YearMonth.of(2099, 12);

    private AsOf() {
    }

    public static boolean inRange(YearMonth month) {
        return !month.isBefore(FIRST) && !month.isAfter(LAST);
    }

    /** The message for a month outside {@link #FIRST} … {@link #LAST}. */
    public static String outOfRange(YearMonth month) {
        return "month out of range (" + FIRST + " … " + LAST + "): " + month;
    }

    /** The month a text in the form YYYY-MM names (any year), or null when it is not one. */
    public static YearMonth month(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}")) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The month, null when absent; a 400 problem naming the parameter when malformed. */
    public static YearMonth parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        YearMonth month = month(value);
        if (month == null) {
            throw ProblemException.badRequest("Invalid query parameter",
                    List.of("asOf: not a month (YYYY-MM): " + value));
        }
        if (!inRange(month)) {
            throw ProblemException.badRequest("Invalid query parameter", List.of("asOf: " + outOfRange(month)));
        }
        return month;
    }
}
