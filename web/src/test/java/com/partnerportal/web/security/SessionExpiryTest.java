package com.partnerportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.ReviewedAssociation;
import com.partnerportal.web.testsupport.ReviewFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import java.util.TreeMap;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.http.Cookie;
import org.junit.jupiter.api.Test;

/**
 * An expired session does not eat a form (issue 17, point 10): a reviewer logs in through the real code flow of the
 * test identity provider, opens an association, and writes a rejection reason while the session's tokens expire
 * ({@link ShortTokensProfile}: 4 s). Sending the form then refreshes the tokens on that very POST
 * ({@code quarkus.oidc.token.refresh-expired}) — no trip to the login, no 405 — and the rejection is recorded with
 * the reason as written.
 *
 * <p>When the tokens cannot be refreshed any more (the identity provider's own session ended: here the session's
 * refresh token is gone), sending the form goes to the login; after it, the reviewer is back on the page the form was
 * on, with the text in its form (kept across the login, {@link KeptForms}) — not on a 405 — and nothing was decided
 * until they send it again.
 */
@QuarkusTest
@TestProfile(ShortTokensProfile.class)
class SessionExpiryTest {

    @TestHTTPResource("/")
    URL portal;

    @Test
    void aRejectionWrittenWhileTheSessionExpiredIsRecordedWithItsReason() throws Exception {
        String partner = ReviewFixture.unique("P-EXPIRY");
        ReviewFixture.partnerWithEvidence(partner);
        long association = ReviewFixture.submittedCustomer(partner, ReviewFixture.unique("C-EXPIRY"), 2);
        String detail = portal.toString().replaceAll("/$", "") + "/review/customers/" + partner + "/" + association;
        String reason = "The PAL reference does not match the customer's tenant — checked with the partner on 29 Nov.";

        try (WebClient browser = new WebClient()) {
            browser.getOptions().setJavaScriptEnabled(false);
            browser.getOptions().setCssEnabled(false);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            browser.getOptions().setRedirectEnabled(true);

            // the login of the test IdP, then back to the page first asked for
            HtmlPage login = browser.getPage(detail);
            HtmlButton alice = login.getFirstByXPath("//button[starts-with(@title, 'Log in as alice')]");
            assertThat(alice).as("the test IdP's login page: %s", login.asXml()).isNotNull();
            HtmlPage page = alice.click();
            assertThat(page.getWebResponse().getStatusCode()).as(page.asNormalizedText()).isEqualTo(200);
            assertThat(page.getUrl().toString()).isEqualTo(detail);
            Map<String, String> session = sessionCookies(browser);
            assertThat(session).as("a code-flow session").isNotEmpty();

            HtmlForm reject = page.getFirstByXPath("//form[contains(@action, '/reject')]");
            HtmlTextArea text = reject.getTextAreaByName("reason");
            text.setText(reason);
            long wrote = System.nanoTime();
            // the reviewer takes their time: every token of the session expires
            Thread.sleep((ShortTokensProfile.LIFETIME_SECONDS + 2) * 1000L);

            Page sent = reject.getFirstByXPath(".//button[@type='submit']") instanceof HtmlButton button
                    ? button.click() : null;
            assertThat(System.nanoTime() - wrote).as("the tokens had expired when the form was sent")
                    .isGreaterThan((ShortTokensProfile.LIFETIME_SECONDS + 1) * 1_000_000_000L);
            assertThat(sent).isNotNull();
            assertThat(sent.getWebResponse().getStatusCode()).as("no 405, no login page")
                    .isEqualTo(200);
            assertThat(sent.getUrl().getPath()).isEqualTo("/review");
            assertThat(sessionCookies(browser)).as("the session's tokens were refreshed").isNotEqualTo(session);
        }
        ReviewedAssociation decided = ReviewFixture.load(AssociationKind.CUSTOMER, association);
        assertThat(decided.state).isEqualTo(AssociationState.REJECTED);
        assertThat(decided.reason).isEqualTo(reason);
    }

    @Test
    void aRejectionSentAfterTheIdentityProvidersSessionEndedComesBackInItsFormAfterTheLogin() throws Exception {
        String partner = ReviewFixture.unique("P-EXPIRY");
        ReviewFixture.partnerWithEvidence(partner);
        long association = ReviewFixture.submittedCustomer(partner, ReviewFixture.unique("C-EXPIRY"), 2);
        String detail = portal.toString().replaceAll("/$", "") + "/review/customers/" + partner + "/" + association;
        String reason = "Die PAL-Referenz passt nicht zum Tenant des Kunden — bitte den Nachweis vom 28.11. prüfen.";

        try (WebClient browser = new WebClient()) {
            browser.getOptions().setJavaScriptEnabled(false);
            browser.getOptions().setCssEnabled(false);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            browser.getOptions().setRedirectEnabled(true);

            HtmlPage page = logInAsAlice(browser.getPage(detail));
            assertThat(page.getUrl().toString()).isEqualTo(detail);
            HtmlForm reject = page.getFirstByXPath("//form[contains(@action, '/reject')]");
            reject.getTextAreaByName("reason").setText(reason);
            Thread.sleep((ShortTokensProfile.LIFETIME_SECONDS + 2) * 1000L);
            // the identity provider's session ended: the portal can no longer refresh the tokens
            for (Cookie cookie : browser.getCookieManager().getCookies()) {
                if (cookie.getName().startsWith("q_session_rt")) {
                    browser.getCookieManager().removeCookie(cookie);
                }
            }

            HtmlPage login = ((HtmlButton) reject.getFirstByXPath(".//button[@type='submit']")).click();
            assertThat(login.asNormalizedText()).as("sent to the login").contains("alice");
            Cookie keptCookie = browser.getCookieManager().getCookie(KeptForms.COOKIE + "0");
            assertThat(keptCookie).as("the form kept in a cookie across the login").isNotNull();
            assertThat(keptCookie.isHttpOnly()).isTrue();
            assertThat(keptCookie.isSecure()).isTrue();
            assertThat(keptCookie.getSameSite()).isEqualToIgnoringCase("lax");
            assertThat(keptCookie.getValue()).as("sealed, not readable").doesNotContain("PAL").doesNotContain("reason");
            HtmlPage back = logInAsAlice(login);

            assertThat(back.getWebResponse().getStatusCode()).as("no 405: %s", back.asNormalizedText()).isEqualTo(200);
            assertThat(back.getUrl().toString()).as("back on the page the form was on").isEqualTo(detail);
            assertThat(back.asNormalizedText()).contains("Your text is back in its form");
            HtmlForm again = back.getFirstByXPath("//form[contains(@action, '/reject')]");
            assertThat(again.getTextAreaByName("reason").getText()).isEqualTo(reason);
            assertThat(ReviewFixture.load(AssociationKind.CUSTOMER, association).state)
                    .as("nothing decided by coming back").isEqualTo(AssociationState.SUBMITTED);
            assertThat(browser.getCookieManager().getCookies()).as("the kept form is dropped once shown")
                    .noneMatch(c -> c.getName().startsWith("portal-kept-form") && !c.getValue().isEmpty());

            Page sent = ((HtmlButton) again.getFirstByXPath(".//button[@type='submit']")).click();
            assertThat(sent.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(sent.getUrl().getPath()).isEqualTo("/review");
        }
        ReviewedAssociation decided = ReviewFixture.load(AssociationKind.CUSTOMER, association);
        assertThat(decided.state).isEqualTo(AssociationState.REJECTED);
        assertThat(decided.reason).isEqualTo(reason);
    }

    /** The test identity provider's login page: log in as alice (a reviewer); any other page is returned as is. */
    private static HtmlPage logInAsAlice(HtmlPage page) throws Exception {
        HtmlButton alice = page.getFirstByXPath("//button[starts-with(@title, 'Log in as alice')]");
        if (alice == null) {
            return page;
        }
        HtmlPage after = alice.click();
        assertThat(after.getWebResponse().getStatusCode()).as(after.asNormalizedText()).isIn(200, 405);
        return after;
    }

    private static Map<String, String> sessionCookies(WebClient browser) {
        Map<String, String> cookies = new TreeMap<>();
        for (Cookie cookie : browser.getCookieManager().getCookies()) {
            if (cookie.getName().startsWith("q_session")) {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        return cookies;
    }
}
