package com.partnerportal.web.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.partnerportal.persistence.audit.AuditLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit trail page and its CSV export: filters, paging, escaping and formula-injection safety. */
@QuarkusTest
@TestSecurity(user = "rita", roles = "reviewer")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-rita-audit"))
class AuditTrailTest {

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Test
    void theTrailFiltersByPartnerUserActionAndDateAndEscapesWhatItShows() {
        String partner = "P-8301";
        QuarkusTransaction.requiringNew().run(() -> {
            audit.record("ann", "ASSOCIATION_APPROVED", partner, "customer_association", "1", Map.of("state", "SUBMITTED"),
                    Map.of("state", "APPROVED"), null);
            audit.record("ben", "ASSOCIATION_REJECTED", partner, "customer_association", "2", Map.of("state", "SUBMITTED"),
                    Map.of("state", "REJECTED"), "<script>alert(1)</script>");
            audit.record("ann", "PARTNER_UPDATED", "P-8302", "partner", "P-8302", (String) null, null, null);
        });

        String all = given().get("/review/audit?partner=" + partner).then().statusCode(200).extract().asString();
        assertThat(all).contains("ASSOCIATION_APPROVED", "ASSOCIATION_REJECTED", "2 events")
                .doesNotContain("<td>PARTNER_UPDATED</td>").doesNotContain("<script>alert(1)")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(given().get("/review/audit?partner=" + partner + "&actor=ben").asString())
                .contains("ASSOCIATION_REJECTED", "1 event").doesNotContain("ASSOCIATION_APPROVED</td>");
        assertThat(given().get("/review/audit?actor=ann&action=partner_updated").asString())
                .contains("P-8302").doesNotContain("ASSOCIATION_APPROVED</td>");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(given().get("/review/audit?partner=" + partner + "&from=" + today + "&to=" + today).asString())
                .contains("2 events");
        assertThat(given().get("/review/audit?partner=" + partner + "&to=2020-01-01").asString())
                .contains("0 events", "No events match");

        given().get("/review/audit?from=yesterday&to=2024-02-30&action=DROP TABLE").then().statusCode(400)
                .body(containsString("from: not a date (YYYY-MM-DD)"))
                .body(containsString("to: not a date (YYYY-MM-DD)"))
                .body(containsString("action: letters and underscores only"));
        given().get("/review/audit?from=2024-03-02&to=2024-03-01").then().statusCode(400)
                .body(containsString("to: must not be before from"));
    }

    @Test
    void theTrailIsPaged() {
        String partner = "P-8303";
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 51; i++) {
                audit.record("pager", "TEST_EVENT", partner, "test", "row-" + i, (String) null, null, null);
            }
        });
        assertThat(given().get("/review/audit?partner=" + partner).asString()).contains("Page 1 of 2", "51 events",
                "row-50").doesNotContain(">row-0<");
        assertThat(given().get("/review/audit?partner=" + partner + "&page=2").asString()).contains("Page 2 of 2",
                ">row-0<");
    }

    @Test
    void theCsvExportHasEveryMatchingEventQuotedAndFormulaSafe() {
        String partner = "P-8304";
        QuarkusTransaction.requiringNew().run(() -> audit.record("=HYPERLINK(\"http://evil\",\"click\")",
                "ASSOCIATION_REJECTED", partner, "customer_association", "@SUM(1)", Map.of("state", "SUBMITTED"),
                Map.of("state", "REJECTED"), "-1+2, \"quoted\"\nnext line"));

        var response = given().get("/review/audit.csv?partner=" + partner).then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"audit-"
                        + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(ZoneOffset.UTC)) + ".csv\""))
                .extract();
        String csv = response.asString();
        assertThat(csv).startsWith("occurred_at,actor,action,partner_id,entity_type,entity_id,before,after,reason\r\n");
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",ASSOCIATION_REJECTED," + partner
                + ",customer_association,'@SUM(1),\"{\"\"state\"\": \"\"SUBMITTED\"\"}\",\"{\"\"state\"\": \"\"REJECTED\"\"}\","
                + "\"'-1+2, \"\"quoted\"\"\nnext line\"\r\n");
        assertThat(csv.split("\r\n")).hasSize(2);

        given().get("/review/audit.csv?from=2024-13-01").then().statusCode(400)
                .body(containsString("from: not a date"));
    }

    @Test
    void aLongExportIsReadInChunksWithoutLosingOrRepeatingARow() {
        String partner = "P-8305";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into audit_event (occurred_at, actor, action, partner_id, entity_type, entity_id)
                select now() - (g % 7) * interval '1 second', 'bulk', 'TEST_EVENT', ?1, 'test', 'row-' || g
                  from generate_series(1, 2345) g""").setParameter(1, partner).executeUpdate());
        String csv = given().get("/review/audit.csv?partner=" + partner).then().statusCode(200).extract().asString();
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines).hasSize(2346);
        assertThat(new HashSet<>(lines.subList(1, lines.size()))).hasSize(2345);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains(",bulk,TEST_EVENT," + partner + ",test,row-"));
    }
}
