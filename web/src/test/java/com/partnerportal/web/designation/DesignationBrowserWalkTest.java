package com.partnerportal.web.designation;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.program.BenefitCatalogue;
import com.partnerportal.core.program.Benefits;
import com.partnerportal.web.designation.DesignationBrowserPage.WindowMonth;
import com.partnerportal.web.testsupport.Csrf;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.WebWindow;
import org.htmlunit.http.Cookie;
import org.junit.jupiter.api.Test;

/**
 * The spec's worked example walked in a browser (issue 16, "Done when"): HtmlUnit — a browser engine in the test's
 * JVM that parses the pages, keeps the cookies and submits the pages' own forms — drives the real designation page
 * and the dashboard of the running portal on the spec's dates (the {@link DesignationCalendar} is replaced for this
 * test, {@link DesignationFixture#calendarOn}). As the partner admin it enrols, activates the benefits, sees the
 * months fall below 70 while the designation and the benefits stay, finds Renew not offered before the renewal days and
 * offered inside them with core's reason, renews, and holds the designation after the anniversary once the day's job
 * has run. Its twin, which waits ("Had it waited until 2026-07-02, it would have lapsed on 2026-07-01"), lapses, may
 * enrol again on 2026-08-05 and may not on 2026-09-05.
 *
 * <p>The identity is the test's ({@code @TestSecurity}): Quarkus installs it on the server for every request while
 * the test runs, so the browser's requests carry no login; the walk checks that they were the partner admin's (the
 * forms are offered only to a partner admin of the partner, and the history names who recorded each step).
 */
@QuarkusTest
@TestSecurity(user = DesignationBrowserWalkTest.ACTOR)
@OidcSecurity(claims = @Claim(key = "sub", value = DesignationBrowserWalkTest.ADMIN))
class DesignationBrowserWalkTest {

    static final String ADMIN = "sub-walk-admin";
    /** The admin's user name, which the history shows as who recorded a step. */
    static final String ACTOR = "walk-admin";
    /** The partner of the worked example, which renews. */
    static final String RENEWS = "P-7631";
    /** Its twin, with the same months, which waits past the anniversary. */
    static final String WAITS = "P-7632";
    static final LocalDate ANNIVERSARY = LocalDate.of(2026, 7, 1);

    @TestHTTPResource("/")
    URL portal;

    @Inject
    DesignationDayJob job;

    private DesignationFixture.MovableCalendar calendar;

    private WebClient browser;

    private HtmlPage open(String path) throws Exception {
        return browser.getPage(new URL(portal, path));
    }

    private DesignationBrowserPage designation(String partnerId) throws Exception {
        return DesignationBrowserPage.of(open("/partners/" + partnerId + "/designation"));
    }

    /** The dashboard's designation line ({@code data-designation}). */
    private HtmlElement dashboardLine(String partnerId) throws Exception {
        HtmlPage dashboard = open("/partners/" + partnerId);
        assertThat(dashboard.getWebResponse().getStatusCode()).isEqualTo(200);
        HtmlElement line = dashboard.getFirstByXPath("//p[@data-designation]");
        assertThat(line).as("the dashboard's designation line").isNotNull();
        return line;
    }

    /** The dashboard's designation line, which must not warn "Renewal at risk". */
    private HtmlElement dashboardLineNotAtRisk(String partnerId) throws Exception {
        HtmlElement line = dashboardLine(partnerId);
        assertThat(line.getPage().getByXPath(DesignationBrowserPage.RISK_BADGE)).as("no renewal at risk on the dashboard")
                .isEmpty();
        return line;
    }

    @Test
    void the_worked_example_in_a_browser_enrol_activate_fall_below_70_and_renew_in_the_renewal_days_or_wait_and_lapse()
            throws Exception {
        calendar = DesignationFixture.calendarOn(LocalDate.of(2026, 3, 5));
        // Anniversary 2026-07-01; recorded 2026-01 62, 2026-02 71 (attained, SMB path).
        DesignationFixture.qualifyingPartner(RENEWS, "Worked Example Ltd", ANNIVERSARY, ADMIN, "sub-walk-user");
        DesignationFixture.qualifyingPartner(WAITS, "Worked Example Waits Ltd", ANNIVERSARY, ADMIN, "sub-walk-user");

        try (WebClient client = new WebClient()) {
            browser = client;
            browser.getOptions().setCssEnabled(false);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);

            enrolOn20260305();
            activateOn20260306();
            theMonthsFallBelow70AndTheDesignationAndBenefitsStay();
            renewalIsNotOfferedBeforeTheRenewalDaysAndIsOfferedInsideThem();
            renewOn20260610();
            afterTheAnniversaryTheRenewedPartnerHoldsTheDesignationAndItsTwinLapsedOnce();
            theTwinMayEnrolAgainOn20260805ButNotOn20260905();
        }
    }

    /** 2026-03-05 (window 2025-09 … 2026-02): from the dashboard to the designation page, Enrol. */
    private void enrolOn20260305() throws Exception {
        HtmlPage dashboard = open("/partners/" + RENEWS);
        assertThat(dashboard.getUrl().getPath()).as("no login: the test's identity is the server's")
                .isEqualTo("/partners/" + RENEWS);
        assertThat(dashboardLine(RENEWS).getAttribute("data-designation")).isEqualTo("NOT_ENROLLED");
        HtmlAnchor link = dashboard.getFirstByXPath("//p[@data-designation]/a");
        DesignationBrowserPage page = DesignationBrowserPage.of(link.click());
        // The same page in a second tab, opened before the enrolment.
        WebWindow secondTab = browser.openWindow(page.page().getUrl(), "second-tab");
        DesignationBrowserPage before = DesignationBrowserPage.of(secondTab.getEnclosedPage());

        assertThat(page.state()).isEqualTo("NOT_ENROLLED");
        assertThat(page.term("Anniversary date")).contains("2026-07-01");
        assertThat(page.windowHeading()).isEqualTo("Qualification window 2025-09 … 2026-02");
        assertThat(page.window()).containsExactly(
                new WindowMonth("2025-09", false, "no record", false, ""),
                new WindowMonth("2025-10", false, "no record", false, ""),
                new WindowMonth("2025-11", false, "no record", false, ""),
                new WindowMonth("2025-12", false, "no record", false, ""),
                new WindowMonth("2026-01", false, "62", false, ""),
                new WindowMonth("2026-02", true, "71", true, "SMB path"));
        assertThat(page.action("ACTIVATE_BENEFITS").offered()).isFalse();
        assertThat(page.action("ACTIVATE_BENEFITS").message()).isEqualTo("Not enrolled: enrol first to activate benefits.");
        assertThat(page.action("RENEW").offered()).isFalse();
        assertThat(page.action("RENEW").message()).isEqualTo("Not enrolled: enrol first to renew.");
        assertThat(page.badgeLink()).isEmpty();

        DesignationBrowserPage.ActionItem enrol = page.action("ENROL");
        assertThat(enrol.offered()).isTrue();
        assertThat(enrol.message()).isEqualTo("May enrol: 2026-02 qualifies (71 points); track SMB.");
        // The form posts the page's own double-submit token (the cookie the page set) and the record's version.
        HtmlForm form = enrol.form().orElseThrow();
        Cookie csrf = browser.getCookieManager().getCookie(Csrf.COOKIE);
        assertThat(csrf).as("the page set the CSRF cookie").isNotNull();
        assertThat(form.getInputByName(Csrf.FIELD).getValue()).isEqualTo(csrf.getValue());
        assertThat(form.getInputByName("version").getValue()).isEqualTo("0");

        DesignationBrowserPage enrolled = DesignationBrowserPage.of(enrol.click());
        assertThat(enrolled.page().getUrl().getQuery()).isEqualTo("notice=enrolled");
        assertThat(enrolled.notice()).contains("Enrolled. Activate the benefits to start them.");
        assertThat(enrolled.state()).isEqualTo("ENROLLED");
        assertThat(enrolled.status()).isEqualTo("Enrolled since 2026-03-05");
        assertThat(enrolled.term("Track")).contains("SMB (holds until 2026-07-01)");
        assertThat(enrolled.term("Benefits year")).contains("2026-03-05 to 2026-07-01 (qualified with 2026-02, 71 points)");
        assertThat(enrolled.term("Renewal days")).contains("2026-06-01 to 2026-06-30");
        assertThat(enrolled.benefitsLine()).isEqualTo("No benefits are active: activate them below.");
        assertThat(enrolled.history()).containsExactly(new DesignationBrowserPage.HistoryLine("1",
                "Enrolled on 2026-03-05 with 2026-02 (71 points), track SMB", ACTOR));
        assertThat(enrolled.action("ENROL").offered()).isFalse();
        assertThat(enrolled.action("ENROL").message())
                .isEqualTo("Already enrolled since 2026-03-05; the designation runs to 2026-07-01.");
        assertThat(enrolled.badgeLink()).as("the badge from enrolment").isPresent();
        assertThat(enrolled.downloadBadge()).containsExactly("Worked Example Ltd", "Solutions Partner for Data & AI (Azure)",
                "Designation held since 2026-03-05 · track SMB · to 2026-07-01");
        assertThat(dashboardLine(RENEWS).getAttribute("data-designation")).isEqualTo("ENROLLED");

        // The second tab, loaded before the enrolment, clicks its Enrol too: refused, nothing written.
        Page stale = before.action("ENROL").click();
        assertThat(stale.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(((HtmlPage) stale).<HtmlElement>getFirstByXPath("//main//section//p").asNormalizedText())
                .startsWith("The designation changed since this page was loaded: Enrolled on 2026-03-05");
        assertThat(DesignationFixture.kinds(RENEWS)).containsExactly("ENROLLED");

        // The twin enrols the same day.
        DesignationBrowserPage.of(designation(WAITS).action("ENROL").click());
        assertThat(DesignationFixture.kinds(WAITS)).containsExactly("ENROLLED");
    }

    /** 2026-03-06: Activate benefits; they are the figures of the qualifying month 2026-02 (no specialization). */
    private void activateOn20260306() throws Exception {
        calendar.day = LocalDate.of(2026, 3, 6);
        for (String partner : List.of(RENEWS, WAITS)) {
            DesignationBrowserPage.ActionItem activate = designation(partner).action("ACTIVATE_BENEFITS");
            assertThat(activate.message()).isEqualTo("May activate the benefits of the year to 2026-07-01.");
            DesignationBrowserPage activated = DesignationBrowserPage.of(activate.click());
            assertThat(activated.notice()).contains("Benefits activated.");
            assertThat(activated.benefitsLine()).startsWith("Active from 2026-03-06 to 2026-07-01, the figures of 2026-02");
            assertThat(activated.benefits()).isEqualTo(catalogued());
            assertThat(activated.action("ACTIVATE_BENEFITS").offered()).isFalse();
            assertThat(activated.action("ACTIVATE_BENEFITS").message())
                    .isEqualTo("The benefits were activated on 2026-03-06 for the year to 2026-07-01.");
            assertThat(DesignationFixture.kinds(partner)).containsExactly("ENROLLED", "BENEFITS_ACTIVATED");
        }
    }

    /** The benefit figures of an attained month with no specialization stacked, as the page prints them. */
    private static Map<String, String> catalogued() {
        Benefits b = BenefitCatalogue.entitlement(BenefitCatalogue.DATA_AI_AZURE, 0);
        return Map.of("Azure production credits", b.azureProductionCreditsUsd() + " USD",
                "Visual Studio Enterprise subscriptions", String.valueOf(b.visualStudioEnterpriseSubscriptions()),
                "Microsoft 365 E3 users", String.valueOf(b.microsoft365E3Users()),
                "Power BI Premium users", String.valueOf(b.powerBiPremiumUsers()),
                "Specializations stacked", "0 of at most " + BenefitCatalogue.STACKING_CAP);
    }

    /** 2026-03 68, 2026-04 66: each open month below 70; the designation and the activated benefits stay. */
    private void theMonthsFallBelow70AndTheDesignationAndBenefitsStay() throws Exception {
        for (String partner : List.of(RENEWS, WAITS)) {
            DesignationFixture.recorded(partner, YearMonth.of(2026, 3), 68, "SMB");
        }
        calendar.day = LocalDate.of(2026, 4, 10);
        DesignationBrowserPage april = designation(RENEWS);
        assertThat(april.windowHeading()).isEqualTo("Qualification window 2025-10 … 2026-03");
        assertThat(april.window()).last().isEqualTo(new WindowMonth("2026-03", true, "68", false, ""));
        assertThat(april.window()).filteredOn(WindowMonth::qualifies).extracting(WindowMonth::month)
                .containsExactly("2026-02");
        assertThat(april.state()).isEqualTo("ENROLLED");
        assertThat(april.benefitsLine()).startsWith("Active from 2026-03-06 to 2026-07-01");
        assertThat(april.benefits()).isEqualTo(catalogued());
        assertThat(april.renewalAtRisk()).as("2026-02 is still in the renewal days' windows").isFalse();

        for (String partner : List.of(RENEWS, WAITS)) {
            DesignationFixture.recorded(partner, YearMonth.of(2026, 4), 66, "SMB");
        }
        calendar.day = LocalDate.of(2026, 5, 20);
        DesignationBrowserPage may = designation(RENEWS);
        assertThat(may.window()).last().isEqualTo(new WindowMonth("2026-04", true, "66", false, ""));
        assertThat(may.state()).isEqualTo("ENROLLED");
        assertThat(may.status()).isEqualTo("Enrolled since 2026-03-05");
        assertThat(may.benefitsLine()).startsWith("Active from 2026-03-06 to 2026-07-01");
        assertThat(may.benefits()).isEqualTo(catalogued());
        assertThat(may.renewalAtRisk()).isFalse();
        assertThat(may.badgeLink()).isPresent();
        HtmlElement line = dashboardLineNotAtRisk(RENEWS);
        assertThat(line.getAttribute("data-designation")).isEqualTo("ENROLLED");
        assertThat(line.<HtmlElement>getFirstByXPath("./strong").asNormalizedText())
                .isEqualTo("enrolled since 2026-03-05");
    }

    /** Renewal days 2026-06-01 … 2026-06-30: not offered on 2026-05-31, offered from 2026-06-01 with core's reason. */
    private void renewalIsNotOfferedBeforeTheRenewalDaysAndIsOfferedInsideThem() throws Exception {
        for (String partner : List.of(RENEWS, WAITS)) {
            DesignationFixture.recorded(partner, YearMonth.of(2026, 5), 64, "SMB");
        }
        for (LocalDate before : List.of(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 31))) {
            calendar.day = before;
            DesignationBrowserPage.ActionItem renew = designation(RENEWS).action("RENEW");
            assertThat(renew.offered()).as("Renew on " + before).isFalse();
            assertThat(renew.message())
                    .isEqualTo("Renewal opens on 2026-06-01, 30 days before the anniversary date 2026-07-01.");
        }
        calendar.day = LocalDate.of(2026, 6, 1);
        DesignationBrowserPage.ActionItem first = designation(RENEWS).action("RENEW");
        assertThat(first.offered()).as("Renew on the first renewal day").isTrue();
        assertThat(first.message()).isEqualTo("May renew: 2026-02 qualifies (71 points); track SMB for the year from 2026-07-01.");
    }

    /** 2026-06-10 (open month 2026-05, window 2025-12 … 2026-05): 2026-02 qualifies, so it renews, track SMB. */
    private void renewOn20260610() throws Exception {
        calendar.day = LocalDate.of(2026, 6, 10);
        DesignationBrowserPage june = designation(RENEWS);
        assertThat(june.windowHeading()).isEqualTo("Qualification window 2025-12 … 2026-05");
        assertThat(june.window()).extracting(WindowMonth::month, WindowMonth::score, WindowMonth::qualifies)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2025-12", "no record", false),
                        org.assertj.core.groups.Tuple.tuple("2026-01", "62", false),
                        org.assertj.core.groups.Tuple.tuple("2026-02", "71", true),
                        org.assertj.core.groups.Tuple.tuple("2026-03", "68", false),
                        org.assertj.core.groups.Tuple.tuple("2026-04", "66", false),
                        org.assertj.core.groups.Tuple.tuple("2026-05", "64", false));
        assertThat(june.renewalAtRisk()).isFalse();
        assertThat(june.benefits()).isEqualTo(catalogued());
        assertThat(dashboardLineNotAtRisk(RENEWS).getAttribute("data-designation")).isEqualTo("ENROLLED");
        DesignationBrowserPage.ActionItem renew = june.action("RENEW");
        assertThat(renew.message()).isEqualTo("May renew: 2026-02 qualifies (71 points); track SMB for the year from 2026-07-01.");
        assertThat(renew.form().orElseThrow().getInputByName("version").getValue()).isEqualTo("2");

        DesignationBrowserPage renewed = DesignationBrowserPage.of(renew.click());
        assertThat(renewed.notice()).contains("Renewed. Activate the benefits of the new year.");
        assertThat(renewed.state()).isEqualTo("RENEWED");
        assertThat(renewed.term("Renewed"))
                .contains("on 2026-06-10 for 2026-07-01 to 2027-07-01, track SMB (benefits not yet activated)");
        assertThat(renewed.benefitsLine()).as("this year's benefits run to the anniversary")
                .startsWith("Active from 2026-03-06 to 2026-07-01");
        assertThat(renewed.action("RENEW").offered()).isFalse();
        assertThat(renewed.action("RENEW").message()).isEqualTo("Already renewed on 2026-06-10 for the year from 2026-07-01.");
        assertThat(renewed.history()).extracting(DesignationBrowserPage.HistoryLine::description).containsExactly(
                "Enrolled on 2026-03-05 with 2026-02 (71 points), track SMB",
                "Benefits activated on 2026-03-06",
                "Renewed on 2026-06-10 with 2026-02 (71 points), track SMB");
        assertThat(renewed.history()).extracting(DesignationBrowserPage.HistoryLine::recordedBy).containsOnly(ACTOR);
        assertThat(dashboardLineNotAtRisk(RENEWS).getAttribute("data-designation")).isEqualTo("RENEWED");
        assertThat(DesignationFixture.kinds(RENEWS)).containsExactly("ENROLLED", "BENEFITS_ACTIVATED", "RENEWED");
    }

    /**
     * 2026-07-01 and 2026-07-02, the day job run for 2026-07-02 (the spec's "had it waited until 2026-07-02"): the
     * renewed partner holds the designation for the year from 2026-07-01 and nothing lapsed; the twin lapsed on
     * 2026-07-01, recorded once by the job, without badge or benefits.
     */
    private void afterTheAnniversaryTheRenewedPartnerHoldsTheDesignationAndItsTwinLapsedOnce() throws Exception {
        calendar.day = ANNIVERSARY;
        DesignationBrowserPage onTheDay = designation(RENEWS);
        assertThat(onTheDay.state()).isEqualTo("RENEWED");
        assertThat(onTheDay.term("Benefits year")).contains("2026-07-01 to 2027-07-01 (qualified with 2026-02, 71 points)");
        assertThat(designation(WAITS).status()).isEqualTo("Lapsed on 2026-07-01");

        calendar.day = LocalDate.of(2026, 7, 2);
        assertThat(job.runToday("walk-day-job")).as("the day job ran for 2026-07-02").isPresent();
        assertThat(job.runToday("walk-day-job-again")).as("the day is claimed once").isEmpty();
        assertThat(DesignationFixture.kinds(RENEWS)).as("no lapse").containsExactly("ENROLLED", "BENEFITS_ACTIVATED",
                "RENEWED");
        assertThat(DesignationFixture.audits(RENEWS, "DESIGNATION_LAPSED")).isZero();
        assertThat(DesignationFixture.kinds(WAITS)).containsExactly("ENROLLED", "BENEFITS_ACTIVATED", "LAPSED");
        assertThat(DesignationFixture.audits(WAITS, "DESIGNATION_LAPSED")).isEqualTo(1);

        DesignationBrowserPage renewed = designation(RENEWS);
        assertThat(renewed.state()).isEqualTo("RENEWED");
        assertThat(renewed.term("Track")).contains("SMB (holds until 2027-07-01)");
        assertThat(renewed.term("Benefits year")).contains("2026-07-01 to 2027-07-01 (qualified with 2026-02, 71 points)");
        assertThat(renewed.term("Renewal days")).contains("2027-06-01 to 2027-06-30");
        assertThat(renewed.badgeLink()).isPresent();
        assertThat(renewed.benefitsLine()).isEqualTo("No benefits are active: activate them below.");
        assertThat(dashboardLine(RENEWS).getAttribute("data-designation")).isEqualTo("RENEWED");
        DesignationBrowserPage activated = DesignationBrowserPage.of(renewed.action("ACTIVATE_BENEFITS").click());
        assertThat(activated.benefitsLine()).startsWith("Active from 2026-07-02 to 2027-07-01");
        assertThat(activated.benefits()).isEqualTo(catalogued());

        DesignationBrowserPage lapsed = designation(WAITS);
        assertThat(lapsed.state()).isEqualTo("LAPSED");
        assertThat(lapsed.status()).isEqualTo("Lapsed on 2026-07-01");
        assertThat(lapsed.badgeLink()).as("the badge ends").isEmpty();
        assertThat(lapsed.benefitsLine()).as("the benefits end").isEqualTo("No benefits are active.");
        assertThat(lapsed.history()).last().isEqualTo(new DesignationBrowserPage.HistoryLine("3",
                "Lapsed on 2026-07-01: not renewed by the anniversary date", "walk-day-job"));
        assertThat(lapsed.action("RENEW").offered()).isFalse();
        assertThat(dashboardLine(WAITS).getAttribute("data-designation")).isEqualTo("LAPSED");
    }

    /** 2026-08-05 (window 2026-02 … 2026-07): 2026-02 is still inside, it may enrol; 2026-09-05 (2026-03 … 2026-08): not. */
    private void theTwinMayEnrolAgainOn20260805ButNotOn20260905() throws Exception {
        calendar.day = LocalDate.of(2026, 8, 5);
        DesignationBrowserPage august = designation(WAITS);
        assertThat(august.windowHeading()).isEqualTo("Qualification window 2026-02 … 2026-07");
        assertThat(august.window()).filteredOn(WindowMonth::qualifies).extracting(WindowMonth::month)
                .containsExactly("2026-02");
        assertThat(august.action("ENROL").offered()).isTrue();
        assertThat(august.action("ENROL").message()).isEqualTo("May enrol: 2026-02 qualifies (71 points); track SMB.");

        calendar.day = LocalDate.of(2026, 9, 5);
        DesignationBrowserPage september = designation(WAITS);
        assertThat(september.windowHeading()).isEqualTo("Qualification window 2026-03 … 2026-08");
        assertThat(september.window()).noneMatch(WindowMonth::qualifies);
        assertThat(september.action("ENROL").offered()).isFalse();
        assertThat(september.action("ENROL").message())
                .startsWith("No month of the qualification window 2026-03 … 2026-08 qualifies");
        assertThat(DesignationFixture.kinds(WAITS)).containsExactly("ENROLLED", "BENEFITS_ACTIVATED", "LAPSED");
    }
}
