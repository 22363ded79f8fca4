package com.partnerportal.web.rules;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.web.imports.EvidenceImportService;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The side-by-side page of the two rule sets, on the spec's worked example (shared/examples/rules-2026). */
@QuarkusTest
@TestSecurity(user = "rules-reviewer", roles = "reviewer")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-rules-reviewer"))
class RuleSetComparisonPageTest {

    static final String PARTNER = "P-7261";

    @Inject
    EvidenceImportService imports;

    @BeforeEach
    void partner() {
        String json = SharedExamples.read(SharedExamples.dir().resolve("rules-2026").resolve("example-2026-rules.json"))
                .replace("\"P-2601\"", "\"" + PARTNER + "\"");
        imports.importEvidence(EvidenceJson.read(json), "test", "rule-set comparison fixture", true);
    }

    private static Document page(String asOf) {
        return Jsoup.parse(given().when().get("/partners/" + PARTNER + "/rules?asOf=" + asOf)
                .then().statusCode(200).extract().asString());
    }

    private static Element row(Document page, String id) {
        Element row = page.selectFirst("#rule-set-comparison tr[data-row=" + id + "]");
        assertThat(row).as("row " + id).isNotNull();
        return row;
    }

    @Test
    void theWorkedExampleSideBySideWithTheReasonsForEachDifference() {
        Document page = page("2026-06");

        assertThat(page.selectFirst("#rule-set-in-force").attr("data-rule-set")).isEqualTo("DATA_AI_AZURE-2026");
        assertThat(row(page, "NET_CUSTOMER_ADDS").attr("data-before")).isEqualTo("10");
        assertThat(row(page, "NET_CUSTOMER_ADDS").attr("data-after")).isEqualTo("30");
        assertThat(row(page, "DEPLOYMENTS").attr("data-before")).isEqualTo("4");
        assertThat(row(page, "DEPLOYMENTS").attr("data-after")).isEqualTo("2");
        assertThat(row(page, "TOTAL").attr("data-before")).isEqualTo("14");
        assertThat(row(page, "TOTAL").attr("data-after")).isEqualTo("32");
        assertThat(row(page, "PATH").text()).contains("Enterprise", "SMB", "path SMB: revenue no longer decides");
        assertThat(row(page, "DEPLOYMENTS").select("li").eachText())
                .containsExactly("Azure Data Factory at 2 customers counts once under the 2026 rules");
        assertThat(row(page, "USAGE_GROWTH").text()).contains("the same");
        assertThat(page.select("th[data-rule-set]").eachAttr("data-rule-set"))
                .containsExactly("DATA_AI_AZURE-2024", "DATA_AI_AZURE-2026");
    }

    @Test
    void beforeTheBoundaryTheMarchTwentyTwentyFourGuideIsInForce() {
        Document page = page("2026-04");

        assertThat(page.selectFirst("#rule-set-in-force").attr("data-rule-set")).isEqualTo("DATA_AI_AZURE-2024");
    }

    @Test
    void theDashboardNamesTheRuleSetAndItsChartMarksTheMonthTheRuleSetChanged() {
        Document page = Jsoup.parse(given().when().get("/partners/" + PARTNER + "?asOf=2026-06")
                .then().statusCode(200).extract().asString());

        assertThat(page.selectFirst(".rule-set-note").attr("data-rule-set")).isEqualTo("DATA_AI_AZURE-2026");
        assertThat(page.select("svg.chart g.chart-rule-set")).singleElement().satisfies(mark -> {
            assertThat(mark.attr("data-month")).isEqualTo("2026-05");
            assertThat(mark.attr("data-rule-set")).isEqualTo("DATA_AI_AZURE-2026");
        });
    }

    @Test
    void theApiAndTheExplanationPagesNameTheRuleSet() {
        given().when().get("/api/v1/partners/" + PARTNER + "/scorecard?asOf=2026-06").then().statusCode(200)
                .body("ruleSet", org.hamcrest.Matchers.equalTo("DATA_AI_AZURE-2026"))
                .body("total", org.hamcrest.Matchers.equalTo(32));
        given().when().get("/api/v1/partners/" + PARTNER + "/scorecard?asOf=2026-04").then().statusCode(200)
                .body("ruleSet", org.hamcrest.Matchers.equalTo("DATA_AI_AZURE-2024"));
        for (String page : new String[] {"explain/customers", "explain/certifications", "explain/usage-growth",
                "explain/deployments", "benefits", "simulator"}) {
            Document html = Jsoup.parse(given().when().get("/partners/" + PARTNER + "/" + page + "?asOf=2026-06")
                    .then().statusCode(200).extract().asString());
            assertThat(html.selectFirst(".rule-set-note")).as(page).isNotNull();
            assertThat(html.selectFirst(".rule-set-note").attr("data-rule-set")).as(page).isEqualTo("DATA_AI_AZURE-2026");
        }
    }

    @Test
    void theSimulatorOffersTheCertificationCatalogueOfTheRuleSetInForce() {
        Document page = Jsoup.parse(given().when().get("/partners/" + PARTNER + "/simulator?asOf=2026-06")
                .then().statusCode(200).extract().asString());

        List<String> offered = page.select("select#p1Cert1 option").eachAttr("value");
        assertThat(offered).contains("FABRIC_DATA_ENGINEER_ASSOCIATE", "AZURE_ADMINISTRATOR_ASSOCIATE")
                .doesNotContain("AZURE_DATA_ENGINEER_ASSOCIATE", "CUSTOMER_DATA_PLATFORM_SPECIALTY");
        assertThat(page.selectFirst("#certification-catalogue").attr("data-rule-set")).isEqualTo("DATA_AI_AZURE-2026");
    }

    @Test
    void aMalformedMonthIsABadRequest() {
        given().when().get("/partners/" + PARTNER + "/rules?asOf=2026-13").then().statusCode(400);
    }
}
