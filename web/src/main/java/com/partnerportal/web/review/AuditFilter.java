package com.partnerportal.web.review;

import com.partnerportal.persistence.audit.AuditCriteria;
import java.time.ZoneOffset;
import com.partnerportal.web.support.Forms;
import com.partnerportal.web.support.PartnerIdentifierValidator;
import com.partnerportal.web.error.ProblemException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The audit trail's filters, from the query string: partner, user (the actor), action and a date range (UTC days,
 * both inclusive). Each is optional; a malformed one is a 400 naming it.
 */
public record AuditFilter(String partner, String actor, String action, LocalDate from, LocalDate to) {

    public static AuditFilter parse(String partner, String actor, String action, String from, String to) {
        List<String> errors = new ArrayList<>();
        String parsedPartner = Forms.blankToNull(partner);
        PartnerIdentifierValidator.check("partner", parsedPartner, errors);
        String parsedActor = Forms.blankToNull(actor);
        if (parsedActor != null && parsedActor.length() > 255) {
            errors.add("actor: at most 255 characters");
        }
        String parsedAction = Forms.blankToNull(action);
        if (parsedAction != null) {
            parsedAction = parsedAction.toUpperCase(Locale.ROOT);
            if (!parsedAction.matches("[A-Z_]{1,64}")) {
                errors.add("action: letters and underscores only, such as ASSOCIATION_APPROVED");
            }
        }
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            errors.add("to: must not be before from");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The audit filter is not valid.", errors);
        }
        return new AuditFilter(parsedPartner, parsedActor, parsedAction, fromDay, toDay);
    }

    private static LocalDate day(String name, String value, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value.strip());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(name + ": not a date (YYYY-MM-DD): " + (value.length() > 40 ? value.substring(0, 40) + "…" : value));
        return null;
    }

    /** What the audit trail query selects: the filter, with the days as UTC instants (to: up to its end). */
    AuditCriteria criteria() {
        return new AuditCriteria(partner, actor, action, from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    /** The filters as a query string starting with {@code ?}. */
    public String query() {
        return "?partner=" + encode(partner) + "&actor=" + encode(actor) + "&action=" + encode(action)
                + "&from=" + (from == null ? "" : from) + "&to=" + (to == null ? "" : to);
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
