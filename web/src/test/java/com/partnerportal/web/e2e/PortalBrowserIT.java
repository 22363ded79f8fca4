package com.partnerportal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
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
 * <li>a form used by keyboard alone.</li>
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
