package com.partnerportal.web.designation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.htmlunit.Page;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.DomText;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The designation page (templates/DesignationResource/designation.html) as a browser shows it, read from its parsed
 * elements: the status badge ({@code data-state}), the terms of the status list, the qualification window's rows,
 * the actions ({@code data-action}, with their form when offered), the active benefits, the history. Clicking an
 * action's button submits the page's own form — its CSRF token and version field — and gives the page the browser
 * lands on.
 */
record DesignationBrowserPage(HtmlPage page) {

    /** A month of the qualification window: its label, whether it is the open month, its score, whether it qualifies. */
    record WindowMonth(String month, boolean open, String score, boolean qualifies, String path) {
    }

    /** An action of the page: offered (a form with a button) or not, and the message beside it (core's reason). */
    record ActionItem(String action, Optional<HtmlForm> form, String message) {

        boolean offered() {
            return form.isPresent();
        }

        /** Clicks the form's button, as the partner admin does: the browser posts the form and follows the answer. */
        Page click() throws IOException {
            HtmlForm shown = form.orElseThrow(() -> new AssertionError(action + " is not offered: " + message));
            HtmlButton button = shown.getFirstByXPath(".//button[@type='submit']");
            return button.click();
        }
    }

    /** A line of the history: its number, what happened, who recorded it. */
    record HistoryLine(String seq, String description, String recordedBy) {
    }

    static DesignationBrowserPage of(Page page) {
        assertThat(page).as("an HTML page").isInstanceOf(HtmlPage.class);
        assertThat(page.getWebResponse().getStatusCode()).as(((HtmlPage) page).asNormalizedText()).isEqualTo(200);
        assertThat(page.getUrl().getPath()).matches("/partners/[^/]+/designation");
        return new DesignationBrowserPage((HtmlPage) page);
    }

    /** The status badge's state ({@code data-state}: NOT_ENROLLED, ENROLLED, RENEWED, LAPSED). */
    String state() {
        return statusBadge().getAttribute("data-state");
    }

    /** The status badge's words ("Enrolled since 2026-03-05"). */
    String status() {
        return statusBadge().asNormalizedText();
    }

    private HtmlElement statusBadge() {
        HtmlElement badge = page.getFirstByXPath("//h2[@id='status-heading']//span[@data-state]");
        assertThat(badge).as("the status badge").isNotNull();
        return badge;
    }

    /** The definition of a term of the status list ("Track", "Benefits year", "Renewal days", "Renewed"). */
    Optional<String> term(String term) {
        HtmlElement dd = page.getFirstByXPath("//section[@aria-labelledby='status-heading']//dt[normalize-space(.)='"
                + term + "']/following-sibling::dd[1]");
        return Optional.ofNullable(dd).map(DomNode::asNormalizedText);
    }

    /** The notice the page shows after an action ({@code role=status}), if any. */
    Optional<String> notice() {
        HtmlElement notice = page.getFirstByXPath("//p[@role='status']");
        return Optional.ofNullable(notice).map(DomNode::asNormalizedText);
    }

    /** Whether a "Renewal at risk" badge shows anywhere on the page. */
    boolean renewalAtRisk() {
        return !page.getByXPath(RISK_BADGE).isEmpty();
    }

    static final String RISK_BADGE = "//*[contains(concat(' ', normalize-space(@class), ' '), ' badge-risk ')]";

    /** The badge download link, while the designation is held. */
    Optional<HtmlAnchor> badgeLink() {
        return Optional.ofNullable(page.getFirstByXPath("//a[@download and contains(@href, '/designation/badge.svg')]"));
    }

    /** The lines of the downloaded badge (the SVG parsed as XML: its root is an SVG element), in order. */
    List<String> downloadBadge() throws Exception {
        HtmlAnchor link = badgeLink().orElseThrow(() -> new AssertionError("no badge link"));
        Page svg = page.getWebClient().getPage(page.getFullyQualifiedUrl(link.getHrefAttribute()));
        assertThat(svg.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(svg.getWebResponse().getContentType()).isEqualTo("image/svg+xml");
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        // The XML parser reads the bytes and takes the encoding from the XML declaration, as a browser does.
        Element root;
        try (InputStream in = svg.getWebResponse().getContentAsStream()) {
            root = xml.newDocumentBuilder().parse(in).getDocumentElement();
        }
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getElementsByTagNameNS("*", "image").getLength()).as("no logo, text only").isZero();
        NodeList texts = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            lines.add(texts.item(i).getTextContent());
        }
        return lines;
    }

    /** The paragraph over the active benefits ("Active from … to …" or "No benefits are active …"). */
    String benefitsLine() {
        HtmlElement line = page.getFirstByXPath("//section[@aria-labelledby='benefits-heading']/p[1]");
        return line.asNormalizedText();
    }

    /** The active benefits' figures (row heading → figure), empty when none are active. */
    Map<String, String> benefits() {
        List<HtmlElement> rows = page.getByXPath("//section[@aria-labelledby='benefits-heading']//tr");
        return rows.stream().collect(Collectors.toMap(
                row -> ((HtmlElement) row.getFirstByXPath("./th")).asNormalizedText(),
                row -> ((HtmlElement) row.getFirstByXPath("./td")).asNormalizedText(),
                (a, b) -> a, LinkedHashMap::new));
    }

    /** The heading of the window ("Qualification window 2025-12 … 2026-05"). */
    String windowHeading() {
        return ((HtmlElement) page.getHtmlElementById("window-heading")).asNormalizedText();
    }

    /** The six months of the window as the table shows them. */
    List<WindowMonth> window() {
        List<HtmlElement> rows = page.getByXPath("//section[@aria-labelledby='window-heading']//tbody/tr");
        return rows.stream().map(row -> {
            HtmlElement th = row.getFirstByXPath("./th");
            HtmlElement score = row.getFirstByXPath("./td[1]");
            HtmlElement qualifies = row.getFirstByXPath("./td[2]");
            boolean qualifying = qualifies.getFirstByXPath("./span[contains(@class, 'badge-ok')]") != null;
            return new WindowMonth(ownText(th), th.getFirstByXPath("./span") != null, score.asNormalizedText(),
                    qualifying, qualifying ? ownText(qualifies) : "");
        }).toList();
    }

    /** The action item ({@code data-action}: ENROL, ACTIVATE_BENEFITS, RENEW). */
    ActionItem action(String action) {
        HtmlElement item = page.getFirstByXPath("//li[@data-action='" + action + "']");
        assertThat(item).as("the action " + action).isNotNull();
        HtmlForm form = item.getFirstByXPath("./form");
        return new ActionItem(action, Optional.ofNullable(form), ownText(item));
    }

    /** The history's lines, in the order recorded. */
    List<HistoryLine> history() {
        List<HtmlElement> rows = page.getByXPath("//section[@aria-labelledby='history-heading']//tbody/tr");
        return rows.stream().map(row -> {
            List<HtmlElement> cells = row.getByXPath("./td");
            return new HistoryLine(cells.get(0).asNormalizedText(), cells.get(1).asNormalizedText(),
                    cells.get(2).asNormalizedText());
        }).toList();
    }

    /** The text directly inside an element (not in its child elements), whitespace normalized. */
    private static String ownText(DomNode node) {
        StringBuilder text = new StringBuilder();
        for (DomNode child : node.getChildren()) {
            if (child instanceof DomText) {
                text.append(child.getTextContent()).append(' ');
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
