package com.partnerportal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real browser (Debian's headless Chromium), logged in through Keycloak:
 * <ul>
 * <li>a partner admin's visit: dashboard, an explanation, submitting an association, the what-if simulator, the two
 * rule sets side by side;</li>
 * <li>every page of {@link #PAGES}, as the partner admin, the reviewer, the program admin and a user without access,
 * checked by axe-core at WCAG 2.0/2.1 A and AA (0 violations), each leaving a 1280×800 screenshot;</li>
 * <li>a form used by keyboard alone;</li>
 * <li>a reviewer's rejection reaching the partner admin as a real mail, read back from the mail server that
 * scripts/run-portal.sh starts (its mailbox API at {@code -Dportal.e2e.mail-api}, default
 * {@code http://127.0.0.1:8025}).</li>
 * </ul>
 * Screenshots go to {@code -Dportal.screenshots.dir} (scripts/test.sh: {@code docs/screenshots/}; default
 * {@code target/screenshots}). Runs in the Maven profile {@code e2e} against {@code -Dportal.e2e.url}
 * (scripts/test.sh starts Keycloak and the portal).
 */
class PortalBrowserIT {

    /** The WCAG 2.1 AA rule sets of axe-core (2.1 AA includes 2.0 A and AA). */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * One page of the tour: who opens it, its path, optionally a link on it to follow first (for pages whose id
     * the demo data decides), the heading it must show, and the screenshot it leaves ({@code null}: none).
     */
    record Visit(String user, String path, String follow, String heading, String screenshot) {
    }

    /**
     * Every page the accessibility tour opens, by user. A new page gets a line here (the people page and the
     * rule-set comparison, once they exist). Screenshots: {@code <role>-<page>.png}.
     */
    static final List<Visit> PAGES = List.of(
            // The dashboard's and the simulator's screenshots (dashboard.png, simulator.png) come from the partner
            // admin's visit above, with a simulation run.
            new Visit("ada", "/partners/P-1001", null, "Contoso Data Ltd", null),
            new Visit("ada", "/partners/P-1001/explain/customers", null, "Net customer adds", "partner-explain-customers.png"),
            new Visit("ada", "/partners/P-1001/explain/certifications", null, "certif", null),
            new Visit("ada", "/partners/P-1001/explain/usage-growth", null, "growth", null),
            new Visit("ada", "/partners/P-1001/explain/deployments", null, "eployment", null),
            new Visit("ada", "/partners/P-1001/associations", null, "ssociations", "partner-associations.png"),
            new Visit("ada", "/partners/P-1001/benefits", null, "enefits", "partner-benefits.png"),
            new Visit("ada", "/partners/P-1001/designation", null, "Designation", "partner-designation.png"),
            new Visit("ada", "/partners/P-1001/simulator", null, "imulat", null),
            new Visit("ada", "/partners/P-1001/rules", null, "Rule sets side by side", null),
            new Visit("ada", "/partners/P-1001/members", null, "Members", "partner-members.png"),
            new Visit("ada", "/partners/P-9999", null, "404", "error-404.png"),
            new Visit("ada", "/partners/P-1001?asOf=2024-13", null, "400", null),
            new Visit("rita", "/review", null, "eview", "reviewer-queue.png"),
            new Visit("rita", "/review", "a[href^='/review/customers/']", "", "reviewer-detail.png"),
            new Visit("rita", "/review/audit", null, "udit", "reviewer-audit.png"),
            new Visit("rita", "/partners/P-3003", null, "Northwind", null),
            new Visit("omar", "/", null, "", "admin-home.png"),
            new Visit("omar", "/admin/partners", null, "artners", "admin-partners.png"),
            new Visit("omar", "/admin/partners/P-1001", null, "Contoso", "admin-partner.png"),
            new Visit("omar", "/admin/partners/P-1001/specializations", null, "Contoso", "admin-specializations.png"),
            new Visit("omar", "/admin/partners/P-1001/corrections", null, "Contoso", "admin-corrections.png"),
            new Visit("omar", "/admin/imports", null, "mport", "admin-imports.png"),
            new Visit("omar", "/admin/recompute", null, "ecompute", "admin-recompute.png"),
            new Visit("omar", "/admin/rule-sets", null, "Rule sets", "admin-rule-sets.png"),
            new Visit("ada", "/settings/notifications", null, "Notification settings", "settings-notifications.png"),
            new Visit("rita", "/settings/notifications", null, "Notification settings", null),
            new Visit("nora", "/", null, "No access yet", "no-access.png"),
            new Visit(null, "/signed-out", null, "", null));

    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String portal;
    private static Path screenshots;

    @BeforeAll
    static void startBrowser() throws IOException {
        String url = System.getProperty("portal.e2e.url");
        if (url == null || url.isBlank()) {
            fail("Set -Dportal.e2e.url to the running portal (scripts/test.sh starts it)");
        }
        portal = url.replaceAll("/+$", "");
        screenshots = Path.of(System.getProperty("portal.screenshots.dir", "target/screenshots"));
        Files.createDirectories(screenshots);
        browser = newBrowser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** A fresh headless Chromium (its own profile: no cookies, so no session) with a 1280×800 viewport. */
    private static WebDriver newBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,800", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory("portal-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // The window size includes the (invisible) browser frame: fix the viewport itself at 1280×800.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        return driver;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPartnerAdminReadsTheDashboardFollowsAnExplanationSubmitsAnAssociationAndSimulates() throws IOException {
        logIn(browser, wait, "ada");

        // Ada is a partner admin of Contoso: she lands on its dashboard.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".total-number")));
        assertThat(browser.getCurrentUrl()).endsWith("/partners/P-1001");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Contoso Data Ltd");
        assertThat(browser.findElement(By.cssSelector(".total-number")).getText()).isEqualTo("78");
        assertThat(browser.findElements(By.cssSelector(".metric"))).hasSize(4);
        assertThat(browser.findElement(By.cssSelector(".score-status")).getText()).contains("Designation attained");
        assertThat(browser.findElements(By.cssSelector("svg.chart polygon"))).hasSize(4);
        screenshot("dashboard.png");

        // Follow the explanation of net customer adds.
        browser.findElement(By.linkText("Net customer adds")).click();
        wait.until(ExpectedConditions.urlContains("/explain/customers"));
        List<WebElement> rows = browser.findElements(By.cssSelector("table tbody tr"));
        assertThat(rows).hasSize(4);
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("C-1").contains("+1");

        // Submit a customer association.
        browser.findElement(By.linkText("Associations")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("customerId")));
        String customer = "C-E2E-" + System.currentTimeMillis();
        browser.findElement(By.id("customerId")).sendKeys(customer);
        browser.findElement(By.id("customerName")).sendKeys("Browser Test Customer");
        new Select(browser.findElement(By.id("type"))).selectByValue("CSP");
        browser.findElement(By.id("reference")).sendKeys("subscription-e2e");
        browser.findElement(By.cssSelector("form[action$='/associations/customers'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("notice=submitted"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Submitted for review");
        WebElement row = browser.findElement(By.xpath("//td[contains(., '" + customer + "')]/.."));
        assertThat(row.getText()).contains("SUBMITTED").contains("CSP");

        // A duplicate is refused with a message, and nothing is saved.
        browser.findElement(By.id("customerId")).sendKeys(customer);
        new Select(browser.findElement(By.id("type"))).selectByValue("CSP");
        browser.findElement(By.id("reference")).sendKeys("subscription-e2e");
        browser.findElement(By.cssSelector("form[action$='/associations/customers'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("customerId-error")));
        assertThat(browser.findElement(By.id("customerId-error")).getText()).contains("already has a CSP association");

        // What-if: one more new customer above the threshold adds ten points.
        browser.get(portal + "/partners/P-1001/simulator");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("c1Current")));
        browser.findElement(By.id("c1Current")).sendKeys("900");
        new Select(browser.findElement(By.id("p1Cert1"))).selectByValue("AZURE_AI_ENGINEER_ASSOCIATE");
        browser.findElement(By.cssSelector("form[action$='/simulator'] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("simulated-heading"), "Simulated ("));
        String simulated = browser.findElement(By.xpath("//section[@aria-labelledby='simulated-heading']")).getText();
        assertThat(simulated).contains("Simulated").contains("+10");
        screenshot("simulator.png");

        // The two rule sets side by side for Contoso's open month: the 2026 rules are in force; its two DP-203 holders
        // scored under the 2024 guide and no longer do, its two Fabric engineers score only under the 2026 rules.
        browser.findElement(By.linkText("Rule sets")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule-set-comparison")));
        assertThat(browser.findElement(By.id("rule-set-in-force")).getAttribute("data-rule-set"))
                .isEqualTo("DATA_AI_AZURE-2026");
        assertThat(browser.findElement(By.cssSelector("tr[data-row=INTERMEDIATE_CERTIFICATIONS]")).getText())
                .contains("2 people hold only DP-203, which no longer scores under the 2026 rules")
                .contains("DP-600", "DP-700");
        screenshot("rule-sets.png");
    }

    @Test
    void everyPageMeetsWcag21AaByAxeAndLeavesAScreenshot() throws IOException {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        Map<String, List<Visit>> byUser = PAGES.stream()
                .collect(Collectors.groupingBy(v -> String.valueOf(v.user()), LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Visit>> user : byUser.entrySet()) {
            WebDriver tour = newBrowser();
            try {
                WebDriverWait tourWait = new WebDriverWait(tour, Duration.ofSeconds(20));
                if (!user.getKey().equals("null")) {
                    logIn(tour, tourWait, user.getKey());
                }
                for (Visit visit : user.getValue()) {
                    open(tour, tourWait, visit);
                    String page = (visit.user() == null ? "anonymous" : visit.user()) + " " + tour.getCurrentUrl()
                            .substring(portal.length());
                    List<String> found = axe(tour);
                    if (!found.isEmpty()) {
                        violations.put(page, found);
                    }
                    if (visit.screenshot() != null) {
                        screenshot(tour, visit.screenshot());
                    }
                }
            } finally {
                tour.quit();
            }
        }
        System.out.printf("axe-core %s on %d pages: %d violations on %d pages%n", WCAG_21_AA, PAGES.size(),
                violations.values().stream().mapToInt(List::size).sum(), violations.size());
        violations.forEach((page, found) -> System.out.printf("  %s%n    %s%n", page, String.join("\n    ", found)));
        assertThat(violations).as("axe-core WCAG 2.1 AA violations by page").isEmpty();
    }

    @Test
    void axeFindsAViolationWhenThereIsOne() throws IOException {
        // The check can fail: an image without a text alternative and an unlabelled field on a real page.
        WebDriver control = newBrowser();
        try {
            control.get(portal + "/signed-out");
            new WebDriverWait(control, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertThat(axe(control)).isEmpty();
            ((org.openqa.selenium.JavascriptExecutor) control).executeScript(
                    "const main = document.querySelector('main');"
                            + "const img = document.createElement('img'); img.src = '/static/favicon.svg'; main.append(img);"
                            + "const input = document.createElement('input'); input.type = 'text'; main.append(input);");
            assertThat(axe(control)).anyMatch(v -> v.startsWith("image-alt")).anyMatch(v -> v.startsWith("label"));
        } finally {
            control.quit();
        }
    }

    @Test
    void swaggerUiRendersTheApiDescriptionInTheDemo() throws IOException {
        WebDriver swagger = newBrowser();
        try {
            WebDriverWait swaggerWait = new WebDriverWait(swagger, Duration.ofSeconds(30));
            logIn(swagger, swaggerWait, "omar");
            swagger.get(portal + "/q/swagger-ui/");
            swaggerWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".swagger-ui .info .title"),
                    "Partner Capability Portal API"));
            swaggerWait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 3));
            assertThat(swagger.findElements(By.cssSelector(".opblock-summary-path")))
                    .extracting(path -> path.getText().replace("\u200b", ""))
                    .isNotEmpty().allMatch(path -> path.startsWith("/api/v1/"));
            screenshot(swagger, "admin-swagger-ui.png");
        } finally {
            swagger.quit();
        }
    }

    @Test
    void aReviewersRejectionReachesThePartnerAdminByMailWithTheReason() throws Exception {
        String customer = "C-MAIL-" + System.currentTimeMillis();
        String reason = "The CSP subscription " + customer + " belongs to another reseller.";
        WebDriver partner = newBrowser();
        WebDriver reviewer = newBrowser();
        try {
            WebDriverWait partnerWait = new WebDriverWait(partner, Duration.ofSeconds(20));
            logIn(partner, partnerWait, "ada");
            partner.get(portal + "/partners/P-1001/associations");
            partnerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("customerId")));
            partner.findElement(By.id("customerId")).sendKeys(customer);
            partner.findElement(By.id("customerName")).sendKeys("Mail Test Customer");
            new Select(partner.findElement(By.id("type"))).selectByValue("CSP");
            partner.findElement(By.id("reference")).sendKeys("subscription-mail");
            partner.findElement(By.cssSelector("form[action$='/associations/customers'] button[type=submit]")).click();
            partnerWait.until(ExpectedConditions.urlContains("notice=submitted"));
            // Its id, from the withdraw form of its row.
            String withdraw = partner.findElement(By.xpath("//tr[contains(., '" + customer + "')]"
                    + "//form[contains(@action, '/withdraw')]")).getAttribute("action");
            String id = withdraw.replaceAll(".*/customers/(\\d+)/withdraw$", "$1");

            WebDriverWait reviewerWait = new WebDriverWait(reviewer, Duration.ofSeconds(20));
            logIn(reviewer, reviewerWait, "rita");
            reviewer.get(portal + "/review/customers/P-1001/" + id);
            reviewerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("reject-reason")));
            reviewer.findElement(By.id("reject-reason")).sendKeys(reason);
            reviewer.findElement(By.cssSelector("form[action$='/reject'] button[type=submit]")).click();
            reviewerWait.until(ExpectedConditions.urlContains("/review?notice="));
        } finally {
            partner.quit();
            reviewer.quit();
        }

        // The mail server's mailbox API: the messages of ada@example.com (the demo membership's address).
        String mailApi = System.getProperty("portal.e2e.mail-api", "http://127.0.0.1:8025").replaceAll("/+$", "");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest inbox = HttpRequest.newBuilder(URI.create(mailApi + "/api/user/ada@example.com/messages/INBOX"))
                .timeout(Duration.ofSeconds(10)).build();
        String messages = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && !messages.contains(customer)) {
            Thread.sleep(2000); // read seldom: not while the mail server is still storing the message
            HttpResponse<String> response = http.send(inbox, HttpResponse.BodyHandlers.ofString());
            messages = response.statusCode() == 200 ? response.body() : "";
        }
        assertThat(messages).as("ada's inbox at " + mailApi).contains("[P-1001] Customer Mail Test Customer (CSP): rejected")
                .contains("multipart/alternative");
        assertThat(quotedPrintableDecoded(messages)).contains(reason);
    }

    /**
     * Issue 12's walk ("Done when"): ada adds a person with two certifications and sees them "Not counted yet"; rita
     * approves the person; the explanation says what approving the first certification would add; rita approves it and
     * rejects the other with a reason; ada's dashboard has those points, the explanation counts the approved one and
     * explains the rejected one with its reason; the mail arrives; ada adds the certification again as a draft,
     * corrects it on its edit page and submits it, and it awaits review again.
     */
    @Test
    void aPartnerAdminAddsAPersonWithTwoCertificationsAReviewerDecidesEachThePartnerSeesAndResubmits()
            throws Exception {
        String mcid = "mcid-e2e-" + System.currentTimeMillis();
        String reason = "The credential id on " + mcid + "'s DP-700 belongs to another person.";
        String ai102 = "AZURE_AI_ENGINEER_ASSOCIATE of Katherine Johnson (" + mcid + ")";
        String dp700 = "FABRIC_DATA_ENGINEER_ASSOCIATE of Katherine Johnson (" + mcid + ")";
        WebDriver partner = newBrowser();
        WebDriver reviewer = newBrowser();
        try {
            WebDriverWait partnerWait = new WebDriverWait(partner, Duration.ofSeconds(20));
            logIn(partner, partnerWait, "ada");
            partner.get(portal + "/partners/P-1001/associations");
            partnerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("personId")));
            partner.findElement(By.id("personId")).sendKeys(mcid);
            partner.findElement(By.id("name")).sendKeys("Katherine Johnson");
            partner.findElement(By.cssSelector("form[action$='/associations/professionals'] button[type=submit]")).click();
            partnerWait.until(ExpectedConditions.urlContains("notice=submitted"));
            addCertification(partner, partnerWait, mcid, "AZURE_AI_ENGINEER_ASSOCIATE", "2025-06-01", "2027-12-31",
                    "https://learn.microsoft.com/en-us/users/kjohnson/transcript/e2e" + System.currentTimeMillis(),
                    false);
            // Bad input first: an earned date after the expiry is refused beside its field, nothing is saved.
            addCertification(partner, partnerWait, mcid, "FABRIC_DATA_ENGINEER_ASSOCIATE", "2025-09-15", "2025-01-01",
                    "A1B2-C3D4-E5F6", false);
            partnerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("expires-error")));
            assertThat(partner.findElement(By.id("expires-error")).getText()).contains("before it was earned");
            addCertification(partner, partnerWait, mcid, "FABRIC_DATA_ENGINEER_ASSOCIATE", "2025-09-15", "",
                    "A1B2-C3D4-E5F6", false);
            screenshot(partner, "partner-certifications.png");
            String person = idOf(partner, "//table[@id='professionals']//tr[contains(., '" + mcid + "')]",
                    "professionals");
            String ai102Id = idOf(partner, "//table[@id='certification-links']//tr[contains(., '" + mcid
                    + "') and contains(., 'AZURE_AI_ENGINEER_ASSOCIATE')]", "certifications");
            String dp700Id = idOf(partner, "//table[@id='certification-links']//tr[contains(., '" + mcid
                    + "') and contains(., 'FABRIC_DATA_ENGINEER_ASSOCIATE')]", "certifications");
            // Submitted, not counted yet: the certifications explanation says so for the person and both links.
            openNotCounted(partner, partnerWait);
            assertThat(notCountedRow(partner, "Professional Katherine Johnson (" + mcid + ")")).contains("SUBMITTED");
            assertThat(notCountedRow(partner, ai102)).contains("SUBMITTED");
            assertThat(notCountedRow(partner, dp700)).contains("SUBMITTED");

            WebDriverWait reviewerWait = new WebDriverWait(reviewer, Duration.ofSeconds(20));
            logIn(reviewer, reviewerWait, "rita");
            decide(reviewer, reviewerWait, "/review/professionals/P-1001/" + person, "approve", null);
            // The person counts now; what would approving the AI-102 link add? The explanation says (core's what-if).
            int before = certificationPoints(partner, partnerWait);
            openNotCounted(partner, partnerWait);
            int ifApproved = points(notCountedRow(partner, ai102));
            reviewer.get(portal + "/review/certifications/P-1001/" + ai102Id);
            reviewerWait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertThat(reviewer.findElement(By.tagName("h1")).getText()).contains("certification link");
            screenshot(reviewer, "reviewer-certification.png");
            decide(reviewer, reviewerWait, "/review/certifications/P-1001/" + ai102Id, "approve", null);
            decide(reviewer, reviewerWait, "/review/certifications/P-1001/" + dp700Id, "reject", reason);

            // The dashboard has the points the explanation announced.
            assertThat(certificationPoints(partner, partnerWait)).as("the dashboard's certifications card")
                    .isEqualTo(before + ifApproved);
            // The approved certification counts: the certifications explanation lists the person with it.
            openNotCounted(partner, partnerWait);
            WebElement counted = partner.findElement(By.xpath("//tr[td[1][normalize-space()='" + mcid + "']]"));
            assertThat(counted.getText()).contains("Azure AI Engineer").doesNotContain("Fabric Data Engineer");
            // The rejected one is not counted yet, explained with the reviewer's reason; the approved one is not there.
            assertThat(notCountedRow(partner, dp700)).contains("REJECTED").contains(reason);
            assertThat(partner.findElements(By.xpath("//section[@id='not-counted']//tr[contains(., '" + ai102
                    + "')]"))).isEmpty();
            ((org.openqa.selenium.JavascriptExecutor) partner).executeScript(
                    "document.getElementById('not-counted').scrollIntoView();");
            screenshot(partner, "partner-not-counted.png");
            partner.get(portal + "/partners/P-1001/associations");
            partnerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("certification-links")));
            WebElement rejected = partner.findElement(By.xpath("//table[@id='certification-links']//tr[contains(., '"
                    + mcid + "') and contains(., 'FABRIC_DATA_ENGINEER_ASSOCIATE')]"));
            assertThat(rejected.getText()).contains("REJECTED").contains(reason);

            // The mail, read from the demo's mail server.
            String messages = inbox("ada@example.com", "Certification FABRIC_DATA_ENGINEER_ASSOCIATE of Katherine Johnson"
                    + " (MCID " + mcid + "): rejected");
            assertThat(quotedPrintableDecoded(messages)).contains(reason);

            // She adds the certification again as a draft, corrects its proof on the edit page and submits it.
            addCertification(partner, partnerWait, mcid, "FABRIC_DATA_ENGINEER_ASSOCIATE", "2025-09-15", "",
                    "A1B2-C3D4-E5F6", true);
            partnerWait.until(ExpectedConditions.urlContains("notice=drafted"));
            partner.findElement(By.xpath("//table[@id='certification-links']//tr[contains(., '" + mcid
                    + "') and contains(., 'FABRIC_DATA_ENGINEER_ASSOCIATE') and contains(., 'DRAFT')]"
                    + "//a[contains(@href, '/edit')]")).click();
            partnerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("proof")));
            partner.findElement(By.id("proof")).clear();
            partner.findElement(By.id("proof")).sendKeys(
                    "https://learn.microsoft.com/en-us/users/kjohnson/transcript/fixed" + System.currentTimeMillis());
            screenshot(partner, "association-edit.png");
            partner.findElement(By.cssSelector("button[name=submit]")).click();
            partnerWait.until(ExpectedConditions.urlContains("notice=resubmitted"));
            List<WebElement> links = partner.findElements(By.xpath("//table[@id='certification-links']//tr[contains(., '"
                    + mcid + "') and contains(., 'FABRIC_DATA_ENGINEER_ASSOCIATE')]"));
            assertThat(links).extracting(WebElement::getText).anyMatch(t -> t.contains("SUBMITTED"))
                    .anyMatch(t -> t.contains("REJECTED"));
            // and the explanation shows it awaiting review again (the newest submission of that certification)
            openNotCounted(partner, partnerWait);
            assertThat(notCountedRow(partner, dp700)).contains("SUBMITTED");
        } finally {
            partner.quit();
            reviewer.quit();
        }
    }

    /** The certifications explanation of P-1001, once its "Not counted yet" section is there. */
    private static void openNotCounted(WebDriver driver, WebDriverWait driverWait) {
        driver.get(portal + "/partners/P-1001/explain/certifications");
        driverWait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-counted")));
    }

    /** The text of the "Not counted yet" row of this submission. */
    private static String notCountedRow(WebDriver driver, String item) {
        return driver.findElement(By.xpath("//section[@id='not-counted']//tr[td[1][normalize-space()='" + item
                + "']]")).getText();
    }

    /** The points of an "If approved" cell: "+5 points" is 5, "0 points" is 0. */
    private static int points(String row) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("([0-9]+) points").matcher(row);
        assertThat(number.find()).as("points in: " + row).isTrue();
        return Integer.parseInt(number.group(1));
    }

    /** The points of the certifications card on P-1001's dashboard. */
    private static int certificationPoints(WebDriver driver, WebDriverWait driverWait) {
        driver.get(portal + "/partners/P-1001");
        By card = By.xpath("//article[.//a[contains(@href, '/explain/certifications')]]"
                + "//p[contains(@class, 'metric-points')]/span[contains(@class, 'num')]");
        driverWait.until(ExpectedConditions.presenceOfElementLocated(card));
        return Integer.parseInt(driver.findElement(card).getText().strip());
    }

    private static void addCertification(WebDriver driver, WebDriverWait driverWait, String mcid, String certification,
            String earned, String expires, String proof, boolean draft) {
        driverWait.until(ExpectedConditions.presenceOfElementLocated(By.id("certificationId")));
        WebElement professional = driver.findElement(By.id("cert-personId"));
        if (professional.getTagName().equals("select")) {
            new Select(professional).selectByValue(mcid);
        } else { // a partner with more people than a list offers: the MCID is typed
            professional.clear();
            professional.sendKeys(mcid);
        }
        new Select(driver.findElement(By.id("certificationId"))).selectByValue(certification);
        setDate(driver, "earned", earned);
        setDate(driver, "expires", expires);
        driver.findElement(By.id("proof")).clear();
        driver.findElement(By.id("proof")).sendKeys(proof);
        driver.findElement(By.cssSelector("form[action$='/associations/certifications'] button[type=submit]"
                + (draft ? "[name=draft]" : ":not([name])"))).click();
        driverWait.until(ExpectedConditions.or(ExpectedConditions.urlContains("notice=submitted"),
                ExpectedConditions.urlContains("notice=drafted"),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error"))));
    }

    /** A date input takes its value through script (typing depends on the browser's locale). */
    private static void setDate(WebDriver driver, String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /** The id of the association in this row, from its withdraw form. */
    private static String idOf(WebDriver driver, String rowXpath, String kind) {
        String action = driver.findElement(By.xpath(rowXpath + "//form[contains(@action, '/withdraw')]"))
                .getAttribute("action");
        return action.replaceAll(".*/" + kind + "/(\\d+)/withdraw$", "$1");
    }

    private static void decide(WebDriver driver, WebDriverWait driverWait, String path, String action, String reason) {
        driver.get(portal + path);
        driverWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action$='/" + action + "']")));
        if (reason != null) {
            driver.findElement(By.id("reject-reason")).sendKeys(reason);
        }
        driver.findElement(By.cssSelector("form[action$='/" + action + "'] button[type=submit]")).click();
        driverWait.until(ExpectedConditions.urlContains("/review?notice="));
    }

    /**
     * The mailbox API returns each message as sent; its text parts are quoted-printable (long lines broken with
     * "=" at the end, some characters as =XX). Undone here, for ASCII text, so a test can look for a whole sentence.
     */
    private static String quotedPrintableDecoded(String raw) {
        String joined = raw.replace("=\\r\\n", "").replace("=\r\n", "");
        java.util.regex.Matcher hex = java.util.regex.Pattern.compile("=([0-9A-F]{2})").matcher(joined);
        StringBuilder decoded = new StringBuilder();
        while (hex.find()) {
            hex.appendReplacement(decoded, java.util.regex.Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(hex.group(1), 16))));
        }
        return hex.appendTail(decoded).toString();
    }

    /** Ada's (or anyone's) inbox at the demo's mail server, once a message with this text arrived (30 s at most). */
    private static String inbox(String address, String expected) throws Exception {
        String mailApi = System.getProperty("portal.e2e.mail-api", "http://127.0.0.1:8025").replaceAll("/+$", "");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest inbox = HttpRequest.newBuilder(URI.create(mailApi + "/api/user/" + address + "/messages/INBOX"))
                .timeout(Duration.ofSeconds(10)).build();
        String messages = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && !messages.contains(expected)) {
            Thread.sleep(2000); // read seldom: not while the mail server is still storing the message
            HttpResponse<String> response = http.send(inbox, HttpResponse.BodyHandlers.ofString());
            messages = response.statusCode() == 200 ? response.body() : "";
        }
        assertThat(messages).as(address + "'s inbox at " + mailApi).contains(expected);
        return messages;
    }

    @Test
    void theSimulatorFormWorksByKeyboardAlone() throws IOException {
        WebDriver keyboard = newBrowser();
        try {
            WebDriverWait keyboardWait = new WebDriverWait(keyboard, Duration.ofSeconds(20));
            logIn(keyboard, keyboardWait, "ada");
            keyboard.get(portal + "/partners/P-1001/simulator");
            keyboardWait.until(ExpectedConditions.presenceOfElementLocated(By.id("c1Current")));
            // From the top of the page, Tab through the links and fields to the first hypothetical customer's ACR.
            tabTo(keyboard, "c1Current");
            new Actions(keyboard).sendKeys("900").perform();
            // Enter in a text field submits its form, as a keyboard user would.
            new Actions(keyboard).sendKeys(Keys.ENTER).perform();
            keyboardWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("simulated-heading"), "Simulated ("));
            String simulated = keyboard.findElement(By.xpath("//section[@aria-labelledby='simulated-heading']")).getText();
            assertThat(simulated).contains("+10");
        } finally {
            keyboard.quit();
        }
    }

    /** Presses Tab until the element with this id has the focus; fails after 80 presses. */
    private static void tabTo(WebDriver driver, String id) {
        for (int i = 0; i < 80; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                return;
            }
        }
        fail("Tab never reached #" + id);
    }

    private static void logIn(WebDriver driver, WebDriverWait driverWait, String user) {
        driver.get(portal + "/");
        driverWait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-demo");
        driver.findElement(By.id("kc-login")).click();
        driverWait.until(ExpectedConditions.urlContains(portal));
        driverWait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private static void open(WebDriver driver, WebDriverWait driverWait, Visit visit) {
        driver.get(portal + visit.path());
        driverWait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        if (visit.follow() != null) {
            List<WebElement> links = driver.findElements(By.cssSelector(visit.follow()));
            assertThat(links).as("a link %s on %s", visit.follow(), visit.path()).isNotEmpty();
            String before = driver.getCurrentUrl();
            links.get(0).click();
            driverWait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
            driverWait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        }
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("the heading of %s", visit.path())
                .contains(visit.heading());
    }

    /** axe-core's WCAG 2.1 AA violations on the page shown: rule, impact, and where. */
    private static List<String> axe(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.isErrored()).as("axe-core ran on %s: %s", driver.getCurrentUrl(), results.getErrorMessage())
                .isFalse();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add(rule.getId() + " (" + rule.getImpact() + "): " + node.getTarget() + " — " + rule.getHelp());
            }
        }
        return found;
    }

    private static void screenshot(String name) throws IOException {
        screenshot(browser, name);
    }

    private static void screenshot(WebDriver driver, String name) throws IOException {
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
