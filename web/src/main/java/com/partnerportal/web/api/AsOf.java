package com.partnerportal.web.api;

import com.partnerportal.web.error.ProblemException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Parses the {@code asOf} query parameter (YYYY-MM). */
public final class AsOf {

    private AsOf() {
    }

    /** The month, null when absent; a 400 problem naming the parameter when malformed. */
    public static YearMonth parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw ProblemException.badRequest("Invalid query parameter",
                List.of("asOf: not a month (YYYY-MM): " + value));
    }
}
