package com.partnerportal.persistence.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What the program overview asks for: the open month, the attainment threshold and the risk horizon (both from
 * core), the filters (null: any), the sort and the page.
 *
 * @param text part of the partner id or name, case-insensitive
 * @param riskBy a partner is at risk when expiring certifications would cost its designation on or before it
 * @param renewalAfter,renewalBy a partner's renewal is due when it holds the designation, has not renewed it, and its
 *     designation year ends after {@code renewalAfter} (today) and on or before {@code renewalBy} (today + the renewal
 *     days, core's {@code DesignationLifecycle.RENEWAL_DAYS}), as its stored designation standing says
 * @param renewalDue the "renewal due" filter (null: any)
 */
public record OverviewCriteria(YearMonth openMonth, int threshold, LocalDate riskBy, String text, Boolean attained,
        String path, Boolean atRisk, Boolean pending, Sort sort, boolean descending, int offset, int limit,
        LocalDate renewalAfter, LocalDate renewalBy, Boolean renewalDue) {

    /** The columns the overview sorts by (each with the partner id as tie-breaker). */
    public enum Sort {
        PARTNER("p.partner_id"),
        NAME("lower(p.name)"),
        SCORE("l.total"),
        MARGIN("l.total"),
        ATTAINED("l.attained"),
        PATH("l.path"),
        RULE_SET("l.rule_set_id"),
        RISK("l.designation_lost_on"),
        PENDING("coalesce(r.pending, 0)");

        final String expression;

        Sort(String expression) {
            this.expression = expression;
        }
    }

    /** Without the renewal filter; renewals are reckoned from the risk horizon's day (tests of the other filters). */
    public OverviewCriteria(YearMonth openMonth, int threshold, LocalDate riskBy, String text, Boolean attained,
            String path, Boolean atRisk, Boolean pending, Sort sort, boolean descending, int offset, int limit) {
        this(openMonth, threshold, riskBy, text, attained, path, atRisk, pending, sort, descending, offset, limit,
                riskBy, riskBy, null);
    }

    public OverviewCriteria {
        Objects.requireNonNull(openMonth, "openMonth");
        Objects.requireNonNull(renewalAfter, "renewalAfter");
        Objects.requireNonNull(renewalBy, "renewalBy");
        Objects.requireNonNull(riskBy, "riskBy");
        Objects.requireNonNull(sort, "sort");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }
}
