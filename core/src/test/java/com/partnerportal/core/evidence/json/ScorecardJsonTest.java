package com.partnerportal.core.evidence.json;

import static com.partnerportal.core.evidence.CustomerFixture.customer;
import static com.partnerportal.core.evidence.EvidenceFixture.evidence;
import static com.partnerportal.core.evidence.ProfessionalFixture.professional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.core.scoring.Scorecard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorecard's JSON: the fields of evidence-v1.md in order, then the explanation and next actions. */
class ScorecardJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
            assertThat(MAPPER.readTree(stored)).isEqualTo(withoutWhy(MAPPER.readTree(full)));
            assertThat(ScorecardJsonReader.read(stored)).isEqualTo(scorecard);
            assertThat(ScorecardJson.write(ScorecardJsonReader.read(stored))).isEqualTo(full);
        }
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
