package com.partnerportal.web.pdf;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.program.Subcategory;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.demo.DemoEvidenceGenerator;
import com.partnerportal.web.imports.EvidenceImportService;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class ScorecardPdfTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BIG = "P-7300";
    static final String OWN = "P-7311";
    static final String FOREIGN = "P-7312";
    /** A partner id with characters unsafe in a header or file name, and one that reduces to the same safe name. */
    static final String ODD = "P 9\"ü:x";
    static final String ODD_TWIN = "P_9___x";

    @Inject
    EvidenceImportService imports;

    static List<Path> examples() {
        return SharedExamples.evidenceFiles();
    }

    /** Imports a shared example; returns its evidence as JSON. */
    JsonNode importExample(Path example) throws IOException {
        String evidence = SharedExamples.read(example);
        imports.importEvidence(EvidenceJson.read(evidence), "test", "pdf fixture", true);
        return JSON.readTree(evidence);
    }

    /** The partner with 300 customers (and 40 professionals), imported once. */
    void importBigPartner() {
        boolean exists = QuarkusTransaction.requiringNew().call(() -> PartnerEntity.findById(BIG) != null);
        if (!exists) {
            imports.importEvidence(DemoEvidenceGenerator.generate(BIG, "Big Data Partner", YearMonth.of(2024, 3), 300,
                    40, 7300L), "test", "pdf fixture", true);
        }
    }

    static Response download(String partnerId, String query) {
        return given().redirects().follow(false).when()
                .get("/partners/{id}/scorecard.pdf" + query, partnerId);
    }

    @ParameterizedTest
    @MethodSource("examples")
    @TestSecurity(user = "pdf-reviewer", roles = "reviewer")
    void eachSharedExamplePrintsPartnerMonthEveryMetricsPointsTheTotalAndAttainment(Path example) throws IOException {
        JsonNode evidence = importExample(example);
        JsonNode expected = JSON.readTree(SharedExamples.read(SharedExamples.expectedFor(example)));
        String partnerId = expected.get("partnerId").asText();
        String month = expected.get("asOf").asText();

        Response response = download(partnerId, "?asOf=" + month);
        response.then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"scorecard-" + partnerId + "-" + month + ".pdf\"")
                .header("Cache-Control", "no-store");
        PdfDocument pdf = PdfDocument.read(response.asByteArray());
        String text = pdf.flat();

        assertThat(text).contains("Partner " + evidence.get("partner").get("name").asText() + " (" + partnerId + ")");
        assertThat(text).contains("As of " + month + " (" + YearMonth.parse(month).format(
                java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ENGLISH)) + ")");
        assertThat(text).contains("Designation Solutions Partner for Data & AI (Azure)");
        assertThat(text).contains("Rule set DATA_AI_AZURE-2024");
        assertThat(text).containsPattern("Generated at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
        for (JsonNode metric : expected.get("metrics")) {
            String name = Subcategory.valueOf(metric.get("id").asText()).displayName();
            // The metrics table: name, points, max, key figures.
            assertThat(text).as(name).containsPattern(Pattern.quote(name) + " " + metric.get("points").asInt() + " "
                    + metric.get("max").asInt() + " ");
            // The bar chart's label.
            assertThat(text).as(name + " bar").contains(name + " " + metric.get("points").asInt() + " of "
                    + metric.get("max").asInt());
        }
        int total = expected.get("total").asInt();
        assertThat(text).contains("Total " + total + " / 100");
        if (expected.get("attained").asBoolean()) {
            assertThat(text).contains("Designation attained " + (total - 70) + " points above the 70 line")
                    .doesNotContain("Not attained").contains("Keeping the designation")
                    .contains("What " + evidence.get("partner").get("name").asText() + " is entitled to, per year")
                    .contains("Azure production credits " + expected.get("benefits").get("azureProductionCreditsUsd")
                            .asLong() + " USD");
        } else {
            assertThat(text).contains("Not attained " + (70 - total) + " points missing to the 70 line")
                    .doesNotContain("Designation attained").contains("Next actions")
                    .contains("Attaining it with the specializations held today would bring");
        }
        assertThat(text).contains("Appendix: the explanation").contains("A. Customers").contains("B. Professionals")
                .contains("C. Deployments");
        assertThat(pdf.pageSize().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        assertThat(pdf.fonts()).isNotEmpty().allMatch(font -> font.contains("DejaVuSans"));
        assertThat(pdf.allFontsEmbedded()).isTrue();
        assertThat(pdf.pages().get(0)).contains("Page 1 of " + pdf.pageCount());
    }

    @Test
    @TestSecurity(user = "pdf-admin", roles = "program-admin")
    void aPartnerWith300CustomersPrintsOnManyPagesWithPageNumbersAndTheTableHeaderOnEveryPage() {
        importBigPartner();
        Response response = download(BIG, "?asOf=2024-03");
        response.then().statusCode(200).contentType("application/pdf");
        PdfDocument pdf = PdfDocument.read(response.asByteArray());

        int pages = pdf.pageCount();
        assertThat(pages).isGreaterThan(5);
        for (int page = 1; page <= pages; page++) {
            assertThat(pdf.pages().get(page - 1)).as("page " + page).contains("Page " + page + " of " + pages);
        }
        assertThat(pdf.text()).contains("C-0001").contains("C-0300");
        Pattern customerRow = Pattern.compile("C-\\d{4} (SMB|SMC|ENTERPRISE) ");
        Pattern customerHeader = Pattern.compile("Customer Segment Baseline ACR Recent ACR Counts Why");
        List<Integer> withRows = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            String text = pdf.pages().get(page - 1).replaceAll("\\s+", " ");
            if (customerRow.matcher(text).find()) {
                withRows.add(page);
                assertThat(text).as("customer table header on page " + page).containsPattern(customerHeader);
            }
        }
        assertThat(withRows).as("pages with customer rows").hasSizeGreaterThan(2);
    }

    @Test
    @TestSecurity(user = "pdf-admin", roles = "program-admin")
    void a4ByDefaultLetterOnRequest() {
        PartnerFixture.partner(OWN, "Own Partner");
        PdfDocument a4 = PdfDocument.read(download(OWN, "?asOf=2024-03").then().statusCode(200).extract()
                .asByteArray());
        PdfDocument letter = PdfDocument.read(download(OWN, "?asOf=2024-03&paper=letter").then().statusCode(200)
                .extract().asByteArray());
        assertThat(a4.pageSize().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        assertThat(a4.pageSize().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
        assertThat(letter.pageSize().getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
        assertThat(letter.pageSize().getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
        assertThat(letter.flat()).contains("Own Partner (" + OWN + ")").contains("No attributed customers.");
    }

    @Test
    @TestSecurity(user = "pdf-admin", roles = "program-admin")
    void aBadMonthOrPaperIsA400PageNeverA500() {
        PartnerFixture.partner(OWN, "Own Partner");
        for (String query : List.of("?asOf=2024-13", "?asOf=24-03", "?asOf=%3Cscript%3E", "?paper=a5",
                "?asOf=2024-03&paper=")) {
            Response response = download(OWN, query);
            if (query.endsWith("paper=")) {
                response.then().statusCode(200).contentType("application/pdf");
                continue;
            }
            response.then().statusCode(400).contentType(startsWith("text/html"))
                    .body(containsString(query.contains("paper") ? "paper: must be a4 or letter" : "asOf"))
                    .body(org.hamcrest.Matchers.not(containsString("<script>")));
        }
        // A client that only accepts PDF still gets the error page with its status, not a 406 or a 500.
        given().accept("application/pdf").when().get("/partners/{id}/scorecard.pdf?asOf=2024-13", OWN)
                .then().statusCode(400).contentType(startsWith("text/html"));
        given().accept("application/pdf").when().get("/partners/P-0404/scorecard.pdf").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "pdf-admin", roles = "program-admin")
    void unsafeCharactersInThePartnerIdNeverReachTheHeaderAndUserTextIsPrintedAsText() {
        PartnerFixture.partner(ODD, "Odd <b>&amp; \u0001Partner</b>");
        Response response = download(ODD, "?asOf=2024-03");
        response.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"scorecard-P_9___x-2024-03.pdf\"");
        String text = PdfDocument.read(response.asByteArray()).flat();
        assertThat(text).contains("Odd <b>&amp; Partner</b> (" + ODD + ")");
    }

    @Test
    @TestSecurity(user = "pdf-member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-pdf-member"))
    void aMemberDownloadsTheirOwnPartnersPdfAndAForeignPartnerIsNotFound() {
        PartnerFixture.partner(OWN, "Own Partner");
        PartnerFixture.partner(FOREIGN, "Foreign Partner");
        PartnerFixture.member(OWN, "sub-pdf-member", false);
        Response own = download(OWN, "?asOf=2024-03");
        own.then().statusCode(200).contentType("application/pdf");
        assertThat(PdfDocument.read(own.asByteArray()).flat()).contains("Own Partner (" + OWN + ")");
        download(FOREIGN, "?asOf=2024-03").then().statusCode(404).contentType(startsWith("text/html"));
        download("P-0404", "?asOf=2024-03").then().statusCode(404);
        // Bad input on a foreign partner still says nothing about it.
        download(FOREIGN, "?asOf=2024-13").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "pdf-nobody")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-pdf-nobody"))
    void aUserWithoutMembershipGets404() {
        PartnerFixture.partner(OWN, "Own Partner");
        download(OWN, "?asOf=2024-03").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "pdf-reviewer", roles = "reviewer")
    void theDashboardLinksToThePdfOfTheMonthShown() {
        PartnerFixture.partner(OWN, "Own Partner");
        given().when().get("/partners/{id}?asOf=2024-02", OWN).then().statusCode(200)
                .body(containsString("href=\"/partners/" + OWN + "/scorecard.pdf?asOf=2024-02\""))
                .body(containsString("Download PDF"));
    }

    @Test
    @TestSecurity(user = "pdf-admin", roles = "program-admin")
    void theArchiveHoldsOneValidPdfPerPartnerAndIsStreamed() throws IOException {
        for (Path example : examples()) {
            importExample(example);
        }
        PartnerFixture.partner(ODD, "Odd Partner");
        PartnerFixture.partner(ODD_TWIN, "Odd Twin Partner");
        List<String> partners = QuarkusTransaction.requiringNew().call(() -> PartnerEntity.<PartnerEntity>listAll()
                .stream().map(p -> p.partnerId).toList());

        Response response = given().when().get("/admin/scorecards.zip?asOf=2024-03");
        response.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"scorecards-2024-03.zip\"")
                .header("Cache-Control", "no-store")
                .header("Transfer-Encoding", "chunked");
        assertThat(response.getHeader("Content-Length")).as("streamed, not buffered").isNull();

        Map<String, PdfDocument> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.asByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getName()).matches("scorecard-[A-Za-z0-9._-]+-2024-03(-\\d+)?\\.pdf");
                assertThat(entries.put(entry.getName(), PdfDocument.read(zip.readAllBytes()))).isNull();
            }
        }
        assertThat(entries).hasSize(partners.size());
        assertThat(entries).containsKeys("scorecard-P-1001-2024-03.pdf", "scorecard-P_9___x-2024-03.pdf",
                "scorecard-P_9___x-2024-03-2.pdf");
        for (String partnerId : partners) {
            assertThat(entries.values()).as(partnerId).anySatisfy(pdf -> assertThat(pdf.flat())
                    .contains("(" + partnerId + ") Designation").contains("As of 2024-03"));
        }
        assertThat(entries.values()).allSatisfy(pdf -> assertThat(pdf.pageCount()).isPositive());
    }

    @Test
    @TestSecurity(user = "pdf-reviewer", roles = "reviewer")
    void onlyProgramAdminsGetTheArchive() {
        given().when().get("/admin/scorecards.zip?asOf=2024-03").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "pdf-member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-pdf-member-admin"))
    void aPartnerAdminDoesNotGetTheArchive() {
        PartnerFixture.partner(OWN, "Own Partner");
        PartnerFixture.member(OWN, "sub-pdf-member-admin", true);
        given().when().get("/admin/scorecards.zip?asOf=2024-03").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "pdf-admin", roles = "program-admin")
    void theArchiveNeedsAValidMonth() {
        given().when().get("/admin/scorecards.zip").then().statusCode(400).body(containsString("asOf"));
        given().when().get("/admin/scorecards.zip?asOf=2024-3").then().statusCode(400);
        given().when().get("/admin/scorecards.zip?asOf=2024-03&paper=legal").then().statusCode(400);
    }
}
