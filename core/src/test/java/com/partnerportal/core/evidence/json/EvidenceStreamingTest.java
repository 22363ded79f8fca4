package com.partnerportal.core.evidence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.core.evidence.Evidence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evidence files are read as they stream in, with caps: the number of items of every array, the months of a
 * customer's ACR, the nesting depth and the length of strings and numbers. Whatever breaks a cap is a problem that
 * names the JSON path (or "$" for what the parser refuses), never an error of the reader.
 */
class EvidenceStreamingTest {

    static final String HEAD = "{\"schemaVersion\":1,\"asOf\":\"2024-03\",\"partner\":{\"id\":\"P-1\",\"name\":\"P\"},";

    private static List<String> problems(String json) {
        try {
            EvidenceJson.read(json);
        } catch (EvidenceValidationException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("accepted: " + json.substring(0, Math.min(200, json.length())));
    }

    private static String customers(int count, int firstDuplicateAt) {
        StringBuilder json = new StringBuilder(HEAD).append("\"customers\":[");
        for (int i = 0; i < count; i++) {
            json.append(i > 0 ? "," : "").append("{\"id\":\"C-").append(i == firstDuplicateAt ? 0 : i)
                    .append("\",\"segment\":\"SMB\",\"attributions\":[\"PAL\"],\"acr\":{\"2024-03\":1.00}}");
        }
        return json.append("]}").toString();
    }

    @Test
    void aFileReadFromAStreamIsTheSameAsFromAString() {
        String json = customers(2_000, -1);
        Evidence fromString = EvidenceJson.read(json);
        Evidence fromStream = EvidenceJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(fromStream).isEqualTo(fromString);
        assertThat(fromStream.customers()).hasSize(2_000);
    }

    @Test
    void streamedCustomersStillFindDuplicatesAndDeploymentsOfUnknownCustomers() {
        String json = customers(5, 3).replace("]}", "],\"deployments\":[{\"customerId\":\"C-9\",\"service\":\"s\","
                + "\"serviceLevel\":1,\"date\":\"2024-01-01\"}]}");
        assertThat(problems(json)).contains("customers[3].id: duplicate id C-0 (also customers[0])",
                "deployments[0].customerId: no customer C-9 in this file");
    }

    @Test
    void moreCustomersThanTheCapAreRefusedNamingTheArray() {
        int max = EvidenceReader.MAX_ITEMS.get("customers");
        assertThat(problems(customers(max + 1, -1))).contains("customers: at most " + max + " items");
    }

    @Test
    void everyArrayAndTheAcrMonthsAreCapped() {
        StringBuilder months = new StringBuilder();
        for (int i = 0; i <= EvidenceReader.MAX_ACR_MONTHS; i++) {
            months.append(i > 0 ? "," : "").append("\"").append(2000 + i / 12).append("-")
                    .append(String.format("%02d", 1 + i % 12)).append("\":1");
        }
        String acr = HEAD + "\"customers\":[{\"id\":\"C-1\",\"segment\":\"SMB\",\"attributions\":[\"PAL\"],\"acr\":{"
                + months + "}}]}";
        assertThat(problems(acr)).contains("customers[0].acr: at most " + EvidenceReader.MAX_ACR_MONTHS + " months");
        StringBuilder specializations = new StringBuilder(HEAD).append("\"specializations\":[");
        for (int i = 0; i <= EvidenceReader.MAX_ITEMS.get("specializations"); i++) {
            specializations.append(i > 0 ? "," : "").append("{}");
        }
        assertThat(problems(specializations.append("]}").toString()))
                .contains("specializations: at most " + EvidenceReader.MAX_ITEMS.get("specializations") + " items");
    }

    @Test
    void deepNestingLongStringsAndLongNumbersAreRefusedByTheParser() {
        String deep = HEAD + "\"deployments\":" + "[".repeat(JsonSupport.MAX_DEPTH + 5) + "]".repeat(JsonSupport.MAX_DEPTH + 5) + "}";
        assertThat(problems(deep)).singleElement().asString().startsWith("$: not valid JSON").contains("nesting depth");
        String longString = HEAD.replace("\"name\":\"P\"", "\"name\":\"" + "x".repeat(JsonSupport.MAX_STRING + 1) + "\"") + "}";
        assertThat(problems(longString)).singleElement().asString().startsWith("$: not valid JSON");
        String longNumber = HEAD + "\"otherAzureSpecializations\":" + "9".repeat(JsonSupport.MAX_NUMBER + 1) + "}";
        assertThat(problems(longNumber)).singleElement().asString().startsWith("$: not valid JSON");
    }

    @Test
    void contentAfterTheDocumentAndBytesThatAreNotUtf8AreNotJson() {
        assertThat(problems(customers(1, -1) + " {}")).singleElement().asString().startsWith("$: not valid JSON");
        byte[] latin1 = (HEAD.replace("\"P\"", "\"Caf\u00e9\"") + "}").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> EvidenceJson.read(new ByteArrayInputStream(latin1)))
                .isInstanceOf(EvidenceValidationException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void theStreamIsReadOnceAndLeftOpen() throws IOException {
        String json = customers(3, -1);
        boolean[] closed = {false};
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                InputStream.nullInputStream()) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        assertThat(EvidenceJson.read(in).customers()).hasSize(3);
        assertThat(closed[0]).isFalse();
    }
}
