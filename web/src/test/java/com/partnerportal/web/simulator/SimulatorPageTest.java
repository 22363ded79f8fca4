package com.partnerportal.web.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.web.imports.EvidenceImportService;
import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator changes the partner's own evidence — an existing customer's ACR, a certification added to an
 * existing person, customers and people dropped — beside its hypothetical rows. The shared SMB example (78 points
 * as of 2024-03: net adds 20, certifications 32, usage growth 20, deployments 6) is the starting point; each
 * expected total is worked out from the scoring contract (shared/spec/scoring-rules.md) in the test's comments.
 */
@QuarkusTest
@TestSecurity(user = "sim-reviewer", roles = "reviewer")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-sim-reviewer"))
class SimulatorPageTest {

    static final String PARTNER = "P-7301";
    static final String SIMULATOR = "/partners/" + PARTNER + "/simulator";

    @Inject
    EvidenceImportService imports;

    @BeforeEach
    void importTheSmbExample() {
        String json = SharedExamples.read(SharedExamples.evidenceFiles().stream()
                .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow())
                .replace("\"P-1001\"", "\"" + PARTNER + "\"");
        imports.importEvidence(EvidenceJson.read(json), "test", "simulator fixture", true);
    }

    private static Response simulate(UnaryOperator<RequestSpecification> fields) {
        Csrf csrf = Csrf.from(SIMULATOR);
        return fields.apply(csrf.post().formParam("currentAsOf", "2024-03").formParam("asOf", "2024-03"))
                .when().post(SIMULATOR);
    }

    private static Document page(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        return Jsoup.parse(response.asString());
    }

    private static int simulatedTotal(Document page) {
        return Integer.parseInt(page.selectFirst("section[aria-labelledby=simulated-heading] .total-number").text());
    }

    private static String fieldError(Document page, String field) {
        var error = page.selectFirst(".field:has(#" + field + ") .field-error");
        return error == null ? "" : error.text();
    }

    @Test
    void settingACustomersAcrChangesTheScore() {
        // C-1 at 0 in 2024-03: no longer above T = 500 in the last two months, so it is no new customer (-10);
        // usage growth stays capped at 20 ((1,500 - 1,200) / 1,200 = 25 %). 78 - 10 = 68.
        Document page = page(simulate(r -> r.formParam("a1Customer", "C-1").formParam("a1Month", "2024-03")
                .formParam("a1Usd", "0")), 200);
        assertThat(simulatedTotal(page)).isEqualTo(68);
        assertThat(page.selectFirst("#a1Customer option[selected]").attr("value")).isEqualTo("C-1");
    }

    @Test
    void addingACertificationToAnExistingPersonChangesTheScore() {
        // mcid-1 (AZ-104) also earns DP-100: 7 scoring individuals, 8 + 4 x 7 = 36 points (+4). 82.
        Document page = page(simulate(r -> r.formParam("e1Person", "mcid-1")
                .formParam("e1Certification", "AZURE_DATA_SCIENTIST_ASSOCIATE")), 200);
        assertThat(simulatedTotal(page)).isEqualTo(82);
    }

    @Test
    void droppingACustomerAndAPersonChangesTheScore() {
        // Without C-2 (650 in 2024-02, a new customer): net adds -10 and its deployment no longer counts (-2);
        // without mcid-2, the only AZ-305 holder: the SMB certifications are 4 (AZ-104 only), not 32 (-28).
        // 78 - 10 - 2 - 28 = 38.
        Document page = page(simulate(r -> r.formParam("dropCustomer", "C-2").formParam("dropPerson", "mcid-2")),
                200);
        assertThat(simulatedTotal(page)).isEqualTo(38);
        assertThat(page.select("#dropCustomer option[selected]").eachAttr("value")).containsExactly("C-2");
        assertThat(page.select("#dropPerson option[selected]").eachAttr("value")).containsExactly("mcid-2");
    }

    @Test
    void malformedOrImpossibleChangesRerenderWithAMessagePerField() {
        Document page = page(simulate(r -> r
                .formParam("a1Customer", "C-1").formParam("a1Month", "2024-13").formParam("a1Usd", "12.345")
                .formParam("a2Customer", "C-2").formParam("a2Month", "2024-03").formParam("a2Usd", "10")
                .formParam("dropCustomer", "C-2")
                .formParam("e1Person", "mcid-99").formParam("e1Certification", "AZURE_AI_ENGINEER_ASSOCIATE")
                .formParam("d1Customer", "C-1").formParam("d1Service", "Azure SQL").formParam("d1Level", "12")
                .formParam("d1Date", "2024-02-30")), 400);
        assertThat(fieldError(page, "a1Month")).isEqualTo("choose a month (YYYY-MM) from 2000-01 to 2099-12");
        assertThat(fieldError(page, "a1Usd")).isEqualTo("an amount in USD, at least 0, with at most 2 decimals (e.g. 1250.50)");
        assertThat(fieldError(page, "a2Customer")).isEqualTo("this customer is dropped above");
        assertThat(fieldError(page, "e1Person")).isEqualTo("choose one of the partner's people");
        assertThat(fieldError(page, "d1Level")).isEqualTo("a service level from 1 to 9");
        assertThat(fieldError(page, "d1Date")).isEqualTo("a date (YYYY-MM-DD)");
        assertThat(page.selectFirst("section[aria-labelledby=simulated-heading] .total-number")).isNull();
        assertThat(page.selectFirst("#a1Usd").attr("value")).as("what was typed stays").isEqualTo("12.345");

        Document unknownDrop = page(simulate(r -> r.formParam("dropCustomer", "C-99")), 400);
        assertThat(fieldError(unknownDrop, "dropCustomer")).isEqualTo("choose customers of the partner to drop: C-99");
        Document missingAmount = page(simulate(r -> r.formParam("a1Customer", "C-1").formParam("a1Month", "2024-03")),
                400);
        assertThat(fieldError(missingAmount, "a1Usd")).isEqualTo("enter the month's ACR in USD");
    }
}
