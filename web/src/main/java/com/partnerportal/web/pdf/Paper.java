package com.partnerportal.web.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.partnerportal.web.error.ProblemException;
import java.util.List;
import java.util.Locale;

/** The page sizes a scorecard PDF comes in: A4 unless Letter is asked for ({@code paper=a4|letter}). */
public enum Paper {
    A4(210f, 297f, PageSizeUnits.MM),
    LETTER(8.5f, 11f, PageSizeUnits.INCHES);

    private final float width;
    private final float height;
    private final PageSizeUnits units;

    Paper(float width, float height, PageSizeUnits units) {
        this.width = width;
        this.height = height;
        this.units = units;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    public PageSizeUnits units() {
        return units;
    }

    /** The {@code paper} query parameter: A4 when absent, a 400 problem naming the parameter when unknown. */
    public static Paper parse(String value) {
        if (value == null || value.isBlank()) {
            return A4;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> A4;
            case "letter" -> LETTER;
            default -> throw ProblemException.badRequest("Invalid query parameter",
                    List.of("paper: must be a4 or letter"));
        };
    }
}
