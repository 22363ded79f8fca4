package com.partnerportal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.htmlunit.CookieManager;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.http.Cookie;
import org.htmlunit.util.WebConnectionWrapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End-to-end login against the packaged portal (demo profile, demo data) and a real Keycloak with the
 * repository's realm: authorization-code flow through Keycloak's login form, partner isolation, the
 * "no access yet" page, logout, and bearer tokens. Runs only in the Maven profile {@code e2e}, against
 * {@code -Dportal.e2e.url} (scripts/test.sh starts both servers; by hand: scripts/run-portal.sh).
 */
class KeycloakLoginIT {

    private static final String REALM_PATH = "/realms/capability-portal";
    private static final String CLIENT_ID = DemoRealm.CLIENT_ID;
    private static final String CLIENT_SECRET = DemoRealm.CLIENT_SECRET;
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static String portal;
    /** The realm's base URL (the issuer), read from the portal's redirect to the login page. */
    private static String realm;

    @BeforeAll
    static void portalIsRunning() throws Exception {
        String url = System.getProperty("portal.e2e.url");
        if (url == null || url.isBlank()) {
            fail("Set -Dportal.e2e.url to the running portal, e.g. -Dportal.e2e.url=http://localhost:8080 "
                    + "(scripts/test.sh starts Keycloak and the portal; by hand: scripts/run-portal.sh)");
        }
        portal = url.replaceAll("/+$", "");
        HttpResponse<String> ready;
        try {
            ready = get(portal + "/q/health/ready", Map.of());
        } catch (IOException e) {
            throw new AssertionError("The portal at " + portal + " is not reachable (" + e + "); start it with "
                    + "scripts/run-portal.sh", e);
        }
        assertThat(ready.statusCode()).as("%s/q/health/ready: %s", portal, ready.body()).isEqualTo(200);

        HttpResponse<String> home = get(portal + "/", Map.of());
        assertThat(home.statusCode()).as("an anonymous request for / redirects to the identity provider")
                .isEqualTo(302);
        String location = home.headers().firstValue("Location").orElseThrow();
        assertThat(location).as("the login redirect").contains(REALM_PATH + "/protocol/openid-connect/auth");
        realm = location.substring(0, location.indexOf(REALM_PATH) + REALM_PATH.length());
    }

    @Test
    void aPartnerAdminLogsInAndSeesHerPartnerButNoOther() throws Exception {
        try (WebClient browser = browser()) {
            HtmlPage home = logIn(browser, "ada");
            assertThat(status(home)).isEqualTo(200);
            assertThat(home.getUrl().toString()).startsWith(portal);
            assertThat(home.asNormalizedText()).contains("Contoso Data Ltd", "Ada Lovelace", "partner-admin");

            Page own = browser.getPage(portal + "/partners/P-1001");
            assertThat(status(own)).isEqualTo(200);
            assertThat(text(own)).contains("Contoso Data Ltd");

            Page other = browser.getPage(portal + "/partners/P-2002");
            assertThat(status(other)).as("another partner's page").isEqualTo(404);
            assertThat(text(other)).doesNotContain("Fabrikam AI Services");
        }
    }

    @Test
    void anAdminOfAnotherPartnerSeesThatPartnerAndNotTheFirst() throws Exception {
        try (WebClient browser = browser()) {
            HtmlPage home = logIn(browser, "grace");
            assertThat(status(home)).isEqualTo(200);
            assertThat(home.asNormalizedText()).contains("Fabrikam AI Services").doesNotContain("Contoso Data Ltd");

            assertThat(status(browser.getPage(portal + "/partners/P-1001"))).isEqualTo(404);
        }
    }

    @Test
    void aUserWithoutMembershipOrRoleGetsNoAccessYet() throws Exception {
        try (WebClient browser = browser()) {
            HtmlPage page = logIn(browser, "nora");
            assertThat(page.getUrl().toString()).startsWith(portal);
            assertThat(status(page)).isEqualTo(403);
            assertThat(page.asNormalizedText()).contains("No access yet", "Nora Newcomer");
        }
    }

    @Test
    void aReviewerMayOpenAnyPartner() throws Exception {
        try (WebClient browser = browser()) {
            HtmlPage home = logIn(browser, "rita");
            assertThat(status(home)).isEqualTo(200);
            assertThat(home.asNormalizedText()).contains("reviewer");

            Page partner = browser.getPage(portal + "/partners/P-2002");
            assertThat(status(partner)).isEqualTo(200);
            assertThat(text(partner)).contains("Fabrikam AI Services");
        }
    }

    @Test
    void logoutEndsTheSessionAtThePortalAndAtKeycloak() throws Exception {
        try (WebClient browser = browser()) {
            assertThat(status(logIn(browser, "ada"))).isEqualTo(200);

            assertThat(status(browser.getPage(portal + "/logout"))).as("GET /logout is no logout").isEqualTo(405);
            HtmlPage home = browser.getPage(portal + "/partners/P-1001");
            HtmlForm logout = home.getFirstByXPath("//form[@action='/logout']");
            assertThat(logout).as("the header's sign-out form").isNotNull();
            assertThat(logout.getMethodAttribute()).isEqualToIgnoringCase("post");
            assertThat(logout.getInputByName("csrf-token").getValue()).isNotBlank();
            Page signedOut = ((org.htmlunit.html.HtmlButton) logout.getFirstByXPath(".//button")).click();
            assertThat(signedOut.getUrl().toString()).as("back at the portal after Keycloak's logout")
                    .startsWith(portal + "/signed-out");
            assertThat(text(signedOut)).contains("signed out");

            HtmlPage again = browser.getPage(portal + "/");
            assertThat(again.getUrl().toString()).as("after logout / asks Keycloak for a login again")
                    .startsWith(realm + "/");
            assertThat(again.getElementById("kc-form-login")).as("Keycloak's login form").isNotNull();
        }
    }

    @Test
    void bearerTokensFromKeycloakAreAcceptedAndGarbageIsRefused() throws Exception {
        String token = passwordGrant("ada");

        HttpResponse<String> home = get(portal + "/", Map.of("Authorization", "Bearer " + token));
        assertThat(home.statusCode()).as("GET / with ada's access token: %s", home.body()).isEqualTo(303);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/partners/P-1001");
        HttpResponse<String> accepted = get(portal + "/partners/P-1001", Map.of("Authorization", "Bearer " + token));
        assertThat(accepted.statusCode()).as("GET /partners/P-1001 with ada's access token: %s", accepted.body())
                .isEqualTo(200);
        assertThat(accepted.body()).contains("Contoso Data Ltd");

        HttpResponse<String> refused = get(portal + "/", Map.of("Authorization", "Bearer not-a-token"));
        assertThat(refused.statusCode()).as("GET / with a garbage bearer token").isEqualTo(401);

        // A valid token of the same realm, issued to another application: not meant for the portal.
        String foreign = passwordGrant("ada", "reporting-tool", "demo-reporting-secret");
        HttpResponse<String> otherAudience = get(portal + "/partners/P-1001", Map.of("Authorization", "Bearer " + foreign));
        assertThat(otherAudience.statusCode()).as("GET with a token issued to another client").isEqualTo(401);
    }

    @Test
    void anIdTokenIsNoBearerTokenAndTheApiAnswers401ProblemsNeverALoginRedirect() throws Exception {
        JsonNode tokens = tokens("ada", CLIENT_ID, CLIENT_SECRET);
        String accessToken = tokens.get("access_token").asText();
        String idToken = tokens.get("id_token").asText();
        String api = portal + "/api/v1/partners/P-1001/scorecard";

        assertThat(get(api, Map.of("Authorization", "Bearer " + accessToken)).statusCode())
                .as("the API with ada's access token").isEqualTo(200);
        for (String url : List.of(api, portal + "/partners/P-1001")) {
            HttpResponse<String> refused = get(url, Map.of("Authorization", "Bearer " + idToken));
            assertThat(refused.statusCode()).as("%s with ada's ID token: %s", url, refused.body()).isEqualTo(401);
        }
        for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("Authorization", "Bearer " + idToken),
                Map.of("Authorization", "Bearer not-a-token"))) {
            HttpResponse<String> unauthorized = get(api, headers);
            assertThat(unauthorized.statusCode()).as("the API with %s", headers.keySet()).isEqualTo(401);
            assertThat(unauthorized.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(new ObjectMapper().readTree(unauthorized.body()).get("status").asInt()).isEqualTo(401);
            assertThat(unauthorized.headers().firstValue("Location")).isEmpty();
        }
    }

    @Test
    void theDemoServesPrometheusMetricsToProgramAdminsOnly() throws Exception {
        HttpResponse<String> metrics = get(portal + "/q/metrics", Map.of("Authorization", "Bearer " + passwordGrant("omar")));
        assertThat(metrics.statusCode()).as("GET /q/metrics as omar: %s", metrics.body()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count", "portal_scoring_duration_seconds_count",
                "portal_review_queue_size", "portal_review_queue_oldest_age_seconds", "portal_recompute_partners_done",
                "jvm_memory_used_bytes");
        // The demo data has submitted associations waiting for reviewers.
        assertThat(metrics.body()).containsPattern("(?m)^portal_review_queue_size [1-9]");

        HttpResponse<String> partner = get(portal + "/q/metrics", Map.of("Authorization", "Bearer " + passwordGrant("ada")));
        assertThat(partner.statusCode()).as("GET /q/metrics as a partner admin").isEqualTo(403);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** A browser without JavaScript or CSS that follows redirects and reports error statuses as pages. */
    private static WebClient browser() {
        WebClient browser = new WebClient();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setRedirectEnabled(true);
        treatLoopbackAsSecureContext(browser);
        return browser;
    }

    /**
     * Keycloak marks its login-session cookies {@code Secure} (they are {@code SameSite=None}) even over http.
     * Browsers send them to http://127.0.0.1 and http://localhost because loopback origins count as secure
     * contexts; HtmlUnit sends {@code Secure} cookies over https only. After every response (every redirect hop
     * included), the loopback hosts' secure cookies are stored again without the flag, as a browser would
     * treat them.
     */
    private static void treatLoopbackAsSecureContext(WebClient browser) {
        new WebConnectionWrapper(browser) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                WebResponse response = super.getResponse(request);
                CookieManager cookies = browser.getCookieManager();
                for (Cookie cookie : cookies.getCookies()) {
                    if (cookie.isSecure() && LOOPBACK_HOSTS.contains(cookie.getDomain())) {
                        cookies.removeCookie(cookie);
                        cookies.addCookie(new Cookie(cookie.getDomain(), cookie.getName(), cookie.getValue(),
                                cookie.getPath(), cookie.getExpires(), false, cookie.isHttpOnly(), cookie.getSameSite()));
                    }
                }
                return response;
            }
        };
    }

    /** Opens the portal, is sent to Keycloak's login form, signs in as a demo user and returns the page landed on. */
    private static HtmlPage logIn(WebClient browser, String username) throws IOException {
        HtmlPage login = browser.getPage(portal + "/");
        assertThat(login.getUrl().toString()).as("the portal sends an anonymous user to Keycloak")
                .startsWith(realm + "/protocol/openid-connect/auth");
        HtmlForm form = login.getHtmlElementById("kc-form-login");
        form.getInputByName("username").setValue(username);
        form.getInputByName("password").setValue(username + "-demo");
        Page landed = login.getHtmlElementById("kc-login").click();
        assertThat(landed).as("the page after signing in as %s: %s", username, text(landed)).isInstanceOf(HtmlPage.class);
        assertThat(landed.getUrl().toString()).as("back at the portal after signing in as %s: %s", username, text(landed))
                .startsWith(portal);
        return (HtmlPage) landed;
    }

    private static String passwordGrant(String username) throws IOException, InterruptedException {
        return passwordGrant(username, CLIENT_ID, CLIENT_SECRET);
    }

    private static String passwordGrant(String username, String clientId, String clientSecret)
            throws IOException, InterruptedException {
        return tokens(username, clientId, clientSecret).get("access_token").asText();
    }

    /** The token response of a password grant with scope openid: access_token and id_token. */
    private static JsonNode tokens(String username, String clientId, String clientSecret)
            throws IOException, InterruptedException {
        return DemoRealm.tokens(HTTP, realm, username, clientId, clientSecret);
    }

    private static HttpResponse<String> get(String url, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int status(Page page) {
        return page.getWebResponse().getStatusCode();
    }

    private static String text(Page page) {
        return page instanceof HtmlPage html ? html.asNormalizedText() : page.getWebResponse().getContentAsString();
    }
}
