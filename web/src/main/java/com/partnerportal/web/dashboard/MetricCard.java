package com.partnerportal.web.dashboard;

import com.partnerportal.core.program.Subcategory;
import com.partnerportal.core.scoring.Metric;
import com.partnerportal.core.scoring.MetricExplanation;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.web.explain.ExplanationResource;
import java.time.YearMonth;
import java.util.List;

/**
 * One metric on the dashboard: points out of max, a status for its colour, the sentence that explains it, and the link
 * to its explanation page.
 */
public record MetricCard(Subcategory id, String slug, String name, int points, int max, String status, String why,
        String href) {

    /** The URL segment of each metric's explanation page. */
    public static String slug(Subcategory id) {
        return switch (id) {
            case NET_CUSTOMER_ADDS -> "customers";
            case INTERMEDIATE_CERTIFICATIONS -> "certifications";
            case USAGE_GROWTH -> "usage-growth";
            case DEPLOYMENTS -> "deployments";
            case ADVANCED_CERTIFICATIONS -> "advanced-certifications";
        };
    }

    /** The cards of the partner's scorecard of {@code asOf}, each linking to its explanation of that month. */
    static List<MetricCard> of(Scorecard scorecard, String partnerId, YearMonth asOf) {
        return scorecard.explanation().metrics().stream()
                .map(explanation -> card(scorecard, explanation, partnerId, asOf)).toList();
    }

    private static MetricCard card(Scorecard scorecard, MetricExplanation explanation, String partnerId,
            YearMonth asOf) {
        Metric metric = scorecard.metric(explanation.metric());
        String status = metric.points() == 0 ? "missing" : metric.points() == metric.max() ? "full" : "partial";
        return new MetricCard(metric.id(), slug(metric.id()), metric.id().displayName(), metric.points(), metric.max(),
                status, explanation.why(), ExplanationResource.href(partnerId, slug(metric.id()), asOf));
    }
}
