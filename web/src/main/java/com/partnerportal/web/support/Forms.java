package com.partnerportal.web.support;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small checks shared by the forms (the partner, review and admin pages). */
public final class Forms {

    /** An e-mail address (or nothing), surrounding blanks allowed: a form field's {@code @Pattern}. */
    public static final String EMAIL = "\\s*([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?\\s*";

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

    /** The names of an enum's constants, for a form's choices: taken from the enum, never typed again. */
    public static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** Choices in words: "PAL, DPOR or CSP". */
    public static String choices(List<String> names) {
        return names.size() < 2 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
