package com.partnerportal.web.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns an XHTML document into a PDF with openhtmltopdf and PDFBox 3: the print style sheet
 * ({@code pdf/scorecard.css}) is added to the document's head, DejaVu Sans is embedded (the glyphs used), and the
 * renderer may load nothing from outside — no file, no URL. Fonts and style sheet are read once.
 */
@ApplicationScoped
public class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** Characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/U+FFFF). */
    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\x{9}\\x{A}\\x{D}\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final byte[] regular = resource("pdf/fonts/DejaVuSans.ttf");
    private final byte[] bold = resource("pdf/fonts/DejaVuSans-Bold.ttf");
    private final String css = new String(resource("pdf/scorecard.css"), StandardCharsets.UTF_8);
    /** Font metrics, shared by every render (openhtmltopdf's thread-safe store). */
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();
    private final DocumentBuilderFactory parsers = parsers();

    /** Renders {@code xhtml} on {@code paper} to {@code out}, which is left open. */
    public void render(String xhtml, Paper paper, OutputStream out) {
        Document document = parse(NOT_XML.matcher(xhtml).replaceAll(""));
        Element style = document.createElementNS(XHTML, "style");
        style.setAttribute("type", "text/css");
        style.setTextContent(css);
        Element head = (Element) document.getElementsByTagNameNS(XHTML, "head").item(0);
        if (head == null) {
            throw new IllegalArgumentException("The XHTML has no head");
        }
        head.appendChild(style);

        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Tagged PDF/UA-1: a structure tree from the XHTML (headings, tables with their headers, lists, paragraphs),
        // page furniture (the running footer) as artifacts, the <title> shown as the document title and the
        // <html lang> as the document language. ScorecardPdfAccessibilityTest checks it with veraPDF.
        builder.usePdfUaAccessibility(true);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useDefaultPageSize(paper.width(), paper.height(), paper.units());
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("Partner Capability Portal");
        builder.withW3cDocument(document, "about:blank");
        builder.toStream(new KeepOpen(out));
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document parse(String xhtml) {
        try {
            DocumentBuilder parser;
            synchronized (parsers) {
                parser = parsers.newDocumentBuilder();
            }
            parser.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("The PDF template did not produce well-formed XHTML", e);
        }
    }

    private static DocumentBuilderFactory parsers() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets PDFBox write to a ZIP entry or a response without closing it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
