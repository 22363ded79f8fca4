package com.partnerportal.web.designation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.partnerportal.core.lifecycle.Decision.Action;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.testsupport.Csrf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Program admins and the designation (issue 16, point 5): the program overview's status and anniversary columns and
 * its "renewal due in 30 days" filter; an anniversary correction through core's lifecycle, audited and appended.
 */
@QuarkusTest
@TestSecurity(user = "designation-omar", roles = "program-admin")
@OidcSecurity(claims = @Claim(key = "sub", value = "sub-designation-omar"))
class DesignationAdminTest {

    @Inject
    DesignationService designations;

    @Test
    void the_overview_shows_status_and_anniversary_filters_renewals_due_and_a_correction_goes_through_the_lifecycle() {
        DesignationFixture.MovableCalendar calendar = DesignationFixture.calendarOn(LocalDate.of(2026, 3, 5));
        String due = DesignationFixture.qualifyingPartner("P-7621", "Renewal Due Ltd", LocalDate.of(2026, 7, 1),
                "sub-admin-7621", "sub-user-7621");
        String later = DesignationFixture.qualifyingPartner("P-7622", "Renewal Later Ltd", LocalDate.of(2026, 12, 1),
                "sub-admin-7622", "sub-user-7622");
        String never = DesignationFixture.qualifyingPartner("P-7623", "Never Enrolled Ltd", LocalDate.of(2026, 7, 1),
                "sub-admin-7623", "sub-user-7623");
        QuarkusTransaction.requiringNew().run(() -> designations.act(due, Action.ENROL, 0, "test-admin"));
        QuarkusTransaction.requiringNew().run(() -> designations.act(later, Action.ENROL, 0, "test-admin"));

        calendar.day = LocalDate.of(2026, 6, 10);
        String all = given().get("/admin/partners?q=P-762").then().statusCode(200).extract().asString();
        assertThat(all).contains("<td data-designation=\"ENROLLED\">enrolled since 2026-03-05</td><td>2026-07-01"
                + " <span class=\"badge badge-risk\">renewal due by 2026-07-01</span>");
        assertThat(all).contains("<td data-designation=\"ENROLLED\">enrolled since 2026-03-05</td><td>2026-12-01</td>");
        assertThat(all).contains("<td data-designation=\"NOT_ENROLLED\"><span class=\"muted\">not enrolled</span></td>"
                + "<td>2026-07-01</td>");
        assertThat(all).contains("<label for=\"renewal\">Renewal due in 30 days</label>");
        String dueOnly = given().get("/admin/partners?q=P-762&renewal=yes").then().statusCode(200).extract().asString();
        assertThat(dueOnly).contains(due).doesNotContain(later, never);
        String notDue = given().get("/admin/partners?q=P-762&renewal=no").then().statusCode(200).extract().asString();
        assertThat(notDue).contains(later, never).doesNotContain(">" + due + "<");
        given().get("/admin/partners?renewal=soon").then().statusCode(400).body(containsString("renewal: yes or no"));
        given().get("/admin/partners/overview.csv?q=P-7621&renewal=yes").then().statusCode(200)
                .body(containsString("designation_status,enrolled_since,lapsed_on,designation_until,anniversary_date,"
                        + "renewal_due"))
                .body(containsString("ENROLLED,2026-03-05,,2026-07-01,2026-07-01,true"));

        // A program admin corrects P-7622's anniversary to 2026-06-20: appended and audited through the lifecycle,
        // its designation year now ends then, so its renewal is due.
        Csrf csrf = Csrf.from("/admin/partners/" + later);
        long version = QuarkusTransaction.requiringNew().call(() -> PartnerEntity.<PartnerEntity>findById(later).version);
        csrf.with(given().redirects().follow(false)).formParam("name", "Renewal Later Ltd")
                .formParam("anniversaryDate", "2026-06-20").formParam("version", String.valueOf(version))
                .post("/admin/partners/" + later).then().statusCode(303);
        assertThat(DesignationFixture.kinds(later)).containsExactly("ENROLLED", "ANNIVERSARY_CORRECTED");
        assertThat(DesignationFixture.audits(later, "DESIGNATION_ANNIVERSARY_CORRECTED")).isEqualTo(1);
        assertThat(designations.standing(later).record().transitions().get(1).recordedBy())
                .isEqualTo("designation-omar");
        assertThat(designations.standing(later).status().year().until()).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(given().get("/admin/partners?q=P-762&renewal=yes").then().statusCode(200).extract().asString())
                .contains(due, later);
        // The same date again changes nothing and appends nothing.
        long next = QuarkusTransaction.requiringNew().call(() -> PartnerEntity.<PartnerEntity>findById(later).version);
        csrf.with(given().redirects().follow(false)).formParam("name", "Renewal Later Ltd")
                .formParam("anniversaryDate", "2026-06-20").formParam("version", String.valueOf(next))
                .post("/admin/partners/" + later).then().statusCode(303);
        assertThat(DesignationFixture.kinds(later)).hasSize(2);
    }
}
