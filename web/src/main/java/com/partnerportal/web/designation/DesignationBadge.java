package com.partnerportal.web.designation;

import com.partnerportal.core.lifecycle.DesignationStatus;
import com.partnerportal.core.program.Designation;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The designation badge (spec "States", 2): our own text badge as SVG — the partner's name, the designation, since
 * when and to which anniversary — with no Microsoft logo. Written with the JDK's StAX writer, which escapes every
 * value, never by concatenating markup.
 */
public final class DesignationBadge {

    private static final String SVG = "http://www.w3.org/2000/svg";
    static final int WIDTH = 480;
    static final int HEIGHT = 120;

    private DesignationBadge() {
    }

    /** The badge of a partner holding the designation. */
    public static String svg(String partnerName, DesignationStatus status) {
        if (!status.holdsDesignation()) {
            throw new IllegalArgumentException("no badge without the designation: " + status.state());
        }
        String designation = Designation.DATA_AI_AZURE.displayName(); // "Solutions Partner for Data & AI (Azure)"
        String held = "Designation held since " + status.enrolledSince() + " · track "
                + status.year().track().displayName() + " · to " + status.year().until();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter svg = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            svg.writeStartDocument("UTF-8", "1.0");
            svg.writeStartElement("svg");
            svg.writeDefaultNamespace(SVG);
            svg.writeAttribute("width", String.valueOf(WIDTH));
            svg.writeAttribute("height", String.valueOf(HEIGHT));
            svg.writeAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
            svg.writeAttribute("role", "img");
            svg.writeAttribute("aria-labelledby", "badge-title");
            svg.writeStartElement("title");
            svg.writeAttribute("id", "badge-title");
            svg.writeCharacters(partnerName + ": " + designation + ". " + held + ".");
            svg.writeEndElement();
            rect(svg, "#0b4f6c", "#ffffff");
            text(svg, 24, 38, 20, "bold", partnerName);
            text(svg, 24, 68, 16, "normal", designation);
            text(svg, 24, 96, 13, "normal", held);
            svg.writeEndElement();
            svg.writeEndDocument();
            svg.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the badge could not be written", e);
        }
        return out.toString();
    }

    private static void rect(XMLStreamWriter svg, String fill, String stroke) throws XMLStreamException {
        svg.writeEmptyElement("rect");
        svg.writeAttribute("x", "1");
        svg.writeAttribute("y", "1");
        svg.writeAttribute("width", String.valueOf(WIDTH - 2));
        svg.writeAttribute("height", String.valueOf(HEIGHT - 2));
        svg.writeAttribute("rx", "12");
        svg.writeAttribute("fill", fill);
        svg.writeAttribute("stroke", stroke);
    }

    private static void text(XMLStreamWriter svg, int x, int y, int size, String weight, String value)
            throws XMLStreamException {
        svg.writeStartElement("text");
        svg.writeAttribute("x", String.valueOf(x));
        svg.writeAttribute("y", String.valueOf(y));
        svg.writeAttribute("font-family", "DejaVu Sans, Verdana, sans-serif");
        svg.writeAttribute("font-size", String.valueOf(size));
        svg.writeAttribute("font-weight", weight);
        svg.writeAttribute("fill", "#ffffff");
        svg.writeCharacters(value);
        svg.writeEndElement();
    }
}
