package com.partnerportal.web.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.imports.EvidenceImportService;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A dashboard rendered once is served again while the partner's page stamp holds, and a write to what it is made of
 * shows on the next GET, through whichever path it comes: an evidence import that changes only a closed month the
 * ledger never recorded (so the ledger's open month does not change), and a change of the partner itself.
 */
@QuarkusTest
@TestSecurity(user = "kept-user")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-kept-user"))
class DashboardKeptContentTest {

    static final String PARTNER = "P-7395";
    static final String MONTH = "2024-03";
    static final String PAGE = "/partners/" + PARTNER + "?asOf=" + MONTH;

    @Inject
    EvidenceImportService imports;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    RenderedDashboards rendered;

    @Test
    void aSecondGetServesTheKeptContentAndEveryWriteShowsOnTheNextGet() throws Exception {
        String example = SharedExamples.read(SharedExamples.evidenceFiles().stream()
                .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow())
                .replace("\"P-1001\"", "\"" + PARTNER + "\"");
        imports.importEvidence(EvidenceJson.read(example), "test", "kept content fixture", true);
        PartnerFixture.member(PARTNER, "sub-kept-user", false);

        Document first = page();
        int total = total(first);
        assertThat(first.selectFirst(".ledger-computed")).as("2024-03 was never recorded: computed").isNotNull();

        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        Document again = page();
        long statements = statistics.getPrepareStatementCount();
        System.out.printf("Dashboard GET with kept content: %d statements%n", statements);
        assertThat(again.selectFirst("main").html()).isEqualTo(first.selectFirst("main").html());
        // The caller's memberships with their partners (the partner filter finds its partner among them) and the
        // stamp; the page's own reads are not made.
        assertThat(statements).isPositive().isLessThanOrEqualTo(2);
        assertThat(rendered.size()).isPositive();

        // An import that zeroes one customer's ACR of 2024-03: the ledger's open month (today's) is not affected,
        // the computed month is; the API, which keeps nothing, says what the page must now show.
        ObjectMapper json = new ObjectMapper();
        ObjectNode evidence = (ObjectNode) json.readTree(example);
        ((ObjectNode) evidence.withArray("customers").get(0).get("acr")).put(MONTH, 0);
        imports.importEvidence(EvidenceJson.read(json.writeValueAsString(evidence)), "test", "corrected ACR", true);
        int corrected = given().when().get("/api/v1/partners/" + PARTNER + "/scorecard?asOf=" + MONTH)
                .then().statusCode(200).extract().path("total");
        assertThat(corrected).isNotEqualTo(total);
        assertThat(total(page())).isEqualTo(corrected);

        QuarkusTransaction.requiringNew().run(() -> PartnerEntity.<PartnerEntity>findById(PARTNER).name = "Renamed Ltd");
        assertThat(page().selectFirst("h1").text()).startsWith("Renamed Ltd");
    }

    /**
     * Kept content is served to every caller who may see the partner, so nothing in it may come from the caller: the
     * content template and every template it includes read no {@code inject:} bean (user, CSRF token, …). Whoever
     * adds one must render it in {@code dashboard.html}, around the kept content.
     */
    @Test
    void theKeptContentReadsNothingOfTheCaller() throws Exception {
        java.util.Deque<String> open = new java.util.ArrayDeque<>(java.util.List.of("DashboardResource/content.html"));
        java.util.Set<String> read = new java.util.LinkedHashSet<>();
        java.util.regex.Pattern include = java.util.regex.Pattern.compile("\\{#include ([\\w/.-]+)");
        while (!open.isEmpty()) {
            String name = open.pop();
            if (!read.add(name)) {
                continue;
            }
            String text;
            try (var in = getClass().getClassLoader().getResourceAsStream("templates/" + name)) {
                assertThat(in).as("template " + name).isNotNull();
                text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertThat(text).as("template " + name + " (kept content)").doesNotContain("inject:");
            java.util.regex.Matcher m = include.matcher(text);
            while (m.find()) {
                open.push(m.group(1).endsWith(".html") ? m.group(1) : m.group(1) + ".html");
            }
        }
        assertThat(read).contains("DashboardResource/content.html", "attainment.html", "nextActions.html",
                "designationLine.html", "partnerNav.html", "ruleSetNote.html");
    }

    private static Document page() {
        return Jsoup.parse(given().when().get(PAGE).then().statusCode(200).extract().asString());
    }

    private static int total(Document page) {
        return Integer.parseInt(page.selectFirst(".total-number").text());
    }
}
