package com.partnerportal.web.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.QuartzTables;
import com.partnerportal.web.testsupport.SharedExamples;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing with jqwik's generators: malformed and hostile JSON and CSV thrown at both import endpoints (API and
 * browser upload) and hostile values at the forms. Never a 5xx; a request that is refused (4xx) writes nothing
 * — every table of the schema has the same row count before and after, but Quartz's job store ({@link QuartzTables},
 * whose scheduler fires its triggers on its own meanwhile), left out by name.
 */
@QuarkusTest
class InputFuzzTest {

    static final String PARTNER = "FUZZ-1";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    // --- generators ------------------------------------------------------------------------------------------

    static Arbitrary<String> hostileStrings() {
        return Arbitraries.oneOf(
                Arbitraries.of("a/b", "../P-1001", "", " ", " P-1", "P 1", "P-1001\n", "<script>alert(1)</script>",
                        "=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "＝1+1", "＋1", " =1", "\t=1",
                        "\u0000", "\ud800", "\ufeffP-1", "é".repeat(70), "x".repeat(5_000), "null", "true", "1e309",
                        "2024-13", "0000-01", "9999-12", "2024-3", "-2024-01", "P-1001;drop table partner", "'", "\"",
                        "%00", "\\u0000", "P-1001/../../etc"),
                Arbitraries.strings().ofMaxLength(70),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(70));
    }

    static Arbitrary<JsonNode> hostileValues() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return Arbitraries.oneOf(
                hostileStrings().map(TextNode::valueOf),
                Arbitraries.of("1e308", "-1", "0", "-0.0", "0.000000001", "123456789012345678901234567890.12345",
                        "1E+400", "99999999999999", "3.14159").map(n -> (JsonNode) DecimalNode.valueOf(new BigDecimal(n))),
                Arbitraries.integers().map(i -> (JsonNode) f.numberNode(i)),
                Arbitraries.of(NullNode.getInstance(), BooleanNode.TRUE, f.arrayNode(), f.objectNode()),
                Arbitraries.integers().between(1, 40).map(InputFuzzTest::nested));
    }

    static JsonNode nested(int depth) {
        ArrayNode root = JsonNodeFactory.instance.arrayNode();
        ArrayNode current = root;
        for (int i = 0; i < depth; i++) {
            current = current.addArray();
        }
        return root;
    }

    enum Mutation { REPLACE, REMOVE, DUPLICATE, RENAME }

    /** A valid document with one random node replaced, removed, duplicated or renamed. */
    static String mutate(JsonNode base, long seed, JsonNode value, Mutation mutation) {
        JsonNode copy = base.deepCopy();
        List<Map.Entry<JsonNode, Object>> slots = new ArrayList<>();
        collect(copy, slots);
        Map.Entry<JsonNode, Object> slot = slots.get(new Random(seed).nextInt(slots.size()));
        if (slot.getKey() instanceof ObjectNode object) {
            String field = (String) slot.getValue();
            switch (mutation) {
                case REPLACE -> object.set(field, value);
                case REMOVE -> object.remove(field);
                case DUPLICATE -> object.set(field + "2", object.get(field));
                case RENAME -> object.set(value.asText().isEmpty() ? "_" : value.asText(), object.remove(field));
            }
        } else if (slot.getKey() instanceof ArrayNode array) {
            int index = (Integer) slot.getValue();
            switch (mutation) {
                case REPLACE, RENAME -> array.set(index, value);
                case REMOVE -> array.remove(index);
                case DUPLICATE -> array.add(array.get(index).deepCopy());
            }
        }
        return copy.toString();
    }

    private static void collect(JsonNode node, List<Map.Entry<JsonNode, Object>> slots) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                slots.add(Map.entry(object, name));
                collect(object.get(name), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(Map.entry(array, i));
                collect(array.get(i), slots);
            }
        }
    }

    static Arbitrary<String> evidenceDocuments(JsonNode base) {
        String text = base.toString();
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Combinators.combine(Arbitraries.longs(), hostileValues(),
                        Arbitraries.of(Mutation.class)).as((seed, value, mutation) -> mutate(base, seed, value, mutation))),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, text.length()).map(n -> text.substring(0, n))),
                net.jqwik.api.Tuple.of(1, hostileStrings()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("[".repeat(100_000), "{\"a\":".repeat(20_000) + "1",
                        "\"" + "x".repeat(300_000) + "\"", "{\"schemaVersion\": 1e999999}", "\ufeff" + text,
                        text.replace("\"P-1001\"", "\"a/b\""), text + text)));
    }

    static final List<String> CSV_LINES = List.of("FUZZ-1,C-1,2024-03,800", "FUZZ-1,C-2,2024-02,650.50",
            "FUZZ-1,C-3,2023-03,1200");

    static Arbitrary<String> csvCells() {
        return Arbitraries.oneOf(hostileStrings(), Arbitraries.of("FUZZ-1", "C-1", "2024-03", "800", "\"quoted, cell\"",
                "\"unterminated", "1,2", "1e5", "-5", "NaN", "Infinity", "0x10", "", "\r", "\"\"\""));
    }

    static Arbitrary<String> csvDocuments() {
        Arbitrary<String> line = csvCells().list().ofMinSize(0).ofMaxSize(6).map(cells -> String.join(",", cells));
        return Arbitraries.oneOf(
                line.list().ofMaxSize(5).map(lines -> "partner_id,customer_id,month,acr_usd\n"
                        + String.join("\n", CSV_LINES) + "\n" + String.join("\n", lines) + "\n"),
                line.list().ofMaxSize(5).map(lines -> String.join("\r\n", lines)),
                Combinators.combine(Arbitraries.integers().between(0, 3), csvCells(), Arbitraries.integers().between(0, 3))
                        .as((row, cell, col) -> {
                            List<String> rows = new ArrayList<>(CSV_LINES);
                            String[] cells = rows.get(row % rows.size()).split(",");
                            cells[col] = cell;
                            rows.set(row % rows.size(), String.join(",", cells));
                            return "partner_id,customer_id,month,acr_usd\n" + String.join("\n", rows) + "\n";
                        }),
                Arbitraries.of("", "\ufeffpartner_id,customer_id,month,acr_usd\nFUZZ-1,C-1,2024-03,1\n",
                        "partner_id;customer_id;month;acr_usd\n", "partner_id,customer_id,month,acr_usd\n"
                                + "FUZZ-1,C-1,2024-03,1\n".repeat(3) + "x".repeat(200_000)));
    }

    // --- the checks ------------------------------------------------------------------------------------------

    /** Row counts of every table of the schema but Quartz's. */
    Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'"
                    + " and table_name <> 'flyway_schema_history' order by 1")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            QuartzTables.check(tables);
            tables.removeIf(QuartzTables::isQuartz);
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Sends every sample; each answer is below 500, and a refusal leaves every table as it was. */
    private void fuzz(Arbitrary<String> inputs, int tries, Function<String, Response> send) throws SQLException {
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (String input : inputs.sampleStream().limit(tries).toList()) {
            Map<String, Long> before = counts();
            Response response = send.apply(input);
            int status = response.statusCode();
            String shown = input.length() > 300 ? input.substring(0, 300) + "…(" + input.length() + " chars)" : input;
            if (status >= 500) {
                failures.add(status + " for " + shown + ": " + response.asString().lines().limit(3).toList());
            } else if (status >= 400) {
                refused++;
                Map<String, Long> after = counts();
                if (!after.equals(before)) {
                    failures.add("refused (" + status + ") but written: " + before + " -> " + after + " for " + shown);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(refused).as("hostile inputs are refused").isPositive();
    }

    private static JsonNode baseEvidence() throws Exception {
        String json = SharedExamples.read(SharedExamples.evidenceFiles().stream()
                        .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow())
                .replace("\"P-1001\"", "\"" + PARTNER + "\"");
        return JSON.readTree(json);
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-omar"), @Claim(key = "preferred_username", value = "omar") })
    void theEvidenceImportApiNeverFailsAndNeverWritesPartOfARefusedFile() throws Exception {
        JsonNode base = baseEvidence();
        fuzz(evidenceDocuments(base), 150, body -> given().contentType("application/json")
                .body(body.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/imports/evidence"));
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-omar"), @Claim(key = "preferred_username", value = "omar") })
    void theAcrImportApiNeverFailsAndNeverWritesPartOfARefusedFile() throws Exception {
        PartnerFixture.partner(PARTNER, "Fuzz Ltd");
        given().contentType("application/json").body(baseEvidence().toString())
                .when().post("/api/v1/imports/evidence").then().statusCode(200);
        fuzz(csvDocuments(), 150, body -> given().contentType("text/csv")
                .body(body.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/imports/acr"));
    }

    @Test
    @TestSecurity(user = "omar", roles = "program-admin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-omar"), @Claim(key = "preferred_username", value = "omar") })
    void theBrowserUploadsAndTheAdminFormsNeverFailAndNeverWriteWhenTheyRefuse() throws Exception {
        JsonNode base = baseEvidence();
        Csrf csrf = Csrf.from("/admin/imports");
        fuzz(evidenceDocuments(base), 40, body -> csrf.withMultipart(given().redirects().follow(false))
                .multiPart("file", "evidence.json", body.getBytes(StandardCharsets.UTF_8), "application/json")
                .when().post("/admin/imports/evidence"));
        fuzz(csvDocuments(), 40, body -> csrf.withMultipart(given().redirects().follow(false))
                .multiPart("file", "acr.csv", body.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/admin/imports/acr"));
        Csrf partners = Csrf.from("/admin/partners");
        fuzz(Combinators.combine(hostileStrings(), hostileStrings(), hostileStrings())
                        .as((id, name, date) -> id + "\u0001" + name + "\u0001" + date), 80,
                fields -> {
                    String[] f = fields.split("\u0001", -1);
                    return partners.post().formParam("partnerId", f[0]).formParam("name", f[1])
                            .formParam("anniversaryDate", f[2]).when().post("/admin/partners");
                });
    }

    @Test
    @TestSecurity(user = "ada")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-fuzz-admin"), @Claim(key = "preferred_username", value = "ada") })
    void theAssociationFormsNeverFailAndNeverWriteWhenTheyRefuse() throws Exception {
        PartnerFixture.partner(PARTNER, "Fuzz Ltd");
        PartnerFixture.member(PARTNER, "sub-fuzz-admin", true);
        String base = "/partners/" + PARTNER + "/associations";
        Csrf csrf = Csrf.from(base);
        Arbitrary<String> segments = Arbitraries.oneOf(hostileStrings(), Arbitraries.of("SMB", "SMC", "ENTERPRISE"));
        Arbitrary<String> types = Arbitraries.oneOf(hostileStrings(), Arbitraries.of("PAL", "DPOR", "CSP"));
        fuzz(Combinators.combine(hostileStrings(), hostileStrings(), segments, types, hostileStrings())
                        .as((id, name, segment, type, reference) -> String.join("\u0001", id, name, segment, type, reference)),
                80, fields -> {
                    String[] f = fields.split("\u0001", -1);
                    return csrf.post().formParam("customerId", f[0]).formParam("customerName", f[1])
                            .formParam("segment", f[2]).formParam("type", f[3]).formParam("reference", f[4])
                            .when().post(base + "/customers");
                });
        fuzz(Combinators.combine(hostileStrings(), hostileStrings(), hostileStrings())
                        .as((id, name, email) -> String.join("\u0001", id, name, email)),
                80, fields -> {
                    String[] f = fields.split("\u0001", -1);
                    return csrf.post().formParam("personId", f[0]).formParam("name", f[1]).formParam("email", f[2])
                            .when().post(base + "/professionals");
                });
        for (String path : List.of("customers/1/withdraw", "professionals/1/resubmit", "nonsense/1/withdraw")) {
            fuzz(hostileStrings(), 15, version -> csrf.post().formParam("version", version).when().post(base + "/" + path));
        }
    }
}
