package com.partnerportal.web.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

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

    @Test
    void anAttainedDashboardShowsTheTotalTheMetricsTheHistoryAndTheMargin() {
        given().when().get("/partners/" + ATTAINED)
                .then().statusCode(200)
                .body(containsString("<span class=\"total-number ok\">78</span>"))
                .body(containsString("Designation attained"))
                .body(containsString("8 points above the 70 line"))
                .body(containsString("SMB path"))
                .body(containsString("<option value=\"2024-03\" selected>Mar 2024</option>"))
                .body(containsString("meter min=\"0\" max=\"30\" value=\"20\""))
                .body(containsString("meter min=\"0\" max=\"40\" value=\"32\""))
                .body(containsString("meter min=\"0\" max=\"20\" value=\"20\""))
                .body(containsString("meter min=\"0\" max=\"10\" value=\"6\""))
                .body(containsString("href=\"/partners/" + ATTAINED + "/explain/customers?asOf=2024-03\""))
                .body(containsString("The last 24 months"))
                .body(containsString("<polyline points=\""))
                .body(not(containsString("style=")));
    }

    @Test
    void aDashboardNotAttainedShowsWhatIsMissingAndTheNextActions() {
        given().when().get("/partners/" + SHORT + "?asOf=2024-06")
                .then().statusCode(200)
                .body(containsString("<span class=\"total-number bad\">50</span>"))
                .body(containsString("Not attained"))
                .body(containsString("20 points missing to the 70 line"))
                .body(containsString("The 25-point marker is reached."))
                .body(containsString("ENTERPRISE"))
                .body(containsString("Next actions"))
                .body(containsString("<ol class=\"actions\">"));
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
        csrf.post().formParam("currentAsOf", "2024-03").formParam("asOf", "2024-03")
                .formParam("c1Segment", "SMB").formParam("c1Current", "900")
                .when().post(simulator)
                .then().statusCode(200)
                .body(containsString("Simulated (Mar 2024)"))
                .body(containsString("<span class=\"total-number ok\">88</span>"))
                .body(containsString("value=\"900\""));
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
