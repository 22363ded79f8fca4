package com.partnerportal.web.designation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.web.testsupport.Csrf;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The spec's worked example walked over HTTP as a partner admin (issue 16, "Done when"): enrol, activate the
 * benefits, let the months fall below 70, renew in the renewal days — on the spec's dates, through the injected
 * {@link DesignationCalendar}. (The packaged portal of the browser test runs on the real clock, where the spec's
 * 2026 dates cannot be reached: see docs/lifecycle.md.)
 */
@QuarkusTest
@TestSecurity(user = "walk-admin")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-walk-admin"))
class DesignationWalkTest {

    static final String PARTNER = "P-7631";

    @Inject
    DesignationDayJob job;

    private static String page() {
        return given().get("/partners/" + PARTNER + "/designation").then().statusCode(200).extract().asString();
    }

    /** Submits the form of the page for the action, with the version the page shows, as a partner admin's browser. */
    private static void submit(String action) {
        String page = page();
        assertThat(page).as(action + " is offered").contains("action=\"/partners/" + PARTNER + "/designation/" + action + "\"");
        String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        Csrf csrf = Csrf.from("/partners/" + PARTNER + "/designation");
        csrf.post().formParam("version", version).post("/partners/" + PARTNER + "/designation/" + action).then()
                .statusCode(303);
    }

    @Test
    void the_worked_example_enrol_activate_fall_below_70_and_renew_in_the_renewal_days() {
        DesignationFixture.MovableCalendar calendar = DesignationFixture.calendarOn(LocalDate.of(2026, 3, 5));
        // Anniversary 2026-07-01; recorded 2026-01 62, 2026-02 71 (attained, SMB path).
        DesignationFixture.qualifyingPartner(PARTNER, "Worked Example Ltd", LocalDate.of(2026, 7, 1), "sub-walk-admin",
                "sub-walk-user");

        submit("enrol"); // 2026-03-05, window 2025-09 … 2026-02
        assertThat(page()).contains("Enrolled since 2026-03-05", "Track</dt><dd>SMB");

        calendar.day = LocalDate.of(2026, 3, 6);
        submit("activate");
        assertThat(page()).contains("Active from 2026-03-06 to 2026-07-01");

        // The months fall below 70: 2026-03 68, 2026-04 66, 2026-05 64. The designation and its benefits stay.
        DesignationFixture.recorded(PARTNER, YearMonth.of(2026, 3), 68, "SMB");
        DesignationFixture.recorded(PARTNER, YearMonth.of(2026, 4), 66, "SMB");
        calendar.day = LocalDate.of(2026, 5, 20);
        String may = page();
        assertThat(may).contains("Enrolled since 2026-03-05", "Active from 2026-03-06 to 2026-07-01",
                "Renewal opens on 2026-06-01, 30 days before the anniversary date 2026-07-01.");
        assertThat(may).doesNotContain("/designation/renew\"");
        assertThat(given().get("/partners/" + PARTNER).then().statusCode(200).extract().asString())
                .contains("data-designation=\"ENROLLED\"").doesNotContain("Renewal at risk");
        DesignationFixture.recorded(PARTNER, YearMonth.of(2026, 5), 64, "SMB");

        // 2026-06-10: open month 2026-05, window 2025-12 … 2026-05; 2026-02 qualifies, so it may renew, track SMB.
        calendar.day = LocalDate.of(2026, 6, 10);
        String june = page();
        assertThat(june).contains("Qualification window 2025-12 … 2026-05",
                "May renew: 2026-02 qualifies (71 points); track SMB for the year from 2026-07-01.");
        submit("renew");
        String renewed = page();
        assertThat(renewed).contains("data-state=\"RENEWED\"",
                "Renewed</dt><dd>on 2026-06-10 for 2026-07-01 to 2027-07-01, track SMB (benefits not yet activated)",
                "Renewed on 2026-06-10 with 2026-02 (71 points), track SMB");
        assertThat(renewed).doesNotContain("/designation/renew\"");

        // After the anniversary it holds the designation for the renewed year and does not lapse.
        calendar.day = LocalDate.of(2026, 7, 2);
        job.runToday("walk");
        assertThat(DesignationFixture.kinds(PARTNER)).containsExactly("ENROLLED", "BENEFITS_ACTIVATED", "RENEWED");
        String after = page();
        assertThat(after).contains("data-state=\"RENEWED\"", "Benefits year</dt><dd>2026-07-01 to 2027-07-01");
        submit("activate");
        assertThat(page()).contains("Active from 2026-07-02 to 2027-07-01");
    }
}
