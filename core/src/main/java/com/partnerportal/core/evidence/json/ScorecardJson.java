package com.partnerportal.core.evidence.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.partnerportal.core.program.Benefits;
import com.partnerportal.core.program.Designation;
import com.partnerportal.core.program.Specialization;
import com.partnerportal.core.program.Subcategory;
import com.partnerportal.core.scoring.CertificationLine;
import com.partnerportal.core.scoring.CertificationsExplanation;
import com.partnerportal.core.scoring.CustomerLine;
import com.partnerportal.core.scoring.DataAiCertification;
import com.partnerportal.core.scoring.DeploymentLine;
import com.partnerportal.core.scoring.DeploymentsExplanation;
import com.partnerportal.core.scoring.Explanation;
import com.partnerportal.core.scoring.Metric;
import com.partnerportal.core.scoring.MonthAmount;
import com.partnerportal.core.scoring.NetCustomerAddsExplanation;
import com.partnerportal.core.scoring.NextActions;
import com.partnerportal.core.scoring.Path;
import com.partnerportal.core.scoring.PathExplanation;
import com.partnerportal.core.scoring.ProfessionalLine;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.core.scoring.SpecializationLine;
import com.partnerportal.core.scoring.SpecializationsExplanation;
import com.partnerportal.core.scoring.UsageGrowthExplanation;
import com.partnerportal.core.evidence.Segment;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scorecard as JSON: the fields of evidence-v1.md in their order ({@code partnerId} …
 * {@code benefits}, with {@code ruleSet} after {@code asOf} as scoring-rules-2026.md asks), then {@code explanation}
 * and {@code nextActions}. Every {@code why} and
 * {@code text} is written for readers. The portal never reads a scorecard back (the snapshot's points are read
 * from its JSON in persistence); the tests' {@code ScorecardJsonReader} restores one to prove the writing whole.
 */
public final class ScorecardJson {

    private ScorecardJson() {
    }

    /** The scorecard, pretty-printed (2-space indent): what the API and the command line show. */
    public static String write(Scorecard scorecard) {
        return JsonSupport.write(body(scorecard));
    }

    /**
     * The score ledger's form: the same document without whitespace and without the {@code why} sentences of the
     * explanation, which are derived from the figures beside them and the rule set the scorecard names
     * ({@link ScorecardJsonReader} derives them again, so {@code write(read(writeStored(s)))} is {@code write(s)}).
     * Building those sentences for every customer line of every partner was more than a third of a recompute's time
     * in Java (docs/performance.md, "Program scale"); a page builds the few it shows when it shows them.
     *
     * <p>The lines that repeat — a customer of net customer adds, a professional and each certification, a
     * deployment — are arrays of their values in a fixed order instead of objects naming every field, and leave out
     * what is derived from the values beside them (a customer's {@code contribution}, a deployment's
     * {@code eligible}); a customer's amounts are the values of the explanation's {@code baselineMonths} and
     * {@code recentMonths} in their order (a line whose months differ from those is written as an object):
     * <pre>
     * customer:      [customerId, segment, [baseline amounts], [recent amounts], outcome]
     * professional:  [professionalId, name, administrator, architect, scoringIndividual, [certification, …]]
     * certification: [id, earned, expires, status, role, countsFor]
     * deployment:    [customerId, service, serviceLevel, date, status]
     * </pre>
     * A ledger row is mostly customer lines: this form is about a third of the objects' size (docs/performance.md,
     * "Program scale"), which is what PostgreSQL parses, compresses and writes for every partner of a recompute.
     * {@link ScorecardJsonReader} reads both forms, line by line.
     */
    public static String writeStored(Scorecard scorecard) {
        return JsonSupport.writeCompact(body(scorecard, false));
    }

    private static JsonSupport.Body body(Scorecard scorecard) {
        return body(scorecard, true);
    }

    /**
     * {@code texts}: the document for readers, with the explanation's {@code why} sentences and every line an object;
     * otherwise the ledger's form, without those sentences and with the lines that repeat for every customer,
     * professional, certification and deployment as arrays of their values (see {@link #writeStored}).
     */
    private static JsonSupport.Body body(Scorecard scorecard, boolean texts) {
        return g -> {
            g.writeStartObject();
            g.writeStringField("partnerId", scorecard.partnerId());
            g.writeStringField("designation", scorecard.designation().name());
            g.writeStringField("asOf", scorecard.asOf().toString());
            g.writeStringField("ruleSet", scorecard.ruleSet().id());
            g.writeStringField("path", scorecard.path().name());
            g.writeNumberField("total", scorecard.total());
            g.writeBooleanField("attained", scorecard.attained());
            g.writeArrayFieldStart("metrics");
            for (Metric metric : scorecard.metrics()) {
                g.writeStartObject();
                g.writeStringField("id", metric.id().name());
                g.writeNumberField("points", metric.points());
                g.writeNumberField("max", metric.max());
                g.writeEndObject();
            }
            g.writeEndArray();
            benefits(g, scorecard.benefits());
            explanation(g, scorecard.explanation(), texts);
            nextActions(g, scorecard.nextActions());
            g.writeEndObject();
        };
    }

    // ---------------------------------------------------------------- writing

    private static void benefits(JsonGenerator g, Benefits benefits) throws IOException {
        if (benefits == null) {
            g.writeNullField("benefits");
            return;
        }
        g.writeObjectFieldStart("benefits");
        g.writeNumberField("azureProductionCreditsUsd", benefits.azureProductionCreditsUsd());
        g.writeNumberField("visualStudioEnterpriseSubscriptions", benefits.visualStudioEnterpriseSubscriptions());
        g.writeNumberField("microsoft365E3Users", benefits.microsoft365E3Users());
        g.writeNumberField("powerBiPremiumUsers", benefits.powerBiPremiumUsers());
        g.writeNumberField("stackedSpecializations", benefits.stackedSpecializations());
        g.writeEndObject();
    }

    private static void explanation(JsonGenerator g, Explanation e, boolean texts) throws IOException {
        g.writeObjectFieldStart("explanation");

        PathExplanation path = e.path();
        g.writeObjectFieldStart("path");
        g.writeStringField("path", path.path().name());
        g.writeStringField("reason", path.reason().name());
        JsonSupport.money(g, "drivingRevenueUsd", path.drivingRevenueUsd());
        g.writeNumberField("attributedCustomers", path.attributedCustomers());
        g.writeNumberField("enterpriseCustomers", path.enterpriseCustomers());
        JsonSupport.money(g, "enterpriseSharePercent", path.enterpriseSharePercent());
        g.writeStringField("ttmFrom", path.ttmFrom().toString());
        g.writeStringField("ttmTo", path.ttmTo().toString());
        if (texts) {
            g.writeStringField("why", path.why());
        }
        g.writeEndObject();

        NetCustomerAddsExplanation nca = e.netCustomerAdds();
        g.writeObjectFieldStart("netCustomerAdds");
        g.writeNumberField("points", nca.points());
        JsonSupport.money(g, "thresholdUsd", nca.thresholdUsd());
        months(g, "baselineMonths", nca.baselineMonths());
        months(g, "recentMonths", nca.recentMonths());
        g.writeNumberField("added", nca.added());
        g.writeNumberField("lost", nca.lost());
        g.writeNumberField("net", nca.net());
        if (texts) {
            g.writeStringField("why", nca.why());
        }
        g.writeArrayFieldStart("customers");
        for (CustomerLine line : nca.customers()) {
            if (!texts && sameMonths(line.baselineAcr(), nca.baselineMonths())
                    && sameMonths(line.recentAcr(), nca.recentMonths())) {
                g.writeStartArray();
                g.writeString(line.customerId());
                g.writeString(line.segment().name());
                values(g, line.baselineAcr());
                values(g, line.recentAcr());
                g.writeString(line.outcome().name());
                g.writeEndArray();
                continue;
            }
            g.writeStartObject();
            g.writeStringField("customerId", line.customerId());
            g.writeStringField("segment", line.segment().name());
            amounts(g, "baselineAcr", line.baselineAcr());
            amounts(g, "recentAcr", line.recentAcr());
            g.writeStringField("outcome", line.outcome().name());
            g.writeNumberField("contribution", line.contribution());
            if (texts) {
                g.writeStringField("why", line.why());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();

        CertificationsExplanation certs = e.intermediateCertifications();
        g.writeObjectFieldStart("intermediateCertifications");
        g.writeNumberField("points", certs.points());
        g.writeStringField("path", certs.path().name());
        g.writeStringField("asOfDay", certs.asOfDay().toString());
        g.writeNumberField("administrators", certs.administrators());
        g.writeNumberField("architects", certs.architects());
        g.writeBooleanField("prerequisitesMet", certs.prerequisitesMet());
        g.writeNumberField("prerequisitePoints", certs.prerequisitePoints());
        g.writeNumberField("scoringIndividuals", certs.scoringIndividuals());
        g.writeNumberField("countedIndividuals", certs.countedIndividuals());
        g.writeNumberField("scoringPoints", certs.scoringPoints());
        if (texts) {
            g.writeStringField("why", certs.why());
        }
        g.writeArrayFieldStart("professionals");
        for (ProfessionalLine professional : certs.professionals()) {
            if (!texts) {
                storedProfessional(g, professional);
                continue;
            }
            g.writeStartObject();
            g.writeStringField("professionalId", professional.professionalId());
            JsonSupport.stringOrNull(g, "name", professional.name());
            g.writeBooleanField("administrator", professional.administrator());
            g.writeBooleanField("architect", professional.architect());
            g.writeBooleanField("scoringIndividual", professional.scoringIndividual());
            if (texts) {
                g.writeStringField("why", professional.why());
            }
            g.writeArrayFieldStart("certifications");
            for (CertificationLine line : professional.certifications()) {
                g.writeStartObject();
                g.writeStringField("id", line.id());
                g.writeStringField("earned", line.earned().toString());
                JsonSupport.stringOrNull(g, "expires", line.expires());
                g.writeStringField("status", line.status().name());
                g.writeStringField("role", line.role().name());
                g.writeStringField("countsFor", line.countsFor().name());
                if (texts) {
                    g.writeStringField("why", line.why());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();

        UsageGrowthExplanation usage = e.usageGrowth();
        g.writeObjectFieldStart("usageGrowth");
        g.writeNumberField("points", usage.points());
        g.writeStringField("month", usage.month().toString());
        g.writeStringField("baselineMonth", usage.baselineMonth().toString());
        JsonSupport.money(g, "currentUsd", usage.currentUsd());
        JsonSupport.money(g, "baselineUsd", usage.baselineUsd());
        JsonSupport.money(g, "growthPercent", usage.growthPercent());
        g.writeStringField("outcome", usage.outcome().name());
        if (texts) {
            g.writeStringField("why", usage.why());
        }
        g.writeEndObject();

        DeploymentsExplanation deployments = e.deployments();
        g.writeObjectFieldStart("deployments");
        g.writeNumberField("points", deployments.points());
        g.writeStringField("ttmStart", deployments.ttmStart().toString());
        g.writeStringField("ttmEnd", deployments.ttmEnd().toString());
        g.writeNumberField("eligible", deployments.eligible());
        if (texts) {
            g.writeStringField("why", deployments.why());
        }
        g.writeArrayFieldStart("deployments");
        for (DeploymentLine line : deployments.deployments()) {
            if (!texts) {
                g.writeStartArray();
                g.writeString(line.customerId());
                g.writeString(line.service());
                g.writeNumber(line.serviceLevel());
                g.writeString(line.date().toString());
                g.writeString(line.status().name());
                g.writeEndArray();
                continue;
            }
            g.writeStartObject();
            g.writeStringField("customerId", line.customerId());
            g.writeStringField("service", line.service());
            g.writeNumberField("serviceLevel", line.serviceLevel());
            g.writeStringField("date", line.date().toString());
            g.writeStringField("status", line.status().name());
            g.writeBooleanField("eligible", line.eligible());
            if (texts) {
                g.writeStringField("why", line.why());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();

        SpecializationsExplanation specializations = e.specializations();
        g.writeObjectFieldStart("specializations");
        g.writeNumberField("cap", specializations.cap());
        g.writeNumberField("otherAzureSpecializations", specializations.otherAzureSpecializations());
        g.writeNumberField("stacked", specializations.stacked());
        g.writeNumberField("dataAiStacked", specializations.dataAiStacked());
        if (texts) {
            g.writeStringField("why", specializations.why());
        }
        g.writeArrayFieldStart("specializations");
        for (SpecializationLine line : specializations.specializations()) {
            g.writeStartObject();
            g.writeStringField("id", line.id().name());
            g.writeStringField("name", line.name());
            g.writeStringField("earned", line.earned().toString());
            g.writeStringField("status", line.status().name());
            if (texts) {
                g.writeStringField("why", line.why());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();

        g.writeEndObject();
    }

    /** A professional of the ledger's form: see {@link #writeStored}. */
    private static void storedProfessional(JsonGenerator g, ProfessionalLine professional) throws IOException {
        g.writeStartArray();
        g.writeString(professional.professionalId());
        if (professional.name() == null) {
            g.writeNull();
        } else {
            g.writeString(professional.name());
        }
        g.writeBoolean(professional.administrator());
        g.writeBoolean(professional.architect());
        g.writeBoolean(professional.scoringIndividual());
        g.writeStartArray();
        for (CertificationLine line : professional.certifications()) {
            g.writeStartArray();
            g.writeString(line.id());
            g.writeString(line.earned().toString());
            if (line.expires() == null) {
                g.writeNull();
            } else {
                g.writeString(line.expires().toString());
            }
            g.writeString(line.status().name());
            g.writeString(line.role().name());
            g.writeString(line.countsFor().name());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndArray();
    }

    /** Whether the amounts are those of exactly these months, in this order. */
    private static boolean sameMonths(List<MonthAmount> amounts, List<YearMonth> months) {
        if (amounts.size() != months.size()) {
            return false;
        }
        for (int i = 0; i < months.size(); i++) {
            if (!amounts.get(i).month().equals(months.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The amounts' values in their order (money as {@link JsonSupport#money} writes it). */
    private static void values(JsonGenerator g, List<MonthAmount> amounts) throws IOException {
        g.writeStartArray();
        for (MonthAmount amount : amounts) {
            g.writeNumber(amount.usd());
        }
        g.writeEndArray();
    }

    private static void nextActions(JsonGenerator g, NextActions next) throws IOException {
        g.writeObjectFieldStart("nextActions");
        g.writeNumberField("pointsMissing", next.pointsMissing());
        g.writeBooleanField("markerReached", next.markerReached());
        g.writeArrayFieldStart("metricsWithoutPoints");
        for (Subcategory metric : next.metricsWithoutPoints()) {
            g.writeString(metric.name());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("steps");
        for (NextActions.Step step : next.steps()) {
            g.writeStartObject();
            g.writeStringField("metric", step.metric().name());
            g.writeStringField("kind", step.kind().name());
            g.writeNumberField("count", step.count());
            g.writeNumberField("gain", step.gain());
            g.writeStringField("text", step.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("projectedTotal", next.projectedTotal());
        g.writeBooleanField("planReachesAttainment", next.planReachesAttainment());
        g.writeArrayFieldStart("blockers");
        for (String blocker : next.blockers()) {
            g.writeString(blocker);
        }
        g.writeEndArray();
        g.writeFieldName("margin");
        if (next.margin() == null) {
            g.writeNull();
        } else {
            g.writeNumber(next.margin());
        }
        g.writeArrayFieldStart("risks");
        for (NextActions.Risk risk : next.risks()) {
            g.writeStartObject();
            g.writeStringField("kind", risk.kind().name());
            g.writeStringField("metric", risk.metric().name());
            JsonSupport.stringOrNull(g, "professionalId", risk.professionalId());
            JsonSupport.stringOrNull(g, "certificationId", risk.certificationId());
            JsonSupport.stringOrNull(g, "expires", risk.expires());
            g.writeNumberField("pointsAtRisk", risk.pointsAtRisk());
            g.writeBooleanField("losesDesignation", risk.losesDesignation());
            g.writeStringField("text", risk.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void months(JsonGenerator g, String field, List<YearMonth> months) throws IOException {
        g.writeArrayFieldStart(field);
        for (YearMonth month : months) {
            g.writeString(month.toString());
        }
        g.writeEndArray();
    }

    private static void amounts(JsonGenerator g, String field, List<MonthAmount> amounts) throws IOException {
        g.writeObjectFieldStart(field);
        for (MonthAmount amount : amounts) {
            JsonSupport.money(g, amount.month().toString(), amount.usd());
        }
        g.writeEndObject();
    }
}
