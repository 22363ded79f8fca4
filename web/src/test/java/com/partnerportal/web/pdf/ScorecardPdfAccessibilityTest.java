package com.partnerportal.web.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.demo.DemoEvidenceGenerator;
import com.partnerportal.web.imports.EvidenceImportService;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The scorecard PDF is tagged PDF/UA-1: veraPDF (the PDF Association's validator) finds no failed rule, for a short
 * scorecard and for one of many pages; the title is the document's title and its language is set.
 */
@QuarkusTest
class ScorecardPdfAccessibilityTest {

    /** Enough customers for tables that break across pages with repeated headers (validating 29 pages takes a minute). */
    static final String LONG = "P-7380";

    @Inject
    EvidenceImportService imports;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    @TestSecurity(user = "pdf-reviewer", roles = "reviewer")
    void theSharedExamplesScorecardPassesEveryPdfUaRule() throws IOException {
        imports.importEvidence(EvidenceJson.read(SharedExamples.read(SharedExamples.evidenceFiles().stream()
                .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow())), "test", "pdf/ua fixture", true);
        byte[] pdf = ScorecardPdfTest.download("P-1001", "?asOf=2024-03").then().statusCode(200).extract().asByteArray();

        assertThat(failedRules(pdf)).as("PDF/UA-1 rules veraPDF reports as failed").isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Scorecard P-1001 2024-03");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @Test
    @TestSecurity(user = "pdf-admin", roles = "program-admin")
    void aScorecardOfManyPagesPassesEveryPdfUaRule() {
        boolean exists = QuarkusTransaction.requiringNew().call(() -> PartnerEntity.findById(LONG) != null);
        if (!exists) {
            imports.importEvidence(DemoEvidenceGenerator.generate(LONG, "Long Data Partner", YearMonth.of(2024, 3), 80,
                    12, 7380L), "test", "pdf/ua fixture", true);
        }
        byte[] pdf = ScorecardPdfTest.download(LONG, "?asOf=2024-03&paper=letter").then().statusCode(200)
                .extract().asByteArray();
        assertThat(PdfDocument.read(pdf).pageCount()).isGreaterThan(5);

        assertThat(failedRules(pdf)).as("PDF/UA-1 rules veraPDF reports as failed").isEmpty();
    }

    @Test
    void theValidatorRejectsAnUntaggedPdf() throws IOException {
        // The check can fail: a plain PDFBox page with text, no tags, no title, no language.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document,
                    getClass().getClassLoader().getResourceAsStream("pdf/fonts/DejaVuSans.ttf"));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 700);
                content.showText("Untagged scorecard");
                content.endText();
            }
            document.save(out);
        }
        assertThat(failedRules(out.toByteArray())).isNotEmpty();
    }

    /** veraPDF's PDF/UA-1 verdict: every failed rule with how often it failed and its description. */
    static List<String> failedRules(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult result = validator.validate(parser);
            TreeMap<String, Integer> failures = new TreeMap<>();
            TreeMap<String, String> descriptions = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                    failures.merge(rule, 1, Integer::sum);
                    descriptions.putIfAbsent(rule, assertion.getMessage());
                }
            }
            assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFUA_1);
            return failures.entrySet().stream()
                    .map(e -> e.getKey() + " ×" + e.getValue() + ": " + descriptions.get(e.getKey())).toList();
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the PDF", e);
        }
    }
}
