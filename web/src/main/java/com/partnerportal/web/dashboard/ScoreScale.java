package com.partnerportal.web.dashboard;

import com.partnerportal.core.program.Designation;
import com.partnerportal.core.scoring.Attainment;

/**
 * The dashboard's score bar, computed here so the template only prints it: {@value #PX_PER_POINT} pixels a point,
 * the first marker and the attainment line drawn where their totals are.
 */
public record ScoreScale(int pxPerPoint, int width, int height, int barY, int barHeight, int tickTop, int tickBottom,
        int labelY, int markerX, int attainX) {

    static final int PX_PER_POINT = 4;

    static ScoreScale of() {
        return new ScoreScale(PX_PER_POINT, Designation.MAXIMUM_TOTAL * PX_PER_POINT, 34, 8, 14, 2, 28, 33,
                Attainment.MARKER_TOTAL * PX_PER_POINT, Attainment.MINIMUM_TOTAL * PX_PER_POINT);
    }
}
