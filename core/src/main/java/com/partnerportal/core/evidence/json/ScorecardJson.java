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
import com.partnerportal.core.scoring.RuleSet;
import com.partnerportal.core.scoring.RuleSets;
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
 * {@code benefits}, with {@code ruleSet} after {@code asOf} as scoring-rules-2026.md asks), then {@code explanation} and {@code nextActions}. Every {@code why} and
 * {@code text} is written for readers; {@link #read} restores the scorecard from the other fields
 * (texts that are derived are derived again), so {@code read(write(s)).equals(s)}.
 */
public final class ScorecardJson {

    private ScorecardJson() {
    }

    public static String write(Scorecard scorecard) {
        return JsonSupport.write(g -> {
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
            explanation(g, scorecard.explanation());
            nextActions(g, scorecard.nextActions());
            g.writeEndObject();
        });
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

    private static void explanation(JsonGenerator g, Explanation e) throws IOException {
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
        g.writeStringField("why", path.why());
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
        g.writeStringField("why", nca.why());
        g.writeArrayFieldStart("customers");
        for (CustomerLine line : nca.customers()) {
            g.writeStartObject();
            g.writeStringField("customerId", line.customerId());
            g.writeStringField("segment", line.segment().name());
            amounts(g, "baselineAcr", line.baselineAcr());
            amounts(g, "recentAcr", line.recentAcr());
            g.writeStringField("outcome", line.outcome().name());
            g.writeNumberField("contribution", line.contribution());
            g.writeStringField("why", line.why());
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
        g.writeStringField("why", certs.why());
        g.writeArrayFieldStart("professionals");
        for (ProfessionalLine professional : certs.professionals()) {
            g.writeStartObject();
            g.writeStringField("professionalId", professional.professionalId());
            JsonSupport.stringOrNull(g, "name", professional.name());
            g.writeBooleanField("administrator", professional.administrator());
            g.writeBooleanField("architect", professional.architect());
            g.writeBooleanField("scoringIndividual", professional.scoringIndividual());
            g.writeStringField("why", professional.why());
            g.writeArrayFieldStart("certifications");
            for (CertificationLine line : professional.certifications()) {
                g.writeStartObject();
                g.writeStringField("id", line.id());
                g.writeStringField("earned", line.earned().toString());
                JsonSupport.stringOrNull(g, "expires", line.expires());
                g.writeStringField("status", line.status().name());
                g.writeStringField("role", line.role().name());
                g.writeStringField("countsFor", line.countsFor().name());
                g.writeStringField("why", line.why());
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
        g.writeStringField("why", usage.why());
        g.writeEndObject();

        DeploymentsExplanation deployments = e.deployments();
        g.writeObjectFieldStart("deployments");
        g.writeNumberField("points", deployments.points());
        g.writeStringField("ttmStart", deployments.ttmStart().toString());
        g.writeStringField("ttmEnd", deployments.ttmEnd().toString());
        g.writeNumberField("eligible", deployments.eligible());
        g.writeStringField("why", deployments.why());
        g.writeArrayFieldStart("deployments");
        for (DeploymentLine line : deployments.deployments()) {
            g.writeStartObject();
            g.writeStringField("customerId", line.customerId());
            g.writeStringField("service", line.service());
            g.writeNumberField("serviceLevel", line.serviceLevel());
            g.writeStringField("date", line.date().toString());
            g.writeStringField("status", line.status().name());
            g.writeBooleanField("eligible", line.eligible());
            g.writeStringField("why", line.why());
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
        g.writeStringField("why", specializations.why());
        g.writeArrayFieldStart("specializations");
        for (SpecializationLine line : specializations.specializations()) {
            g.writeStartObject();
            g.writeStringField("id", line.id().name());
            g.writeStringField("name", line.name());
            g.writeStringField("earned", line.earned().toString());
            g.writeStringField("status", line.status().name());
            g.writeStringField("why", line.why());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();

        g.writeEndObject();
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

    // ---------------------------------------------------------------- reading

    /**
     * Restores a scorecard that {@link #write} produced (stored snapshots, say).
     *
     * @throws IllegalArgumentException naming the JSON path of the first field that is missing or malformed
     */
    public static Scorecard read(String json) {
        JsonNode root;
        try {
            root = JsonSupport.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        Node r = new Node(root, "$");
        JsonNode benefitsNode = r.raw("benefits");
        Benefits benefits = benefitsNode == null || benefitsNode.isNull() ? null : benefits(r.child("benefits"));
        String partnerId = r.text("partnerId");
        Designation designation = r.enumValue("designation", Designation.class);
        YearMonth asOf = r.month("asOf");
        String ruleSetId = r.text("ruleSet");
        RuleSet ruleSet = RuleSets.byId(ruleSetId)
                .orElseThrow(() -> new IllegalArgumentException("$.ruleSet: must be one of " + RuleSets.ids()));
        return new Scorecard(
                partnerId,
                designation,
                asOf,
                ruleSet,
                r.enumValue("path", Path.class),
                r.integer("total"),
                r.bool("attained"),
                r.list("metrics", m -> new Metric(m.enumValue("id", Subcategory.class), m.integer("points"), m.integer("max"))),
                benefits,
                explanation(r.child("explanation"), ruleSet),
                nextActions(r.child("nextActions")));
    }

    private static Benefits benefits(Node b) {
        return new Benefits(b.longValue("azureProductionCreditsUsd"), b.integer("visualStudioEnterpriseSubscriptions"),
                b.integer("microsoft365E3Users"), b.integer("powerBiPremiumUsers"), b.integer("stackedSpecializations"));
    }

    private static Explanation explanation(Node e, RuleSet ruleSet) {
        Node p = e.child("path");
        PathExplanation path = new PathExplanation(p.enumValue("path", Path.class),
                p.enumValue("reason", PathExplanation.Reason.class), p.decimal("drivingRevenueUsd"),
                p.integer("attributedCustomers"), p.integer("enterpriseCustomers"), p.decimal("enterpriseSharePercent"),
                p.month("ttmFrom"), p.month("ttmTo"), ruleSet);

        Node n = e.child("netCustomerAdds");
        BigDecimal threshold = n.decimal("thresholdUsd");
        NetCustomerAddsExplanation nca = new NetCustomerAddsExplanation(n.integer("points"), threshold,
                n.list("baselineMonths", Node::asMonth), n.list("recentMonths", Node::asMonth),
                n.integer("added"), n.integer("lost"), n.integer("net"),
                n.list("customers", c -> new CustomerLine(c.text("customerId"), c.enumValue("segment", Segment.class),
                        c.child("baselineAcr").amounts(), c.child("recentAcr").amounts(), threshold,
                        c.enumValue("outcome", CustomerLine.Outcome.class), ruleSet)));

        Node c = e.child("intermediateCertifications");
        CertificationsExplanation certifications = new CertificationsExplanation(c.integer("points"),
                c.enumValue("path", Path.class), c.date("asOfDay"), c.integer("administrators"), c.integer("architects"),
                c.bool("prerequisitesMet"), c.integer("prerequisitePoints"), c.integer("scoringIndividuals"),
                c.integer("countedIndividuals"), c.integer("scoringPoints"),
                c.list("professionals", pr -> new ProfessionalLine(pr.text("professionalId"), pr.textOrNull("name"),
                        pr.bool("administrator"), pr.bool("architect"), pr.bool("scoringIndividual"),
                        pr.list("certifications", l -> new CertificationLine(l.text("id"), l.date("earned"),
                                l.dateOrNull("expires"), l.enumValue("status", CertificationLine.Status.class),
                                l.enumValue("role", DataAiCertification.Role.class),
                                l.enumValue("countsFor", CertificationLine.CountsFor.class), ruleSet)))));

        Node u = e.child("usageGrowth");
        UsageGrowthExplanation usage = new UsageGrowthExplanation(u.integer("points"), u.month("month"),
                u.month("baselineMonth"), u.decimal("currentUsd"), u.decimal("baselineUsd"), u.decimalOrNull("growthPercent"),
                u.enumValue("outcome", UsageGrowthExplanation.Outcome.class));

        Node d = e.child("deployments");
        DeploymentsExplanation deployments = new DeploymentsExplanation(d.integer("points"), d.date("ttmStart"),
                d.date("ttmEnd"), d.integer("eligible"),
                d.list("deployments", l -> new DeploymentLine(l.text("customerId"), l.text("service"),
                        l.integer("serviceLevel"), l.date("date"), l.enumValue("status", DeploymentLine.Status.class),
                        ruleSet)), ruleSet);

        Node s = e.child("specializations");
        SpecializationsExplanation specializations = new SpecializationsExplanation(s.integer("cap"),
                s.integer("otherAzureSpecializations"), s.integer("stacked"), s.integer("dataAiStacked"),
                s.list("specializations", l -> new SpecializationLine(l.enumValue("id", Specialization.class),
                        l.date("earned"), l.enumValue("status", SpecializationLine.Status.class), ruleSet)));

        return new Explanation(path, nca, certifications, usage, deployments, specializations);
    }

    private static NextActions nextActions(Node n) {
        JsonNode margin = n.raw("margin");
        return new NextActions(n.integer("pointsMissing"), n.bool("markerReached"),
                n.list("metricsWithoutPoints", m -> m.asEnum(Subcategory.class)),
                n.list("steps", s -> new NextActions.Step(s.enumValue("metric", Subcategory.class),
                        s.enumValue("kind", NextActions.Step.Kind.class), s.integer("count"), s.integer("gain"),
                        s.text("text"))),
                n.integer("projectedTotal"), n.bool("planReachesAttainment"),
                n.list("blockers", Node::asText),
                margin == null || margin.isNull() ? null : n.integer("margin"),
                n.list("risks", r -> new NextActions.Risk(r.enumValue("kind", NextActions.Risk.Kind.class),
                        r.enumValue("metric", Subcategory.class), r.textOrNull("professionalId"),
                        r.textOrNull("certificationId"), r.dateOrNull("expires"), r.integer("pointsAtRisk"),
                        r.bool("losesDesignation"), r.text("text"))));
    }

    /** A JSON node with its path, whose accessors fail with that path. */
    private record Node(JsonNode node, String path) {

        JsonNode raw(String field) {
            return node.get(field);
        }

        private JsonNode required(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw new IllegalArgumentException(path + "." + field + ": required");
            }
            return value;
        }

        private IllegalArgumentException wrong(String field, String expected) {
            return new IllegalArgumentException(path + "." + field + ": must be " + expected);
        }

        Node child(String field) {
            JsonNode value = required(field);
            if (!value.isObject()) {
                throw wrong(field, "an object");
            }
            return new Node(value, path + "." + field);
        }

        String text(String field) {
            JsonNode value = required(field);
            if (!value.isTextual()) {
                throw wrong(field, "a string");
            }
            return value.textValue();
        }

        String textOrNull(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : text(field);
        }

        int integer(String field) {
            JsonNode value = required(field);
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw wrong(field, "an integer");
            }
            return value.intValue();
        }

        long longValue(String field) {
            JsonNode value = required(field);
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw wrong(field, "an integer");
            }
            return value.longValue();
        }

        boolean bool(String field) {
            JsonNode value = required(field);
            if (!value.isBoolean()) {
                throw wrong(field, "true or false");
            }
            return value.booleanValue();
        }

        BigDecimal decimal(String field) {
            JsonNode value = required(field);
            if (!value.isNumber()) {
                throw wrong(field, "a number");
            }
            return value.decimalValue();
        }

        BigDecimal decimalOrNull(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : decimal(field);
        }

        YearMonth month(String field) {
            return parse(field, YearMonth::parse, "a month (YYYY-MM)");
        }

        LocalDate date(String field) {
            return parse(field, LocalDate::parse, "a date (YYYY-MM-DD)");
        }

        LocalDate dateOrNull(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : date(field);
        }

        private <T> T parse(String field, Function<String, T> parser, String expected) {
            try {
                return parser.apply(text(field));
            } catch (DateTimeParseException e) {
                throw wrong(field, expected);
            }
        }

        <E extends Enum<E>> E enumValue(String field, Class<E> type) {
            String text = text(field);
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw wrong(field, "one of " + constants(type));
            }
        }

        <T> List<T> list(String field, Function<Node, T> element) {
            JsonNode value = required(field);
            if (!value.isArray()) {
                throw wrong(field, "an array");
            }
            List<T> items = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                items.add(element.apply(new Node(value.get(i), path + "." + field + "[" + i + "]")));
            }
            return items;
        }

        String asText() {
            if (!node.isTextual()) {
                throw new IllegalArgumentException(path + ": must be a string");
            }
            return node.textValue();
        }

        YearMonth asMonth() {
            String text = asText();
            try {
                return YearMonth.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(path + ": must be a month (YYYY-MM)");
            }
        }

        <E extends Enum<E>> E asEnum(Class<E> type) {
            String text = asText();
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path + ": must be one of " + constants(type));
            }
        }

        private static String constants(Class<? extends Enum<?>> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        }

        List<MonthAmount> amounts() {
            List<MonthAmount> amounts = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = fields.next();
                Node month = new Node(entry.getValue(), path + "." + entry.getKey());
                if (!entry.getValue().isNumber()) {
                    throw new IllegalArgumentException(month.path() + ": must be a number");
                }
                try {
                    amounts.add(new MonthAmount(YearMonth.parse(entry.getKey()), entry.getValue().decimalValue()));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(month.path() + ": not a month");
                }
            }
            return amounts;
        }
    }
}
