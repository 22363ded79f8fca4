package com.partnerportal.web.pdf;

import com.partnerportal.core.program.Benefits;
import com.partnerportal.core.program.BenefitCatalogue;
import com.partnerportal.core.program.Designation;
import com.partnerportal.core.scoring.CertificationsExplanation;
import com.partnerportal.core.scoring.DeploymentsExplanation;
import com.partnerportal.core.scoring.Metric;
import com.partnerportal.core.scoring.MetricExplanation;
import com.partnerportal.core.scoring.NetCustomerAddsExplanation;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.core.scoring.UsageGrowthExplanation;
import com.partnerportal.web.benefits.Entitlements;
import com.partnerportal.web.view.Formats;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the scorecard PDF prints, computed here so the template only prints: the partner as stored, the
 * scorecard, one row per metric (with the bar's width in percent and the key figures) and the benefits —
 * {@code entitled} when attained (else null), {@code onAttaining} what attaining would bring — and the designation
 * status of the day it was generated (the designation lifecycle).
 */
public record ScorecardPdfView(String partnerId, String partnerName, Scorecard scorecard, String designation,
        String ruleSetId, OffsetDateTime generatedAt, int attainAt, int totalPercent, List<MetricRow> metrics,
        Benefits entitled, Benefits onAttaining, int stackingCap, String designationStatus) {

    /** One metric: points of max, the bar's width (percent of max), a status for its colour, figures and why. */
    public record MetricRow(String name, int points, int max, int percent, String status, String keyFigures,
            String why) {
    }

    /** @param designationStatus the partner's designation status today, in words ("enrolled since 2026-03-05 …") */
    public static ScorecardPdfView of(String partnerId, String partnerName, Scorecard scorecard,
            OffsetDateTime generatedAt, String designationStatus) {
        List<MetricRow> rows = scorecard.explanation().metrics().stream().map(e -> row(scorecard, e)).toList();
        return new ScorecardPdfView(partnerId, partnerName, scorecard, scorecard.designation().displayName(),
                scorecard.ruleSet().id(), generatedAt, Designation.MINIMUM_TOTAL,
                Math.max(0, Math.min(Designation.MAXIMUM_TOTAL, scorecard.total())), rows, scorecard.benefits(),
                Entitlements.onAttaining(scorecard), BenefitCatalogue.STACKING_CAP, designationStatus);
    }

    private static MetricRow row(Scorecard scorecard, MetricExplanation explanation) {
        Metric metric = scorecard.metric(explanation.metric());
        int percent = metric.max() == 0 ? 0 : Math.max(0, Math.min(100, metric.points() * 100 / metric.max()));
        String status = metric.points() == 0 ? "missing" : metric.points() == metric.max() ? "full" : "partial";
        return new MetricRow(metric.id().displayName(), metric.points(), metric.max(), percent, status,
                keyFigures(explanation), explanation.why());
    }

    static String keyFigures(MetricExplanation explanation) {
        if (explanation instanceof NetCustomerAddsExplanation n) {
            return n.added() + " added, " + n.lost() + " lost, net " + Formats.signed(n.net()) + "; threshold "
                    + Formats.usd(n.thresholdUsd());
        }
        if (explanation instanceof CertificationsExplanation c) {
            return c.administrators() + " administrator and " + c.architects() + " architect holders; prerequisites "
                    + (c.prerequisitesMet() ? "met" : "not met") + "; " + c.scoringIndividuals()
                    + " scoring individuals, " + c.countedIndividuals() + " counted";
        }
        if (explanation instanceof UsageGrowthExplanation u) {
            return "ACR " + Formats.usd(u.currentUsd()) + " (" + u.month() + ") against " + Formats.usd(u.baselineUsd())
                    + " (" + u.baselineMonth() + "); growth "
                    + (u.growthPercent() == null ? "not defined" : Formats.pct(u.growthPercent()));
        }
        DeploymentsExplanation d = (DeploymentsExplanation) explanation;
        return d.eligible() + " of " + d.deployments().size() + " deployments eligible (TTM " + d.ttmStart() + " … "
                + d.ttmEnd() + ")";
    }
}
