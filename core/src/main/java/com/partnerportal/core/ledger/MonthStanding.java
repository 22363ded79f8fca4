package com.partnerportal.core.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a shown scorecard of (partner, month) is, and the label that says so: the open month kept current,
 * the version recorded at the close, a restatement (with the recorded version still there), or a scorecard
 * computed from current data because none was recorded — never passed off as recorded.
 *
 * @param shown the version whose figures are shown; empty when computed from current data
 * @param versions every stored version of the month, oldest first
 */
public record MonthStanding(YearMonth month, Kind kind, Optional<LedgerEntry> shown, List<LedgerEntry> versions) {

    public enum Kind {
        /** The open month, stored and kept current by every write that changes evidence. */
        OPEN,
        /** Closed, as recorded at its close. */
        RECORDED,
        /** Closed and restated: the latest restatement is shown, the recorded version stays. */
        RESTATED,
        /** No stored scorecard (never recorded, or not yet complete): computed from current data. */
        COMPUTED
    }

    public MonthStanding {
        versions = List.copyOf(versions);
    }

    /** The standing of a month from its stored versions (any order; empty when none). */
    public static MonthStanding of(YearMonth month, List<LedgerEntry> versions) {
        List<LedgerEntry> ordered = versions.stream().sorted(Comparator.comparingInt(LedgerEntry::version)).toList();
        if (ordered.isEmpty()) {
            return new MonthStanding(month, Kind.COMPUTED, Optional.empty(), ordered);
        }
        LedgerEntry latest = ordered.get(ordered.size() - 1);
        Kind kind = switch (latest.state()) {
            case OPEN -> Kind.OPEN;
            case RECORDED -> Kind.RECORDED;
            case RESTATED -> Kind.RESTATED;
        };
        return new MonthStanding(month, kind, Optional.of(latest), ordered);
    }

    public boolean restated() {
        return kind == Kind.RESTATED;
    }

    public boolean stored() {
        return shown.isPresent();
    }

    /** The version recorded at the close, if the month was closed with the ledger. */
    public Optional<LedgerEntry> recorded() {
        return versions.stream().filter(entry -> entry.state() == LedgerState.RECORDED).findFirst();
    }

    /** The short form for a table cell: open, recorded, restated, or computed (not recorded). */
    public String shortLabel() {
        return switch (kind) {
            case OPEN -> "open";
            case RECORDED -> "recorded";
            case RESTATED -> "restated";
            case COMPUTED -> "computed, not recorded";
        };
    }

    /**
     * The label shown beside the scorecard, e.g. "recorded 2026-09-01, restated 2026-10-14: corrected ACR
     * import #512".
     */
    public String label() {
        return switch (kind) {
            case OPEN -> "open month, kept current by every change to the evidence (last computed "
                    + day(shown.get().computedAt().toLocalDate()) + ")";
            case RECORDED -> "recorded " + day(recordedDay(shown.get()));
            case RESTATED -> {
                StringBuilder label = new StringBuilder();
                recorded().ifPresent(entry -> label.append("recorded ").append(day(recordedDay(entry))).append(", "));
                LedgerEntry latest = shown.get();
                label.append("restated ").append(day(recordedDay(latest))).append(": ").append(latest.reason());
                yield label.toString();
            }
            case COMPUTED -> "computed from current data, not recorded";
        };
    }

    private static LocalDate recordedDay(LedgerEntry entry) {
        return entry.recordedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static String day(LocalDate date) {
        return date.toString();
    }
}
