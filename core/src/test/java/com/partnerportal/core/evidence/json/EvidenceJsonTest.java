package com.partnerportal.core.evidence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.program.Specialization;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Evidence v1 ({@code shared/spec/evidence-v1.md}): one test per rule of its table, and the file as a whole. */
class EvidenceJsonTest {

    /** The example of evidence-v1.md. */
    static final String SPEC_EXAMPLE = """
            {
              "schemaVersion": 1,
              "asOf": "2024-03",
              "partner": { "id": "P-1001", "name": "Contoso Data Ltd" },
              "customers": [
                { "id": "C-1", "segment": "SMB", "attributions": ["PAL"],
                  "acr": { "2023-02": 0, "2023-03": 0, "2024-02": 1250.50, "2024-03": 980 } }
              ],
              "professionals": [
                { "id": "mcid-7001", "name": "Ada Lovelace",
                  "certifications": [
                    { "id": "AZURE_ADMINISTRATOR_ASSOCIATE", "earned": "2023-06-01", "expires": "2024-06-01" } ] }
              ],
              "deployments": [
                { "customerId": "C-1", "service": "Azure Synapse Analytics", "serviceLevel": 2, "date": "2023-09-15" }
              ],
              "specializations": [ { "id": "AI_ML_AZURE", "earned": "2024-01-10" } ],
              "otherAzureSpecializations": 0
            }
            """;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The problems of the spec example after a change, as "path: message" lines. */
    private static List<String> problemsAfter(Consumer<ObjectNode> change) {
        ObjectNode root;
        try {
            root = (ObjectNode) MAPPER.readTree(SPEC_EXAMPLE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        change.accept(root);
        return problems(root.toString());
    }

    private static List<String> problems(String json) {
        EvidenceValidationException e = catchThrowableOfType(EvidenceValidationException.class, () -> EvidenceJson.read(json));
        assertThat(e).as("the file is rejected").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static ObjectNode customer(ObjectNode root, int i) {
        return (ObjectNode) root.withArray("customers").get(i);
    }

    private static ObjectNode certification(ObjectNode root) {
        return (ObjectNode) root.withArray("professionals").get(0).withArray("certifications").get(0);
    }

    private static ObjectNode deployment(ObjectNode root) {
        return (ObjectNode) root.withArray("deployments").get(0);
    }

    @Test
    void the_example_of_the_spec_reads_into_evidence() {
        Evidence evidence = EvidenceJson.read(SPEC_EXAMPLE);

        assertThat(evidence.asOf()).isEqualTo(YearMonth.of(2024, 3));
        assertThat(evidence.partner().name()).isEqualTo("Contoso Data Ltd");
        assertThat(evidence.customers().get(0).segment()).isEqualTo(Segment.SMB);
        assertThat(evidence.customers().get(0).attributions()).containsExactly(Attribution.PAL);
        assertThat(evidence.customers().get(0).acr().get(YearMonth.of(2024, 2))).isEqualTo(new BigDecimal("1250.50"));
        assertThat(evidence.professionals().get(0).certifications().get(0).expires()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(evidence.deployments().get(0).serviceLevel()).isEqualTo(2);
        assertThat(evidence.specializations().get(0).id()).isEqualTo(Specialization.AI_ML_AZURE);
    }

    @Test
    void writing_and_reading_back_gives_equal_evidence_with_money_at_its_scale() {
        Evidence evidence = EvidenceJson.read(SPEC_EXAMPLE);
        String written = EvidenceJson.write(evidence);

        assertThat(EvidenceJson.read(written)).isEqualTo(evidence);
        assertThat(written).contains("\"2024-02\": 1250.50", "\"2024-03\": 980", "\"schemaVersion\": 1");
    }

    @Test
    void amounts_in_exponent_notation_are_read_exactly_and_written_plain() {
        Evidence evidence = EvidenceJson.read(SPEC_EXAMPLE.replace("980", "1.5E+3"));

        assertThat(evidence.customers().get(0).acr().get(YearMonth.of(2024, 3))).isEqualByComparingTo("1500");
        assertThat(EvidenceJson.write(evidence)).contains("\"2024-03\": 1500").doesNotContain("E+");
    }

    @Test
    void a_stream_is_read_as_utf_8() {
        Evidence evidence = EvidenceJson.read(new ByteArrayInputStream(
                SPEC_EXAMPLE.replace("Contoso Data Ltd", "Čontoso ≥ Data").getBytes(StandardCharsets.UTF_8)));

        assertThat(evidence.partner().name()).isEqualTo("Čontoso ≥ Data");
    }

    @Test
    void every_problem_is_reported_at_once_and_the_file_is_rejected_whole() {
        List<String> problems = problemsAfter(root -> {
            root.put("asOf", "2024-13");
            customer(root, 0).with("acr").put("2024-03", -1);
            deployment(root).put("serviceLevel", 0);
        });

        assertThat(problems).containsExactlyInAnyOrder(
                "asOf: not a month",
                "customers[0].acr.2024-03: must be ≥ 0",
                "deployments[0].serviceLevel: must be an integer ≥ 1");
    }

    @Test
    void text_that_is_not_json_is_rejected_with_its_position() {
        assertThat(problems("{ \"schemaVersion\": 1,")).singleElement().asString().startsWith("$: not valid JSON");
        assertThat(problems("")).containsExactly("$: empty document");
        assertThat(problems("[]")).containsExactly("$: must be an object");
    }

    @Test
    void a_key_given_twice_is_rejected() {
        assertThat(problems("{\"schemaVersion\": 1, \"schemaVersion\": 1}")).singleElement().asString()
                .contains("Duplicate field 'schemaVersion'");
    }

    @Test
    void unknown_fields_are_rejected_at_every_level() {
        assertThat(problemsAfter(root -> {
            root.put("version", 1);
            root.with("partner").put("country", "NL");
            customer(root, 0).put("tier", "gold");
            certification(root).put("score", 700);
            deployment(root).put("region", "westeurope");
        })).containsExactlyInAnyOrder(
                "version: unknown field",
                "partner.country: unknown field",
                "customers[0].tier: unknown field",
                "professionals[0].certifications[0].score: unknown field",
                "deployments[0].region: unknown field");
    }

    @Nested
    class SchemaVersion {
        @Test
        void is_required() {
            assertThat(problemsAfter(root -> root.remove("schemaVersion"))).containsExactly("schemaVersion: required");
        }

        @Test
        void must_be_1() {
            assertThat(problemsAfter(root -> root.put("schemaVersion", 2))).containsExactly("schemaVersion: must be 1");
            assertThat(problemsAfter(root -> root.put("schemaVersion", "1"))).containsExactly("schemaVersion: must be 1");
        }
    }

    @Nested
    class AsOf {
        @Test
        void is_required() {
            assertThat(problemsAfter(root -> root.remove("asOf"))).containsExactly("asOf: required");
        }

        @Test
        void must_be_a_month_written_yyyy_mm() {
            assertThat(problemsAfter(root -> root.put("asOf", "2024-3"))).containsExactly("asOf: not a month");
            assertThat(problemsAfter(root -> root.put("asOf", "2024-03-01"))).containsExactly("asOf: not a month");
        }
    }

    @Nested
    class PartnerFields {
        @Test
        void the_partner_is_required() {
            assertThat(problemsAfter(root -> root.remove("partner"))).containsExactly("partner: required");
        }

        @Test
        void the_id_is_required_and_not_blank() {
            assertThat(problemsAfter(root -> root.with("partner").remove("id"))).containsExactly("partner.id: required");
            assertThat(problemsAfter(root -> root.with("partner").put("id", " "))).containsExactly("partner.id: must not be blank");
        }

        @Test
        void the_name_is_optional() {
            ObjectNode root = (ObjectNode) read(SPEC_EXAMPLE);
            root.with("partner").remove("name");

            assertThat(EvidenceJson.read(root.toString()).partner().name()).isNull();
        }
    }

    @Nested
    class Customers {
        @Test
        void the_id_is_required() {
            assertThat(problemsAfter(root -> customer(root, 0).remove("id"))).containsExactly(
                    "customers[0].id: required",
                    "deployments[0].customerId: no customer C-1 in this file");
        }

        @Test
        void the_id_is_unique_within_the_file() {
            assertThat(problemsAfter(root -> root.withArray("customers").add(customer(root, 0).deepCopy())))
                    .containsExactly("customers[1].id: duplicate id C-1 (also customers[0])");
        }

        @Test
        void the_segment_is_required_and_one_of_smb_smc_enterprise() {
            assertThat(problemsAfter(root -> customer(root, 0).remove("segment"))).containsExactly("customers[0].segment: required");
            assertThat(problemsAfter(root -> customer(root, 0).put("segment", "MID")))
                    .containsExactly("customers[0].segment: must be SMB, SMC or ENTERPRISE");
        }

        @Test
        void attributions_are_required_non_empty_and_each_pal_dpor_or_csp() {
            assertThat(problemsAfter(root -> customer(root, 0).remove("attributions")))
                    .containsExactly("customers[0].attributions: required");
            assertThat(problemsAfter(root -> customer(root, 0).putArray("attributions")))
                    .containsExactly("customers[0].attributions: must not be empty");
            assertThat(problemsAfter(root -> customer(root, 0).putArray("attributions").add("PAL").add("RESELLER")))
                    .containsExactly("customers[0].attributions[1]: must be PAL, DPOR or CSP");
        }

        @Test
        void acr_keys_are_months() {
            assertThat(problemsAfter(root -> customer(root, 0).with("acr").put("2024-13", 5)))
                    .containsExactly("customers[0].acr.2024-13: not a month");
        }

        @Test
        void acr_amounts_are_numbers_of_at_least_0() {
            assertThat(problemsAfter(root -> customer(root, 0).with("acr").put("2024-03", -0.01)))
                    .containsExactly("customers[0].acr.2024-03: must be ≥ 0");
            assertThat(problemsAfter(root -> customer(root, 0).with("acr").put("2024-03", "980")))
                    .containsExactly("customers[0].acr.2024-03: must be a number");
        }

        @Test
        void acr_amounts_have_at_most_2_decimals() {
            assertThat(problemsAfter(root -> customer(root, 0).with("acr").put("2024-03", new BigDecimal("980.005"))))
                    .containsExactly("customers[0].acr.2024-03: must have at most 2 decimals");
        }

        @Test
        void missing_months_and_a_missing_acr_are_zero() {
            ObjectNode root = (ObjectNode) read(SPEC_EXAMPLE);
            customer(root, 0).remove("acr");

            Evidence evidence = EvidenceJson.read(root.toString());

            assertThat(evidence.customers().get(0).acr()).isEmpty();
            assertThat(evidence.customers().get(0).acrIn(YearMonth.of(2024, 3))).isEqualByComparingTo("0");
        }
    }

    @Nested
    class Professionals {
        @Test
        void the_id_is_required_and_unique() {
            assertThat(problemsAfter(root -> ((ObjectNode) root.withArray("professionals").get(0)).remove("id")))
                    .containsExactly("professionals[0].id: required");
            assertThat(problemsAfter(root -> root.withArray("professionals").add(root.withArray("professionals").get(0).deepCopy())))
                    .containsExactly("professionals[1].id: duplicate id mcid-7001 (also professionals[0])");
        }

        @Test
        void a_certification_needs_an_id_of_any_text_and_an_earned_date() {
            assertThat(problemsAfter(root -> certification(root).remove("id")))
                    .containsExactly("professionals[0].certifications[0].id: required");
            assertThat(problemsAfter(root -> certification(root).remove("earned")))
                    .containsExactly("professionals[0].certifications[0].earned: required");
            assertThat(problemsAfter(root -> certification(root).put("earned", "2023-02-30")))
                    .containsExactly("professionals[0].certifications[0].earned: not a date");
            ObjectNode root = (ObjectNode) read(SPEC_EXAMPLE);
            certification(root).put("id", "SOME_OTHER_CERTIFICATION");
            assertThat(EvidenceJson.read(root.toString()).professionals().get(0).certifications().get(0).id())
                    .isEqualTo("SOME_OTHER_CERTIFICATION");
        }

        @Test
        void expires_is_optional_and_not_before_earned() {
            assertThat(problemsAfter(root -> certification(root).put("expires", "2023-05-31")))
                    .containsExactly("professionals[0].certifications[0].expires: must not be before earned (2023-06-01)");
            ObjectNode root = (ObjectNode) read(SPEC_EXAMPLE);
            certification(root).remove("expires");
            assertThat(EvidenceJson.read(root.toString()).professionals().get(0).certifications().get(0).expires()).isNull();
        }
    }

    @Nested
    class Deployments {
        @Test
        void the_customer_must_be_a_customer_of_the_file() {
            assertThat(problemsAfter(root -> deployment(root).put("customerId", "C-9")))
                    .containsExactly("deployments[0].customerId: no customer C-9 in this file");
        }

        @Test
        void the_service_is_required_and_not_blank() {
            assertThat(problemsAfter(root -> deployment(root).put("service", "  ")))
                    .containsExactly("deployments[0].service: must not be blank");
        }

        @Test
        void the_service_level_is_an_integer_of_at_least_1() {
            assertThat(problemsAfter(root -> deployment(root).put("serviceLevel", 0)))
                    .containsExactly("deployments[0].serviceLevel: must be an integer ≥ 1");
            assertThat(problemsAfter(root -> deployment(root).put("serviceLevel", 1.5)))
                    .containsExactly("deployments[0].serviceLevel: must be an integer ≥ 1");
        }

        @Test
        void the_date_is_required() {
            assertThat(problemsAfter(root -> deployment(root).remove("date"))).containsExactly("deployments[0].date: required");
        }
    }

    @Nested
    class Specializations {
        @Test
        void are_optional() {
            ObjectNode root = (ObjectNode) read(SPEC_EXAMPLE);
            root.remove("specializations");
            root.remove("otherAzureSpecializations");

            Evidence evidence = EvidenceJson.read(root.toString());

            assertThat(evidence.specializations()).isEmpty();
            assertThat(evidence.otherAzureSpecializations()).isZero();
        }

        @Test
        void each_is_one_of_the_nine_data_and_ai_specializations() {
            assertThat(problemsAfter(root -> ((ObjectNode) root.withArray("specializations").get(0)).put("id", "SAP_ON_AZURE")))
                    .singleElement().asString()
                    .startsWith("specializations[0].id: must be AI_ML_AZURE, ANALYTICS_AZURE, ").endsWith(" or MIGRATE_ENTERPRISE_APPS_AZURE");
        }

        @Test
        void other_azure_specializations_is_an_integer_of_at_least_0() {
            assertThat(problemsAfter(root -> root.put("otherAzureSpecializations", -1)))
                    .containsExactly("otherAzureSpecializations: must be an integer ≥ 0");
        }
    }

    @Test
    void the_exception_message_lists_every_problem() {
        assertThatThrownBy(() -> EvidenceJson.read("{}"))
                .isInstanceOf(EvidenceValidationException.class)
                .hasMessage("invalid evidence (3 problems): schemaVersion: required; asOf: required; partner: required");
    }

    @Test
    void arrays_must_be_arrays() {
        assertThat(problemsAfter(root -> root.put("customers", "C-1"))).contains("customers: must be an array");
        assertThat(problemsAfter(root -> root.withArray("customers").set(0, MAPPER.getNodeFactory().textNode("C-1"))))
                .contains("customers[0]: must be an object");
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPartnerIdOutsideTheOneRuleIsRefusedNamingItsPath() {
        for (String bad : List.of("a/b", "../x", "P 1", "-P", "x".repeat(65))) {
            assertThat(problemsAfter(root -> ((ObjectNode) root.get("partner")).put("id", bad)))
                    .as(bad).anyMatch(p -> p.startsWith("partner.id") && p.contains("letter or digit"));
        }
    }
}
