package com.partnerportal.core.review;

import java.util.List;

/**
 * A move the review model refuses: a {@link Kind#CONFLICT} (not allowed from the current state, or someone moved the
 * association since the caller looked), or {@link Kind#INVALID} input (a missing or too long reason), with a message
 * per field ({@code field: message}).
 */
public final class ReviewRefusal extends RuntimeException {

    public enum Kind { CONFLICT, INVALID }

    private final Kind kind;
    private final String field;
    private final String fieldMessage;

    ReviewRefusal(Kind kind, String message, String field, String fieldMessage) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.fieldMessage = fieldMessage;
    }

    public Kind kind() {
        return kind;
    }

    /** The form field at fault (null for a conflict). */
    public String field() {
        return field;
    }

    /** What is wrong with the field, as a form shows it beside the field. */
    public String fieldMessage() {
        return fieldMessage;
    }

    /** The problems as an API lists them: {@code reason: …}. */
    public List<String> problems() {
        return field == null ? List.of() : List.of(field + ": " + fieldMessage);
    }
}
