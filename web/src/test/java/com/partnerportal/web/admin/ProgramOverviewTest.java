package com.partnerportal.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.web.imports.EvidenceImportService;
import com.partnerportal.web.testsupport.PartnerFixture;
import com.partnerportal.web.testsupport.SharedExamples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The program overview at /admin/partners: the ledger's open month per partner, filtered, sorted, paged, as CSV. */
@QuarkusTest
@TestSecurity(user = "omar", roles = "program-admin")
class ProgramOverviewTest {

    @Inject
    EvidenceImportService imports;

    @Test
    void theOverviewShowsEachPartnersOpenMonthAndFiltersSortsAndExportsIt() {
        // A partner whose import kept its open month in the ledger, and one created without any evidence.
        String example = SharedExamples.read(SharedExamples.evidenceFiles().stream()
                .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow());
        imports.importEvidence(EvidenceJson.read(example.replace("\"P-1001\"", "\"P-OV-1\"")), "test", "overview", true);
        PartnerFixture.partner("P-OV-2", "Overview Empty Ltd");

        String page = given().get("/admin/partners?q=P-OV-&sort=partner").then().statusCode(200).extract().asString();
        assertThat(page).contains("P-OV-1", "P-OV-2", "2 partners");
        assertThat(page).as("a partner created without the ledger's open month").contains("not scored yet");

        String csv = given().get("/admin/partners/overview.csv?q=P-OV-&sort=partner&dir=desc").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("partner_id,name,open_month,score,attained,margin_to_70,path,rule_set,"
                + "designation_lost_on,at_risk,pending_reviews,designation_status,enrolled_since,lapsed_on,"
                + "designation_until,anniversary_date,renewal_due");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("P-OV-2,");
        assertThat(lines.get(2)).startsWith("P-OV-1,").matches("P-OV-1,[^,]*,\\d{4}-\\d{2},\\d+,(true|false),'?-?\\d+,(SMB|ENTERPRISE),.*");
        assertThat(lines.get(1)).matches("P-OV-2,Overview Empty Ltd,\\d{4}-\\d{2},,,,,,,false,0,NOT_ENROLLED,,,,"
                + "\\d{4}-\\d{2}-\\d{2},false");

        String attained = given().get("/admin/partners/overview.csv?q=P-OV-&attained=yes").then().statusCode(200)
                .extract().asString();
        assertThat(attained.lines().skip(1).toList()).as("a partner not scored is not attained")
                .noneSatisfy(line -> assertThat(line).startsWith("P-OV-2,"))
                .allSatisfy(line -> assertThat(line).contains(",true,"));
        String byScore = given().get("/admin/partners?q=P-OV-&sort=score&dir=desc").then().statusCode(200)
                .extract().asString();
        assertThat(byScore.indexOf("P-OV-1")).as("scored partners first when sorting by score, descending")
                .isLessThan(byScore.indexOf("P-OV-2"));
        given().get("/admin/partners?risk=perhaps").then().statusCode(400);
        given().get("/admin/partners?sort=score&dir=up").then().statusCode(400);
    }
}
