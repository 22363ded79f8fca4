package com.partnerportal.persistence.customer;

/** A problem of one line of an imported CSV file, in one column (null when it concerns the whole line). */
public record LineProblem(int line, String column, String message) {

    /** As the rejection lists it: {@code line 7, column month: not a month (YYYY-MM): 2024-13}. */
    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
