package com.partnerportal.web.associations;

import java.util.Locale;
import java.util.Map;

/** Small checks shared by the forms (the partner, review and admin pages). */
public final class Forms {

    private Forms() {
    }

    public static void required(Map<String, String> errors, String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            errors.put(field, "enter " + what);
        } else {
            optional(errors, field, value, max);
        }
    }

    public static void optional(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.put(field, "at most " + max + " characters");
        }
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
