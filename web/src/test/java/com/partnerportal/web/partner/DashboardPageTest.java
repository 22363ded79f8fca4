package com.partnerportal.web.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.web.demo.DemoEvidenceGenerator;
import com.partnerportal.web.imports.EvidenceImportService;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The partner pages' key fragments, rendered from real scorecards (program staff view them read-only). */
@QuarkusTest
@TestSecurity(user = "dash-reviewer", roles = "reviewer")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-dash-reviewer"))
class DashboardPageTest {

    static final String ATTAINED = "P-7201";
    static final String SHORT = "P-7202";
    static final String LARGE = "P-7203";

    @Inject
    EvidenceImportService imports;

    @BeforeEach
    void partners() {
        importExample("smb-attained", "P-1001", ATTAINED);
        importExample("enterprise-short", "P-2002", SHORT);
        imports.importEvidence(DemoEvidenceGenerator.generate(LARGE, "Large Ltd", YearMonth.of(2024, 6), 120, 12, 7),
                "test", "large fixture", true);
    }

    private void importExample(String name, String id, String as) {
        String json = SharedExamples.read(SharedExamples.evidenceFiles().stream()
                .filter(f -> f.toString().contains(name)).findFirst().orElseThrow()).replace("\"" + id + "\"", "\"" + as + "\"");
        imports.importEvidence(EvidenceJson.read(json), "test", "dashboard fixture", true);
    }

    /** The page, parsed: the assertions below read its elements, not its markup. */
    private static Document page(String path) {
        return Jsoup.parse(given().when().get(path).then().statusCode(200).extract().asString());
    }

    /** Each metric's meter by its accessible name's metric: "points of max". */
    private static List<String> meters(Document page) {
        return page.select(".metric-grid meter").stream()
                .map(m -> m.attr("value") + " of " + m.attr("max")).toList();
    }

    @Test
    void anAttainedDashboardShowsTheTotalTheMetricsTheHistoryAndTheMargin() {
        Document page = page("/partners/" + ATTAINED);
        Element total = page.selectFirst(".score-total .total-number");
        assertThat(total.text()).isEqualTo("78");
        assertThat(total.hasClass("ok")).isTrue();
        assertThat(page.selectFirst(".score-status .attainment").text())
                .isEqualTo("Designation attained 8 points above the 70 line.");
        assertThat(page.selectFirst("dl.facts dt:containsOwn(Path) + dd").text()).isEqualTo("SMB");
        assertThat(page.selectFirst("select#asOf option[selected]").attr("value")).isEqualTo("2024-03");
        assertThat(meters(page)).containsExactly("20 of 30", "32 of 40", "20 of 20", "6 of 10");
        assertThat(page.select(".metric-grid h2 a").eachAttr("href"))
                .contains("/partners/" + ATTAINED + "/explain/customers?asOf=2024-03");
        assertThat(page.selectFirst("#history-heading").text()).isEqualTo("The last 24 months");
        assertThat(page.selectFirst("svg.chart polyline.chart-total").attr("points")).isNotBlank();
        assertThat(page.select("[style]")).as("no inline style (the CSP allows none)").isEmpty();
    }

    @Test
    void aDashboardNotAttainedShowsWhatIsMissingAndTheNextActions() {
        Document page = page("/partners/" + SHORT + "?asOf=2024-06");
        Element total = page.selectFirst(".score-total .total-number");
        assertThat(total.text()).isEqualTo("50");
        assertThat(total.hasClass("bad")).isTrue();
        assertThat(page.selectFirst(".score-status .attainment").text())
                .startsWith("Not attained 20 points missing to the 70 line");
        assertThat(page.selectFirst(".score-status").text()).contains("The 25-point marker is reached.");
        assertThat(page.selectFirst("dl.facts dt:containsOwn(Path) + dd").text()).isEqualTo("ENTERPRISE");
        assertThat(page.selectFirst("#next-heading").text()).isEqualTo("Next actions");
        assertThat(page.select("section[aria-labelledby=next-heading] ol.actions li")).isNotEmpty()
                .allSatisfy(step -> assertThat(step.selectFirst(".badge").text()).startsWith("+"));
    }

    @Test
    void explanationTablesSortAndPage() {
        String page = given().when().get("/partners/" + LARGE + "/explain/customers?asOf=2024-06&sort=customer&dir=desc")
                .then().statusCode(200)
                .body(containsString("Page 1 of 3 · 120 rows"))
                .body(containsString("aria-sort=\"descending\""))
                .body(containsString("rel=\"next\""))
                .extract().asString();
        // Descending by id: C-0120 comes first, C-0071 is the last of page 1.
        assertOrder(page, "C-0120", "C-0071");
        given().when().get("/partners/" + LARGE + "/explain/customers?asOf=2024-06&sort=customer&dir=desc&page=3")
                .then().statusCode(200).body(containsString("Page 3 of 3")).body(containsString("C-0001"))
                .body(not(containsString("rel=\"next\"")));
        given().when().get("/partners/" + LARGE + "/explain/certifications?asOf=2024-06").then().statusCode(200)
                .body(containsString("Scoring individuals"));
        given().when().get("/partners/" + ATTAINED + "/explain/usage-growth?asOf=2024-03").then().statusCode(200)
                .body(allOf(containsString("USD 2,300"), containsString("USD 1,200"), containsString("91.66 %")));
        given().when().get("/partners/" + LARGE + "/explain/deployments?asOf=2024-06").then().statusCode(200)
                .body(containsString("excluded: Virtual Machines Licenses never count"));
    }

    @Test
    void benefitsShowTheEntitlementOrWhatAttainingWouldBring() {
        given().when().get("/partners/" + ATTAINED + "/benefits?asOf=2024-03").then().statusCode(200)
                .body(containsString("Designation attained"))
                .body(containsString("18000 USD"))
                .body(containsString("AI and Machine Learning on Microsoft Azure"))
                .body(containsString("stacked"));
        given().when().get("/partners/" + SHORT + "/benefits?asOf=2024-06").then().statusCode(200)
                .body(containsString("No benefits yet"))
                .body(containsString("20 points are missing"))
                .body(containsString("6000 USD"));
    }

    @Test
    void theSimulatorComparesAndRejectsBadInputWithMessages() {
        String simulator = "/partners/" + ATTAINED + "/simulator";
        Csrf csrf = Csrf.from(simulator);
        Document simulated = Jsoup.parse(csrf.post().formParam("currentAsOf", "2024-03").formParam("asOf", "2024-03")
                .formParam("c1Segment", "SMB").formParam("c1Current", "900")
                .when().post(simulator)
                .then().statusCode(200).extract().asString());
        assertThat(simulated.selectFirst("#simulated-heading").text()).isEqualTo("Simulated (Mar 2024)");
        assertThat(simulated.selectFirst("section[aria-labelledby=simulated-heading] .total-number").text())
                .isEqualTo("88");
        assertThat(simulated.selectFirst("#c1Current").attr("value")).isEqualTo("900");
        csrf.post().formParam("currentAsOf", "2024-03").formParam("asOf", "2024-13")
                .formParam("c1Current", "-5").formParam("d1Customer", "C-NOPE").formParam("d1Service", "Azure SQL")
                .when().post(simulator)
                .then().statusCode(400)
                .body(containsString("choose a month (YYYY-MM)"))
                .body(containsString("an amount in USD, at least 0, with at most 2 decimals"))
                .body(containsString("choose one of the partner&#39;s customers or a hypothetical one"));
    }

    @Test
    void aMalformedMonthIsABadRequestPage() {
        given().when().get("/partners/" + ATTAINED + "?asOf=March")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("asOf: not a month (YYYY-MM): March"));
        given().when().get("/partners/" + ATTAINED + "?asOf=0000-01")
                .then().statusCode(400).body(containsString("asOf: month out of range (2000-01 … 2099-12): 0000-01"));
        given().when().get("/api/v1/partners/" + ATTAINED + "/scorecard?asOf=9999-12")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aMalformedPageNumberIsABadRequest() {
        given().when().get("/partners/" + LARGE + "/explain/customers?asOf=2024-06&page=abc")
                .then().statusCode(400).body(containsString("page: not a page number (1 to 999999): abc"));
        given().when().get("/partners/" + LARGE + "/explain/customers?asOf=2024-06&page=99999999999")
                .then().statusCode(400);
        given().when().get("/partners/" + LARGE + "/explain/customers?asOf=2024-06&page=999")
                .then().statusCode(200).body(containsString("Page 3 of 3"));
    }

    @Test
    void aTamperedHiddenMonthInTheSimulatorFallsBackToTheLatestMonth() {
        String simulator = "/partners/" + ATTAINED + "/simulator";
        Csrf.from(simulator).post().formParam("currentAsOf", "2024-13").formParam("asOf", "2024-03")
                .when().post(simulator)
                .then().statusCode(200).body(containsString("Current (Mar 2024)"));
    }

    private static void assertOrder(String html, String first, String last) {
        int a = html.indexOf(">" + first + "<");
        int b = html.indexOf(">" + last + "<");
        if (a < 0 || b < 0 || a > b) {
            throw new AssertionError("expected " + first + " before " + last + " on the page");
        }
        if (Pattern.compile(">C-0070<").matcher(html).find()) {
            throw new AssertionError("C-0070 belongs to page 2");
        }
    }
}
