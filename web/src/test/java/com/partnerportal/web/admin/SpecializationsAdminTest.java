package com.partnerportal.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.imports.EvidenceImportService;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.ReviewFixture;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Program admins maintain a partner's specializations (issue 12, point 7): each change is audited, rescoring the open
 * month at once (what the API reads back from the ledger), bad input re-renders with the field's message and writes
 * nothing, a stale form is a 409.
 */
@QuarkusTest
@TestSecurity(user = "spec-admin", roles = "program-admin")
class SpecializationsAdminTest {

    static final String PARTNER = "P-7396";
    static final String PAGE = "/admin/partners/" + PARTNER + "/specializations";

    @Inject
    EvidenceImportService imports;

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void aProgramAdminRecordsCorrectsAndRemovesSpecializationsAndTheOpenMonthFollows() {
        String example = SharedExamples.read(SharedExamples.evidenceFiles().stream()
                .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow())
                .replace("\"P-1001\"", "\"" + PARTNER + "\"");
        imports.importEvidence(EvidenceJson.read(example), "test", "specializations fixture", true);
        Csrf csrf = Csrf.from(PAGE);

        Document page = page();
        assertThat(page.select("#specializations tbody tr")).hasSize(9);
        assertThat(earned(page, "AI_ML_AZURE")).isEqualTo("2023-11-01"); // from the imported evidence
        assertThat(earned(page, "ANALYTICS_AZURE")).isEqualTo("not held");

        post(csrf, "", Map.of("specialization", "ANALYTICS_AZURE", "earned", "2024-01-15")).then().statusCode(303);
        assertThat(earned(page(), "ANALYTICS_AZURE")).isEqualTo("2024-01-15");
        assertThat(ReviewFixture.partnerAudits("SPECIALIZATION_HELD", PARTNER)).isEqualTo(1);
        assertThat(openMonthSpecializations()).contains("ANALYTICS_AZURE");

        // The same again changes nothing and records nothing; a corrected date is one row, audited.
        post(csrf, "", Map.of("specialization", "analytics_azure", "earned", "2024-01-15")).then().statusCode(303);
        assertThat(ReviewFixture.partnerAudits("SPECIALIZATION_HELD", PARTNER)).isEqualTo(1);
        post(csrf, "", Map.of("specialization", "ANALYTICS_AZURE", "earned", "2024-01-20")).then().statusCode(303);
        assertThat(earned(page(), "ANALYTICS_AZURE")).isEqualTo("2024-01-20");
        assertThat(ReviewFixture.partnerAudits("SPECIALIZATION_HELD", PARTNER)).isEqualTo(2);

        // Bad input: the page again with the field's message, 400, nothing written.
        String tomorrow = java.time.LocalDate.now(Clock.systemUTC()).plusDays(2).toString();
        assertThat(refused(csrf, "", Map.of("specialization", "KUBERNETES_AZURE", "earned", tomorrow), "earned"))
                .contains("future");
        assertThat(refused(csrf, "", Map.of("specialization", "QUANTUM_AZURE", "earned", "2024-01-01"),
                "specialization")).contains("ANALYTICS_AZURE");
        assertThat(refused(csrf, "", Map.of("specialization", "KUBERNETES_AZURE", "earned", "15.01.2024"), "earned"))
                .contains("YYYY-MM-DD");
        assertThat(earned(page(), "KUBERNETES_AZURE")).isEqualTo("not held");

        post(csrf, "/remove", Map.of("specialization", "ANALYTICS_AZURE")).then().statusCode(303);
        assertThat(earned(page(), "ANALYTICS_AZURE")).isEqualTo("not held");
        assertThat(openMonthSpecializations()).doesNotContain("ANALYTICS_AZURE");
        post(csrf, "/remove", Map.of("specialization", "ANALYTICS_AZURE")).then().statusCode(409);
        assertThat(ReviewFixture.partnerAudits("SPECIALIZATION_DROPPED", PARTNER)).isEqualTo(1);

        // The count under the other Azure designations: versioned like the partner form.
        long version = version();
        assertThat(refused(csrf, "/other", Map.of("count", "31", "version", String.valueOf(version)), "count"))
                .contains("0 to 30");
        assertThat(refused(csrf, "/other", Map.of("count", "two", "version", String.valueOf(version)), "count"))
                .contains("0 to 30");
        post(csrf, "/other", Map.of("count", "2", "version", String.valueOf(version))).then().statusCode(303);
        assertThat(page().selectFirst("#count").attr("value")).isEqualTo("2");
        assertThat(openMonth().getInt("explanation.specializations.otherAzureSpecializations")).isEqualTo(2);
        assertThat(given().when().get("/api/v1/partners/" + PARTNER + "/evidence").then().statusCode(200).extract()
                .<Integer>path("otherAzureSpecializations")).isEqualTo(2);
        post(csrf, "/other", Map.of("count", "3", "version", String.valueOf(version))).then().statusCode(409);
        assertThat(ReviewFixture.partnerAudits("OTHER_AZURE_SPECIALIZATIONS_SET", PARTNER)).isEqualTo(1);
    }

    private static Document page() {
        return Jsoup.parse(given().when().get(PAGE).then().statusCode(200).extract().asString());
    }

    private static String earned(Document page, String specialization) {
        return page.selectFirst("tr[data-specialization=" + specialization + "] td:nth-child(2)").text();
    }

    private static Response post(Csrf csrf, String suffix, Map<String, String> form) {
        return csrf.post().formParams(form).post(PAGE + suffix);
    }

    /** Posts a form that must be refused: 400, the page with the field's message, which is returned. */
    private static String refused(Csrf csrf, String suffix, Map<String, String> form, String field) {
        long audits = ReviewFixture.partnerAudits("SPECIALIZATION_HELD", PARTNER)
                + ReviewFixture.partnerAudits("OTHER_AZURE_SPECIALIZATIONS_SET", PARTNER);
        Document page = Jsoup.parse(post(csrf, suffix, form).then().statusCode(400).extract().asString());
        assertThat(ReviewFixture.partnerAudits("SPECIALIZATION_HELD", PARTNER)
                + ReviewFixture.partnerAudits("OTHER_AZURE_SPECIALIZATIONS_SET", PARTNER)).isEqualTo(audits);
        assertThat(page.selectFirst("#" + field).attr("aria-invalid")).isEqualTo("true");
        return page.selectFirst("#" + field + "-error").text();
    }

    /** The open month's scorecard as the ledger stores it (the page and the API show the same). */
    private io.restassured.path.json.JsonPath openMonth() {
        String json = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select cast(scorecard as text) from scorecard_ledger where partner_id = ?1 and state = 'OPEN'")
                .setParameter(1, PARTNER).getSingleResult());
        return io.restassured.path.json.JsonPath.from(json);
    }

    private String openMonthSpecializations() {
        return openMonth().getString("explanation.specializations");
    }

    private static long version() {
        return QuarkusTransaction.requiringNew().call(() -> PartnerEntity.<PartnerEntity>findById(PARTNER).version);
    }
}
