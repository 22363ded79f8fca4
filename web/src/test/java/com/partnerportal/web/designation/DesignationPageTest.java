package com.partnerportal.web.designation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.partnerportal.web.testsupport.Csrf;
import com.partnerportal.web.testsupport.PartnerFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The designation page and the partner admins' actions (issue 16, points 3 and 7), over HTTP on a fixed day
 * (2026-03-05: window 2025-09 … 2026-02), each test with its own partner.
 */
@QuarkusTest
class DesignationPageTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 5);
    static final String ADMIN = "sub-designation-admin";
    static final String USER = "sub-designation-user";

    /** A partner whose 2026-02 qualifies on the SMB path (71) after a 2026-01 at 62; ADMIN and USER are members. */
    static String qualifyingPartner(String partnerId, String name) {
        PartnerFixture.partner(partnerId, name);
        PartnerFixture.member(partnerId, ADMIN, true);
        PartnerFixture.member(partnerId, USER, false);
        DesignationFixture.anniversary(partnerId, LocalDate.of(2026, 7, 1));
        DesignationFixture.recorded(partnerId, YearMonth.of(2026, 1), 62, "SMB");
        DesignationFixture.recorded(partnerId, YearMonth.of(2026, 2), 71, "SMB");
        return partnerId;
    }

    static Response post(String partnerId, String action, String version) {
        Csrf csrf = Csrf.from("/partners/" + partnerId + "/associations");
        return csrf.post().formParam("version", version).post("/partners/" + partnerId + "/designation/" + action);
    }

    @Test
    @TestSecurity(user = "designation-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void the_page_shows_the_status_the_window_with_the_qualifying_month_and_only_the_allowed_actions() {
        String id = qualifyingPartner("P-7601", "Designation Page Ltd");
        DesignationFixture.calendarOn(DAY);
        String page = given().get("/partners/" + id + "/designation").then().statusCode(200).extract().asString();
        assertThat(page).contains("data-state=\"NOT_ENROLLED\"", "Not enrolled", "Qualification window 2025-09 … 2026-02",
                "2026-02 <span class=\"muted\">(open month)</span>", "Anniversary date</dt><dd>2026-07-01");
        assertThat(page.split("badge badge-ok\">qualifies")).as("one month qualifies").hasSize(2);
        assertThat(page).contains("action=\"/partners/" + id + "/designation/enrol\"",
                "May enrol: 2026-02 qualifies (71 points); track SMB.");
        assertThat(page).doesNotContain("/designation/activate\"", "/designation/renew\"", "badge.svg");
        assertThat(page).contains("Not enrolled: enrol first to activate benefits.", "Not enrolled: enrol first to renew.");
        assertThat(page).contains("href=\"/partners/" + id + "/designation\" aria-current=\"page\">Designation</a>");
    }

    @Test
    @TestSecurity(user = "designation-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void a_partner_admin_enrols_and_activates_and_the_dashboard_the_pdf_and_the_badge_show_the_designation()
            throws Exception {
        String id = qualifyingPartner("P-7602", "Badge & <Sons> Ltd");
        DesignationFixture.calendarOn(DAY);
        post(id, "enrol", "0").then().statusCode(303)
                .header("Location", containsString("/partners/" + id + "/designation?notice=enrolled"));
        assertThat(DesignationFixture.kinds(id)).containsExactly("ENROLLED");
        String page = given().get("/partners/" + id + "/designation").then().statusCode(200).extract().asString();
        assertThat(page).contains("Enrolled since 2026-03-05", "Track</dt><dd>SMB (holds until 2026-07-01)",
                "Benefits year</dt><dd>2026-03-05 to 2026-07-01 (qualified with 2026-02, 71 points)",
                "Renewal days</dt><dd>2026-06-01 to 2026-06-30", "No benefits are active: activate them below",
                "Enrolled on 2026-03-05 with 2026-02 (71 points), track SMB", "Renewal opens on 2026-06-01");
        post(id, "activate", "1").then().statusCode(303);
        page = given().get("/partners/" + id + "/designation").then().statusCode(200).extract().asString();
        assertThat(page).contains("Active from 2026-03-05 to 2026-07-01", "Azure production credits",
                "The benefits were activated on 2026-03-05 for the year to 2026-07-01.");
        assertThat(DesignationFixture.kinds(id)).containsExactly("ENROLLED", "BENEFITS_ACTIVATED");

        given().get("/partners/" + id).then().statusCode(200)
                .body(containsString("data-designation=\"ENROLLED\""))
                .body(containsString("enrolled since 2026-03-05</strong>, to 2026-07-01"));

        byte[] pdf = given().get("/partners/" + id + "/scorecard.pdf?asOf=2025-06").then().statusCode(200).extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Designation status enrolled since 2026-03-05, to 2026-07-01 (on 2026-03-05)");
        }

        Response badge = given().get("/partners/" + id + "/designation/badge.svg");
        assertThat(badge.statusCode()).isEqualTo(200);
        assertThat(badge.contentType()).startsWith("image/svg+xml");
        assertThat(badge.header("Content-Disposition")).isEqualTo("attachment; filename=\"designation-badge.svg\"");
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        Document svg = xml.newDocumentBuilder().parse(new InputSource(new StringReader(badge.asString())));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        org.w3c.dom.NodeList lines = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < lines.getLength(); i++) {
            texts.add(lines.item(i).getTextContent());
        }
        assertThat(texts).containsExactly("Badge & <Sons> Ltd", "Solutions Partner for Data & AI (Azure)",
                "Designation held since 2026-03-05 · track SMB · to 2026-07-01");
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                .isEqualTo("Badge & <Sons> Ltd: Solutions Partner for Data & AI (Azure). Designation held since 2026-03-05"
                        + " · track SMB · to 2026-07-01.");
        assertThat(svg.getElementsByTagName("image").getLength()).as("no logo, text only").isZero();
    }

    @Test
    @TestSecurity(user = "designation-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void the_page_and_the_dashboard_warn_renewal_at_risk_with_the_months_left_until_a_usable_month_qualifies() {
        String id = qualifyingPartner("P-7607", "Designation At Risk Ltd");
        DesignationFixture.anniversary(id, LocalDate.of(2026, 11, 20));
        DesignationFixture.MovableCalendar calendar = DesignationFixture.calendarOn(DAY);
        post(id, "enrol", "0").then().statusCode(303);
        // 2026-09-15: the renewal days (2026-10-21 … 2026-11-19) look at windows spanning 2026-04 … 2026-10, 2026-02 is
        // out of them and nothing later is recorded; the open month 2026-08 and the two after it may still qualify.
        calendar.day = LocalDate.of(2026, 9, 15);
        String page = given().get("/partners/" + id + "/designation").then().statusCode(200).extract().asString();
        assertThat(page).contains("data-state=\"ENROLLED\"", "<span class=\"badge badge-risk\">Renewal at risk</span>"
                + " No month a renewal could still use qualifies. Months left that may still qualify: 2026-08, 2026-09, 2026-10.");
        String dashboard = given().get("/partners/" + id).then().statusCode(200).extract().asString();
        assertThat(dashboard).contains("data-designation=\"ENROLLED\"", "<span class=\"badge badge-risk\">Renewal at risk"
                + "</span> no month a renewal could still use qualifies; months left: 2026-08, 2026-09, 2026-10.");

        // The open month 2026-08 qualifies: the renewal is no longer at risk.
        DesignationFixture.recorded(id, YearMonth.of(2026, 8), 72, "SMB");
        assertThat(given().get("/partners/" + id + "/designation").then().statusCode(200).extract().asString())
                .doesNotContain("Renewal at risk");
        assertThat(given().get("/partners/" + id).then().statusCode(200).extract().asString())
                .contains("data-designation=\"ENROLLED\"").doesNotContain("Renewal at risk");
    }

    @Test
    @TestSecurity(user = "designation-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void actions_the_lifecycle_forbids_or_a_stale_page_are_refused_with_409_and_a_missing_version_with_400() {
        String id = qualifyingPartner("P-7603", "Designation Refusals Ltd");
        DesignationFixture.calendarOn(DAY);
        post(id, "activate", "0").then().statusCode(409).body(containsString("Not enrolled: enrol first to activate benefits."));
        post(id, "renew", "0").then().statusCode(409).body(containsString("Not enrolled: enrol first to renew."));
        post(id, "enrol", "").then().statusCode(400).body(containsString("The form has no version"));
        post(id, "enrol", "x").then().statusCode(400);
        assertThat(DesignationFixture.kinds(id)).isEmpty();
        post(id, "enrol", "0").then().statusCode(303);
        post(id, "enrol", "1").then().statusCode(409).body(containsString("Already enrolled since 2026-03-05"));
        post(id, "activate", "0").then().statusCode(409)
                .body(containsString("The designation changed since this page was loaded: Enrolled on 2026-03-05"));
        post(id, "renew", "1").then().statusCode(409).body(containsString("Renewal opens on 2026-06-01"));
        assertThat(DesignationFixture.kinds(id)).containsExactly("ENROLLED");
    }

    @Test
    @TestSecurity(user = "designation-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void without_the_csrf_token_nothing_is_written() {
        String id = qualifyingPartner("P-7604", "Designation Csrf Ltd");
        DesignationFixture.calendarOn(DAY);
        int status = given().redirects().follow(false).formParam("version", "0")
                .post("/partners/" + id + "/designation/enrol").statusCode();
        assertThat(status).isBetween(400, 403);
        assertThat(DesignationFixture.kinds(id)).isEmpty();
    }

    @Test
    @TestSecurity(user = "designation-admin")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void of_two_admins_acting_at_once_one_wins_and_the_other_gets_409_and_writes_nothing() throws Exception {
        String id = qualifyingPartner("P-7605", "Designation Race Ltd");
        DesignationFixture.calendarOn(DAY);
        post(id, "enrol", "0").then().statusCode(303);
        Csrf csrf = Csrf.from("/partners/" + id + "/designation");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Integer> act = () -> {
                    start.await();
                    return csrf.post().formParam("version", "1").post("/partners/" + id + "/designation/activate")
                            .statusCode();
                };
                results.add(pool.submit(act));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(303, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(DesignationFixture.kinds(id)).containsExactly("ENROLLED", "BENEFITS_ACTIVATED");
    }

    @Test
    @TestSecurity(user = "designation-user")
    @OidcSecurity(claims = @Claim(key = "sub", value = USER))
    void a_partner_user_sees_the_page_without_forms_and_may_not_act() {
        String id = qualifyingPartner("P-7606", "Designation Users Ltd");
        DesignationFixture.calendarOn(DAY);
        given().get("/partners/" + id + "/designation").then().statusCode(200)
                .body(containsString("Only a partner admin of Designation Users Ltd may enrol"))
                .body(not(containsString("/designation/enrol\"")));
        Csrf csrf = Csrf.from("/partners/" + id + "/associations");
        assertThat(csrf.post().formParam("version", "0").post("/partners/" + id + "/designation/enrol").statusCode())
                .isEqualTo(403);
        given().get("/partners/" + id + "/designation/badge.svg").then().statusCode(409)
                .body(containsString("does not hold the designation (not enrolled)"));
        assertThat(DesignationFixture.kinds(id)).isEmpty();
    }
}
