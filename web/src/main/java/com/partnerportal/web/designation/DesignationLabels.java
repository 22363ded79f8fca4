package com.partnerportal.web.designation;

import com.partnerportal.core.lifecycle.DesignationStatus;
import io.quarkus.qute.TemplateExtension;

/** The words the pages, the PDF and the badge use for core's designation states ({@code {status.label}} in templates). */
@TemplateExtension
public final class DesignationLabels {

    private DesignationLabels() {
    }

    /** "not enrolled", "enrolled since 2026-03-05", "renewed, enrolled since …", "lapsed on 2026-07-01". */
    public static String state(DesignationStatus status) {
        return label(status);
    }

    /** The same, as the template extension {@code {status.label}}. */
    static String label(DesignationStatus status) {
        return switch (status.state()) {
            case NOT_ENROLLED -> "not enrolled";
            case ENROLLED -> "enrolled since " + status.enrolledSince();
            case RENEWED -> "renewed, enrolled since " + status.enrolledSince();
            case LAPSED -> "lapsed on " + status.lapsedOn();
        };
    }
}
