package com.partnerportal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A partner admin's visit in a real browser (Debian's headless Chromium): log in through Keycloak, open the
 * dashboard, follow an explanation, submit an association, run the what-if simulator, compare the rule sets. Saves
 * screenshots of the dashboard, the simulator and the rule-set comparison to {@code docs/screenshots/}. Runs in the
 * Maven profile {@code e2e} against
 * {@code -Dportal.e2e.url} (scripts/test.sh starts Keycloak and the portal).
 */
class PortalBrowserIT {

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
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("portal-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPartnerAdminReadsTheDashboardFollowsAnExplanationSubmitsAnAssociationAndSimulates() throws IOException {
        browser.get(portal + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("ada");
        browser.findElement(By.id("password")).sendKeys("ada-demo");
        browser.findElement(By.id("kc-login")).click();

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

        // The two rule sets side by side for Contoso's month: the 2024 guide is in force; its DP-203 holders would
        // no longer score under the 2026 rules.
        browser.findElement(By.linkText("Rule sets")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule-set-comparison")));
        assertThat(browser.findElement(By.id("rule-set-in-force")).getAttribute("data-rule-set"))
                .isEqualTo("DATA_AI_AZURE-2024");
        assertThat(browser.findElement(By.cssSelector("tr[data-row=INTERMEDIATE_CERTIFICATIONS]")).getText())
                .contains("hold only DP-203, which no longer scores under the 2026 rules");
        screenshot("rule-sets.png");
    }

    private static void screenshot(String name) throws IOException {
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
