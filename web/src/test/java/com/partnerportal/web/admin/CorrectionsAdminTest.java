package com.partnerportal.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.web.imports.EvidenceImportService;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.ReviewFixture;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Program admins correct imported records (issue 12, point 8) in place: no second row, an audit event with the reason,
 * and the scorecard computed from the records follows (read back through the API, which keeps nothing). Bad input and
 * records that are not there re-render the form with the field's message, 400, nothing written.
 */
@QuarkusTest
@TestSecurity(user = "corr-admin", roles = "program-admin")
class CorrectionsAdminTest {

    static final String PARTNER = "P-7397";
    static final String PAGE = "/admin/partners/" + PARTNER + "/corrections";

    @Inject
    EvidenceImportService imports;

    @Inject
    EntityManager em;

    @Test
    void acrCertificationDeploymentAndCustomerAreCorrectedInPlaceAuditedAndScored() {
        String example = SharedExamples.read(SharedExamples.evidenceFiles().stream()
                .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow())
                .replace("\"P-1001\"", "\"" + PARTNER + "\"");
        imports.importEvidence(EvidenceJson.read(example), "test", "corrections fixture", true);
        Csrf csrf = Csrf.from(PAGE);
        given().when().get(PAGE).then().statusCode(200);
        int total = total();

        // ACR: C-1's 2024-03 to 0 — in place, one row, audited with the reason; the score moves.
        post(csrf, "/acr", Map.of("customer", "C-1", "month", "2024-03", "amount", "0", "reason", "telemetry fix #12"))
                .then().statusCode(303);
        assertThat(count("select count(*) from acr_month m join customer c on c.partner_id = m.partner_id"
                + " and c.id = m.customer_ref where m.partner_id = ?1 and c.customer_id = 'C-1' and m.month = date '2024-03-01'"
                + " and m.amount = 0")).isEqualTo(1);
        assertThat(ReviewFixture.partnerAudits("ACR_CORRECTED", PARTNER)).isEqualTo(1);
        int corrected = total();
        assertThat(corrected).isNotEqualTo(total);

        // A certification's earned date corrected: the row moves, no second row.
        post(csrf, "/certification", Map.of("person", "mcid-1", "certification", "AZURE_ADMINISTRATOR_ASSOCIATE",
                "earned", "2023-01-15", "newEarned", "2023-02-01", "action", "correct", "reason", "typo in import"))
                .then().statusCode(303);
        assertThat(count("select count(*) from certification c join professional p on p.partner_id = c.partner_id"
                + " and p.id = c.professional_ref where c.partner_id = ?1 and p.person_id = 'mcid-1'")).isEqualTo(1);
        assertThat(count("select count(*) from certification where partner_id = ?1 and earned = date '2023-02-01'"))
                .isEqualTo(1);
        assertThat(ReviewFixture.partnerAudits("CERTIFICATION_CORRECTED", PARTNER)).isEqualTo(1);

        // Records that are not there, and bad fields: 400 with the field's message, nothing written.
        long events = events();
        assertThat(refused(csrf, "/acr", Map.of("customer", "C-404", "month", "2024-03", "amount", "1",
                "reason", "x"), "acr-customer")).contains("no customer C-404");
        assertThat(refused(csrf, "/acr", Map.of("customer", "C-1", "month", "2024-13", "amount", "1",
                "reason", "x"), "acr-month")).contains("YYYY-MM");
        assertThat(refused(csrf, "/acr", Map.of("customer", "C-1", "month", "2024-03", "amount", "-5",
                "reason", "x"), "acr-amount")).contains("USD");
        assertThat(refused(csrf, "/acr", Map.of("customer", "C-1", "month", "2024-03", "amount", "5",
                "reason", " "), "acr-reason")).contains("reason");
        assertThat(refused(csrf, "/certification", Map.of("person", "mcid-1", "certification",
                "AZURE_ADMINISTRATOR_ASSOCIATE", "earned", "2023-01-15", "newEarned", "2023-03-01", "action", "correct",
                "reason", "x"), "cert-earned")).contains("no certification");
        assertThat(refused(csrf, "/certification", Map.of("person", "mcid-1", "certification",
                "AZURE_ADMINISTRATOR_ASSOCIATE", "earned", "2023-02-01", "newEarned", "2023-03-01", "newExpires",
                "2023-02-15", "action", "correct", "reason", "x"), "cert-newExpires")).contains("before");
        assertThat(refused(csrf, "/deployment/remove", Map.of("customer", "C-1", "service", "Azure Synapse Analytics",
                "level", "3", "deployed", "2023-10-01", "reason", "x"), "dep-service")).contains("no deployment");
        assertThat(events()).isEqualTo(events);

        post(csrf, "/deployment/remove", Map.of("customer", "C-1", "service", "Azure Synapse Analytics", "level", "2",
                "deployed", "2023-10-01", "reason", "never deployed")).then().statusCode(303);
        assertThat(count("select count(*) from deployment where partner_id = ?1")).isEqualTo(2);

        post(csrf, "/customer/remove", Map.of("customer", "C-2", "reason", "not our customer")).then().statusCode(303);
        assertThat(count("select count(*) from customer where partner_id = ?1 and customer_id = 'C-2'")).isZero();
        assertThat(count("select count(*) from customer_association a join customer c on c.partner_id = a.partner_id"
                + " and c.id = a.customer_ref where a.partner_id = ?1 and c.customer_id = 'C-2'")).isZero();
        assertThat(ReviewFixture.partnerAudits("CUSTOMER_REMOVED", PARTNER)).isEqualTo(1);
        assertThat(ReviewFixture.partnerAudits("DEPLOYMENT_REMOVED", PARTNER)).isEqualTo(1);

        // Removing the month's ACR altogether, then again: the second finds nothing to remove.
        post(csrf, "/acr", Map.of("customer", "C-1", "month", "2024-03", "amount", "", "reason", "no usage"))
                .then().statusCode(303);
        assertThat(refused(csrf, "/acr", Map.of("customer", "C-1", "month", "2024-03", "amount", "", "reason",
                "again"), "acr-amount")).contains("no ACR");
        assertThat(ReviewFixture.partnerAudits("ACR_REMOVED", PARTNER)).isEqualTo(1);
    }

    private static Response post(Csrf csrf, String suffix, Map<String, String> form) {
        return csrf.post().formParams(form).post(PAGE + suffix);
    }

    private static String refused(Csrf csrf, String suffix, Map<String, String> form, String id) {
        Document page = Jsoup.parse(post(csrf, suffix, form).then().statusCode(400).extract().asString());
        assertThat(page.selectFirst("#" + id).attr("aria-invalid")).as(id).isEqualTo("true");
        return page.selectFirst("#" + id + "-error").text();
    }

    private static int total() {
        return given().when().get("/api/v1/partners/" + PARTNER + "/scorecard?asOf=2024-03").then().statusCode(200)
                .extract().path("total");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, PARTNER).getSingleResult()).longValue());
    }

    private long events() {
        return count("select count(*) from audit_event where partner_id = ?1");
    }
}
