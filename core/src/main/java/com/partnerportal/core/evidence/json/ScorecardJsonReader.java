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
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Restores a scorecard from the JSON {@link ScorecardJson#write} produced (texts that are derived are derived
 * again), so {@code read(write(s)).equals(s)}: the proof that the written JSON carries the whole scorecard. The
 * score ledger stores each recorded scorecard as this JSON and reads it back here, never re-scoring a stored month.
 * It reads every form the ledger has stored: the document for readers, the same without its {@code why} sentences,
 * and {@link ScorecardJson#writeStored}'s, whose repeated lines are arrays — line by line, so a row holds either.
 */
public final class ScorecardJsonReader {

    private ScorecardJsonReader() {
    }

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
        Node r = new Node(root, null, "$", -1);
        JsonNode benefitsNode = r.raw("benefits");
        Benefits benefits = benefitsNode == null || benefitsNode.isNull() ? null : benefits(r.child("benefits"));
        String partnerId = r.text("partnerId");
        Designation designation = r.enumValue("designation", Designation.class);
        YearMonth asOf = r.month("asOf");
        RuleSet ruleSet = RuleSets.byId(r.text("ruleSet"))
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
        List<YearMonth> baselineMonths = n.list("baselineMonths", Node::asMonth);
        List<YearMonth> recentMonths = n.list("recentMonths", Node::asMonth);
        NetCustomerAddsExplanation nca = new NetCustomerAddsExplanation(n.integer("points"), threshold,
                baselineMonths, recentMonths,
                n.integer("added"), n.integer("lost"), n.integer("net"),
                n.list("customers", c -> c.node().isArray()
                        ? new CustomerLine(c.at(0).asText(), c.at(1).asEnum(Segment.class),
                                c.at(2).amountsOf(baselineMonths), c.at(3).amountsOf(recentMonths), threshold,
                                c.at(4).asEnum(CustomerLine.Outcome.class), ruleSet)
                        : new CustomerLine(c.text("customerId"), c.enumValue("segment", Segment.class),
                                c.child("baselineAcr").amounts(), c.child("recentAcr").amounts(), threshold,
                                c.enumValue("outcome", CustomerLine.Outcome.class), ruleSet)));

        Node c = e.child("intermediateCertifications");
        CertificationsExplanation certifications = new CertificationsExplanation(c.integer("points"),
                c.enumValue("path", Path.class), c.date("asOfDay"), c.integer("administrators"), c.integer("architects"),
                c.bool("prerequisitesMet"), c.integer("prerequisitePoints"), c.integer("scoringIndividuals"),
                c.integer("countedIndividuals"), c.integer("scoringPoints"),
                c.list("professionals", pr -> pr.node().isArray()
                        ? new ProfessionalLine(pr.at(0).asText(), pr.at(1).asTextOrNull(), pr.at(2).asBool(),
                                pr.at(3).asBool(), pr.at(4).asBool(),
                                pr.at(5).elements(l -> new CertificationLine(l.at(0).asText(), l.at(1).asDate(),
                                        l.at(2).asDateOrNull(), l.at(3).asEnum(CertificationLine.Status.class),
                                        l.at(4).asEnum(DataAiCertification.Role.class),
                                        l.at(5).asEnum(CertificationLine.CountsFor.class), ruleSet)))
                        : new ProfessionalLine(pr.text("professionalId"), pr.textOrNull("name"),
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
                d.list("deployments", l -> l.node().isArray()
                        ? new DeploymentLine(l.at(0).asText(), l.at(1).asText(), l.at(2).asInt(), l.at(3).asDate(),
                                l.at(4).asEnum(DeploymentLine.Status.class), ruleSet)
                        : new DeploymentLine(l.text("customerId"), l.text("service"), l.integer("serviceLevel"),
                                l.date("date"), l.enumValue("status", DeploymentLine.Status.class), ruleSet)),
                ruleSet);

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

    /**
     * A JSON node and where it is ({@code name} in its parent, {@code index} in an array, -1 if none), whose accessors
     * fail with its path. The path is spelled only for a message: a scorecard has thousands of nodes.
     */
    private record Node(JsonNode node, Node parent, String name, int index) {

        /** The JSON path ({@code $.explanation.netCustomerAdds.customers[3]}). */
        String path() {
            if (parent == null) {
                return name;
            }
            String at = name == null ? parent.path() : parent.path() + "." + name;
            return index < 0 ? at : at + "[" + index + "]";
        }

        JsonNode raw(String field) {
            return node.get(field);
        }

        private JsonNode required(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw new IllegalArgumentException(path() + "." + field + ": required");
            }
            return value;
        }

        private IllegalArgumentException wrong(String field, String expected) {
            return new IllegalArgumentException(path() + "." + field + ": must be " + expected);
        }

        Node child(String field) {
            JsonNode value = required(field);
            if (!value.isObject()) {
                throw wrong(field, "an object");
            }
            return new Node(value, this, field, -1);
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
            return parse(field, IsoDates::month, "a month (YYYY-MM)");
        }

        LocalDate date(String field) {
            return parse(field, IsoDates::date, "a date (YYYY-MM-DD)");
        }

        LocalDate dateOrNull(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : date(field);
        }

        private <T> T parse(String field, Function<String, T> parser, String expected) {
            return new Node(required(field), this, field, -1).asParsed(parser, expected);
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
            return new Node(required(field), this, field, -1).elements(element);
        }

        /** The element {@code index} of this array (null included: the {@code as…OrNull} accessors allow it). */
        Node at(int index) {
            if (!node.isArray()) {
                throw new IllegalArgumentException(path() + ": must be an array");
            }
            JsonNode value = node.get(index);
            if (value == null) {
                throw new IllegalArgumentException(path() + "[" + index + "]: required");
            }
            return new Node(value, this, null, index);
        }

        /** This array's elements. */
        <T> List<T> elements(Function<Node, T> element) {
            if (!node.isArray()) {
                throw new IllegalArgumentException(path() + ": must be an array");
            }
            List<T> items = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                items.add(element.apply(new Node(node.get(i), this, null, i)));
            }
            return items;
        }

        private IllegalArgumentException wrong(String expected) {
            return new IllegalArgumentException(path() + ": must be " + expected);
        }

        String asTextOrNull() {
            return node.isNull() ? null : asText();
        }

        boolean asBool() {
            if (!node.isBoolean()) {
                throw wrong("true or false");
            }
            return node.booleanValue();
        }

        int asInt() {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw wrong("an integer");
            }
            return node.intValue();
        }

        LocalDate asDate() {
            return asParsed(IsoDates::date, "a date (YYYY-MM-DD)");
        }

        /** This string read by {@code parser}; a text it refuses is reported as not {@code expected}. */
        private <T> T asParsed(Function<String, T> parser, String expected) {
            String text = asText();
            try {
                return parser.apply(text);
            } catch (DateTimeException e) {
                throw wrong(expected);
            }
        }

        LocalDate asDateOrNull() {
            return node.isNull() ? null : asDate();
        }

        /** This array's amounts, one for each of the months in their order (the ledger's form of a customer line). */
        List<MonthAmount> amountsOf(List<YearMonth> months) {
            if (!node.isArray() || node.size() != months.size()) {
                throw wrong("an array of " + months.size() + " amounts (" + months + ")");
            }
            List<MonthAmount> amounts = new ArrayList<>(months.size());
            for (int i = 0; i < months.size(); i++) {
                JsonNode amount = node.get(i);
                if (!amount.isNumber()) {
                    throw new IllegalArgumentException(path() + "[" + i + "]: must be a number");
                }
                amounts.add(new MonthAmount(months.get(i), amount.decimalValue()));
            }
            return amounts;
        }

        String asText() {
            if (!node.isTextual()) {
                throw new IllegalArgumentException(path() + ": must be a string");
            }
            return node.textValue();
        }

        YearMonth asMonth() {
            return asParsed(IsoDates::month, "a month (YYYY-MM)");
        }

        <E extends Enum<E>> E asEnum(Class<E> type) {
            String text = asText();
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path() + ": must be one of " + constants(type));
            }
        }

        private static String constants(Class<? extends Enum<?>> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        }

        List<MonthAmount> amounts() {
            List<MonthAmount> amounts = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = fields.next();
                Node month = new Node(entry.getValue(), this, entry.getKey(), -1);
                if (!entry.getValue().isNumber()) {
                    throw new IllegalArgumentException(month.path() + ": must be a number");
                }
                try {
                    amounts.add(new MonthAmount(IsoDates.month(entry.getKey()), entry.getValue().decimalValue()));
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException(month.path() + ": not a month");
                }
            }
            return amounts;
        }
    }
}
