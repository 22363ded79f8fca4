package com.partnerportal.core.evidence.json;

import static com.partnerportal.core.evidence.CustomerFixture.customer;
import static com.partnerportal.core.evidence.EvidenceFixture.evidence;
import static com.partnerportal.core.evidence.ProfessionalFixture.professional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerportal.core.scoring.CustomerLine;
import com.partnerportal.core.scoring.RuleSet;
import com.partnerportal.core.scoring.RuleSets;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.core.scoring.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scorecard's JSON: the fields of evidence-v1.md in order, then the explanation and next actions. */
class ScorecardJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Numbers kept as written (1150.50 stays 1150.50), as the ledger's rows hold them. */
    private static final ObjectMapper DECIMALS = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final Scorecard NOT_ATTAINED = ScoreCalculator.score(evidence()
            .customer(customer("C-1").acr("2023-03", "1000").acr("2024-03", "1150.50"))
            .professional(professional("p-1").holds("AZURE_ADMINISTRATOR_ASSOCIATE", "2022-01-01", "2024-05-01"))
            .deployment("C-1", "Azure Databricks", "2023-10-01")
            .build());

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void the_fields_of_the_spec_come_first_in_its_order_then_explanation_and_next_actions() throws Exception {
        JsonNode json = MAPPER.readTree(ScorecardJson.write(NOT_ATTAINED));

        assertThat(fieldNames(json)).containsExactly("partnerId", "designation", "asOf", "ruleSet", "path", "total", "attained",
                "metrics", "benefits", "explanation", "nextActions");
        assertThat(fieldNames(json.get("metrics").get(0))).containsExactly("id", "points", "max");
        assertThat(json.get("benefits").isNull()).isTrue();
        assertThat(fieldNames(json.get("explanation"))).containsExactly("path", "netCustomerAdds",
                "intermediateCertifications", "usageGrowth", "deployments", "specializations");
        assertThat(fieldNames(json.get("nextActions"))).containsExactly("pointsMissing", "markerReached",
                "metricsWithoutPoints", "steps", "projectedTotal", "planReachesAttainment", "blockers", "margin", "risks");
    }

    @Test
    void money_is_written_plain_with_its_scale() {
        String json = ScorecardJson.write(NOT_ATTAINED);

        assertThat(json).contains("\"currentUsd\": 1150.50", "\"baselineUsd\": 1000", "\"growthPercent\": 15.05");
    }

    @Test
    void each_explained_item_carries_a_readable_why() throws Exception {
        JsonNode explanation = MAPPER.readTree(ScorecardJson.write(NOT_ATTAINED)).get("explanation");

        assertThat(explanation.get("netCustomerAdds").get("customers").get(0).get("why").asText()).startsWith("0: ");
        assertThat(explanation.get("intermediateCertifications").get("professionals").get(0).get("certifications").get(0)
                .get("why").asText()).contains("counts as a prerequisite");
        assertThat(explanation.get("deployments").get("deployments").get(0).get("eligible").asBoolean()).isTrue();
        assertThat(explanation.get("usageGrowth").get("why").asText()).contains("15.05 %");
    }

    @Test
    void a_scorecard_read_back_equals_the_one_written() {
        Scorecard attained = ScoreCalculator.score(EvidenceJson.read(EvidenceJsonTest.SPEC_EXAMPLE));

        assertThat(ScorecardJsonReader.read(ScorecardJson.write(NOT_ATTAINED))).isEqualTo(NOT_ATTAINED);
        assertThat(ScorecardJsonReader.read(ScorecardJson.write(attained))).isEqualTo(attained);
    }

    @Test
    void the_ledger_form_is_the_document_on_one_line_without_the_derived_texts_which_reading_derives_again()
            throws Exception {
        Scorecard attained = ScoreCalculator.score(EvidenceJson.read(EvidenceJsonTest.SPEC_EXAMPLE));
        for (Scorecard scorecard : List.of(NOT_ATTAINED, attained)) {
            String stored = ScorecardJson.writeStored(scorecard);
            String full = ScorecardJson.write(scorecard);

            assertThat(stored).doesNotContain("\n").doesNotContain("\": ").contains("\"currentUsd\":")
                    .doesNotContain("\"why\"");
            assertThat(full).contains("\"why\"");
            assertThat(withLinesAsObjects(MAPPER.readTree(stored), MAPPER.readTree(full)))
                    .isEqualTo(withoutWhy(MAPPER.readTree(full)));
            assertThat(ScorecardJsonReader.read(stored)).isEqualTo(scorecard);
            assertThat(ScorecardJson.write(ScorecardJsonReader.read(stored))).isEqualTo(full);
        }
    }

    @Test
    void the_ledger_form_writes_the_repeated_lines_as_arrays_of_their_values() throws Exception {
        Scorecard attained = ScoreCalculator.score(EvidenceJson.read(EvidenceJsonTest.SPEC_EXAMPLE));
        JsonNode stored = MAPPER.readTree(ScorecardJson.writeStored(attained));
        JsonNode explanation = stored.get("explanation");

        JsonNode customer = explanation.get("netCustomerAdds").get("customers").get(0);
        CustomerLine line = attained.explanation().netCustomerAdds().customers().get(0);
        assertThat(customer.isArray()).isTrue();
        assertThat(customer).hasSize(5);
        assertThat(customer.get(0).asText()).isEqualTo(line.customerId());
        assertThat(customer.get(2).get(1).decimalValue()).isEqualTo(line.baselineAcr().get(1).usd());
        assertThat(customer.get(4).asText()).isEqualTo(line.outcome().name());
        JsonNode professional = explanation.get("intermediateCertifications").get("professionals").get(0);
        assertThat(professional.isArray()).isTrue();
        assertThat(professional.get(5).get(0)).hasSize(6);
        assertThat(explanation.get("deployments").get("deployments").get(0)).hasSize(5);
        // what the generated columns of scorecard_ledger read stays where it was (V21, V130)
        assertThat(stored.get("metrics").get(0).get("points").isInt()).isTrue();
        assertThat(explanation.get("specializations").get("specializations").get(0).get("status").isTextual()).isTrue();
        JsonNode objects = withoutWhy(DECIMALS.readTree(ScorecardJson.write(attained))).get("explanation");
        assertThat(explanation.get("netCustomerAdds").get("customers").toString().length())
                .isLessThan(objects.get("netCustomerAdds").get("customers").toString().length() / 2);
    }

    @Test
    void the_ledger_forms_stored_before_read_back_the_same() throws Exception {
        Scorecard attained = ScoreCalculator.score(EvidenceJson.read(EvidenceJsonTest.SPEC_EXAMPLE));
        for (Scorecard scorecard : List.of(NOT_ATTAINED, attained)) {
            String full = ScorecardJson.write(scorecard);
            // the ledger's rows of earlier versions: every line an object, with or without the why sentences
            String withoutTexts = DECIMALS.writeValueAsString(withoutWhy(DECIMALS.readTree(full)));
            assertThat(withoutTexts).contains("\"contribution\":").contains("\"baselineAcr\":{\"");

            assertThat(ScorecardJsonReader.read(withoutTexts)).isEqualTo(scorecard);
            assertThat(ScorecardJson.write(ScorecardJsonReader.read(withoutTexts))).isEqualTo(full);
            assertThat(ScorecardJson.write(ScorecardJsonReader.read(full))).isEqualTo(full);
        }
    }

    @Test
    void a_customer_line_whose_months_differ_from_the_explanations_is_stored_as_an_object() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(ScorecardJson.write(NOT_ATTAINED));
        ObjectNode customer = (ObjectNode) json.get("explanation").get("netCustomerAdds").get("customers").get(0);
        ObjectNode baseline = MAPPER.createObjectNode();
        baseline.put("2022-01", new java.math.BigDecimal("12.50"));
        customer.set("baselineAcr", baseline);
        Scorecard odd = ScorecardJsonReader.read(json.toString());

        String stored = ScorecardJson.writeStored(odd);

        assertThat(MAPPER.readTree(stored).get("explanation").get("netCustomerAdds").get("customers").get(0).isObject())
                .isTrue();
        assertThat(ScorecardJsonReader.read(stored)).isEqualTo(odd);
        assertThat(ScorecardJson.write(ScorecardJsonReader.read(stored))).isEqualTo(ScorecardJson.write(odd));
    }

    @Test
    void every_shared_example_reads_back_from_the_ledger_form() throws IOException {
        Path folder = Paths.get(System.getProperty("shared.dir"), "examples");
        List<Path> evidenceFiles;
        try (Stream<Path> files = Files.walk(folder)) {
            evidenceFiles = files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
        assertThat(evidenceFiles).isNotEmpty();
        for (Path file : evidenceFiles) {
            for (RuleSet ruleSet : RuleSets.all()) {
                Scorecard scorecard = ScoreCalculator.score(EvidenceJson.read(Files.readString(file)), ruleSet);
                String stored = ScorecardJson.writeStored(scorecard);

                assertThat(ScorecardJsonReader.read(stored)).as(file + " by " + ruleSet.id()).isEqualTo(scorecard);
                assertThat(ScorecardJson.write(ScorecardJsonReader.read(stored))).as(file + " by " + ruleSet.id())
                        .isEqualTo(ScorecardJson.write(scorecard));
            }
        }
    }

    @Test
    void reading_a_damaged_line_of_the_ledger_form_names_it() {
        String stored = ScorecardJson.writeStored(NOT_ATTAINED);
        String shortLine = stored.replaceFirst("\\[\"C-1\",\"([A-Z]+)\",\\[([0-9.]+),", "[\"C-1\",\"$1\",[");

        assertThat(shortLine).isNotEqualTo(stored);
        assertThatThrownBy(() -> ScorecardJsonReader.read(shortLine)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("$.explanation.netCustomerAdds.customers[0][2]: must be an array of 2 amounts");
    }

    @Test
    void reading_an_impossible_date_or_month_names_where_it_is() {
        String stored = ScorecardJson.writeStored(NOT_ATTAINED);
        String badDay = stored.replaceFirst("\"asOfDay\":\"[0-9-]+\"", "\"asOfDay\":\"2026-02-30\"");
        String badMonth = stored.replaceFirst("\"baselineMonths\":\\[\"[0-9-]+\"", "\"baselineMonths\":[\"2026-13\"");

        assertThat(badDay).isNotEqualTo(stored);
        assertThat(badMonth).isNotEqualTo(stored);
        assertThatThrownBy(() -> ScorecardJsonReader.read(badDay)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.explanation.intermediateCertifications.asOfDay: must be a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> ScorecardJsonReader.read(badMonth)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.explanation.netCustomerAdds.baselineMonths[0]: must be a month (YYYY-MM)");
    }

    /**
     * The ledger form with its array lines turned back into the objects {@code full} has at the same place (their
     * derived {@code contribution} and {@code eligible} taken from there): what is left to compare is every value.
     */
    private static JsonNode withLinesAsObjects(JsonNode stored, JsonNode full) {
        JsonNode copy = stored.deepCopy();
        ObjectNode explanation = (ObjectNode) copy.get("explanation");
        JsonNode fullExplanation = full.get("explanation");
        ArrayNode customers = (ArrayNode) explanation.get("netCustomerAdds").get("customers");
        JsonNode nca = explanation.get("netCustomerAdds");
        for (int i = 0; i < customers.size(); i++) {
            JsonNode line = customers.get(i);
            ObjectNode object = MAPPER.createObjectNode();
            object.set("customerId", line.get(0));
            object.set("segment", line.get(1));
            object.set("baselineAcr", amounts(nca.get("baselineMonths"), line.get(2)));
            object.set("recentAcr", amounts(nca.get("recentMonths"), line.get(3)));
            object.set("outcome", line.get(4));
            object.set("contribution", fullExplanation.get("netCustomerAdds").get("customers").get(i).get("contribution"));
            customers.set(i, object);
        }
        ArrayNode professionals = (ArrayNode) explanation.get("intermediateCertifications").get("professionals");
        for (int i = 0; i < professionals.size(); i++) {
            JsonNode line = professionals.get(i);
            ObjectNode object = MAPPER.createObjectNode();
            object.set("professionalId", line.get(0));
            object.set("name", line.get(1));
            object.set("administrator", line.get(2));
            object.set("architect", line.get(3));
            object.set("scoringIndividual", line.get(4));
            ArrayNode certifications = object.putArray("certifications");
            for (JsonNode c : line.get(5)) {
                ObjectNode certification = certifications.addObject();
                String[] names = {"id", "earned", "expires", "status", "role", "countsFor"};
                for (int n = 0; n < names.length; n++) {
                    certification.set(names[n], c.get(n));
                }
            }
            professionals.set(i, object);
        }
        ArrayNode deployments = (ArrayNode) explanation.get("deployments").get("deployments");
        for (int i = 0; i < deployments.size(); i++) {
            JsonNode line = deployments.get(i);
            ObjectNode object = MAPPER.createObjectNode();
            String[] names = {"customerId", "service", "serviceLevel", "date", "status"};
            for (int n = 0; n < names.length; n++) {
                object.set(names[n], line.get(n));
            }
            object.set("eligible", fullExplanation.get("deployments").get("deployments").get(i).get("eligible"));
            deployments.set(i, object);
        }
        return copy;
    }

    private static ObjectNode amounts(JsonNode months, JsonNode values) {
        ObjectNode amounts = MAPPER.createObjectNode();
        for (int i = 0; i < months.size(); i++) {
            amounts.set(months.get(i).asText(), values.get(i));
        }
        return amounts;
    }

    /** The document with every {@code why} field removed, at any depth. */
    private static JsonNode withoutWhy(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.remove("why");
            object.forEach(ScorecardJsonTest::withoutWhy);
        } else if (node.isArray()) {
            node.forEach(ScorecardJsonTest::withoutWhy);
        }
        return node;
    }

    @Test
    void reading_a_damaged_scorecard_names_the_field() {
        String json = ScorecardJson.write(NOT_ATTAINED).replace("\"outcome\": \"GREW\"", "\"outcome\": \"SOARED\"");

        assertThatThrownBy(() -> ScorecardJsonReader.read(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.explanation.usageGrowth.outcome: must be one of BELOW_MINIMUM, NO_BASELINE, NO_GROWTH, GREW, CAPPED");
        assertThatThrownBy(() -> ScorecardJsonReader.read("{}")).hasMessage("$.partnerId: required");
    }
}
