package com.partnerportal.web.pdf;

import java.time.YearMonth;
import java.util.Set;

/**
 * File names of downloaded scorecards, composed from validated values only (the partner id read from the
 * database, a parsed month) and reduced to {@code [A-Za-z0-9._-]}, so they are safe in a header, a ZIP and
 * any file system.
 */
public final class PdfFilenames {

    private PdfFilenames() {
    }

    /** {@code scorecard-P-1001-2024-03.pdf}. */
    public static String scorecard(String partnerId, YearMonth month) {
        return "scorecard-" + safe(partnerId) + "-" + month + ".pdf";
    }

    /** {@code scorecards-2024-03.zip}. */
    public static String archive(YearMonth month) {
        return "scorecards-" + month + ".zip";
    }

    /** {@code attachment; filename="…"}: the name is already safe, so no quoting or escaping is needed. */
    public static String attachment(String filename) {
        return "attachment; filename=\"" + safe(filename) + "\"";
    }

    /**
     * The name itself, or with {@code -2}, {@code -3}, … before its extension when {@code taken} has it already
     * (two partner ids can reduce to the same safe name); the name returned is added to {@code taken}.
     */
    public static String unique(String name, Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = stem + "-" + n + extension;
        }
        return candidate;
    }

    /** Every character outside {@code [A-Za-z0-9._-]} becomes {@code _}; an empty value becomes {@code _}. */
    static String safe(String value) {
        String safe = value == null ? "" : value.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() ? "_" : safe;
    }
}
