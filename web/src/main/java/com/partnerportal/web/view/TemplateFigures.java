package com.partnerportal.web.view;

import com.partnerportal.core.ledger.Restatement;
import com.partnerportal.core.program.Designation;
import com.partnerportal.core.scoring.Attainment;
import com.partnerportal.core.scoring.UsageGrowth;
import com.partnerportal.web.admin.OverviewFilter;
import com.partnerportal.web.support.Limits;
import io.quarkus.qute.TemplateGlobal;
import java.math.BigDecimal;

/**
 * The figures every template may print, each taken from its one definition — the program's totals and the
 * metrics' thresholds from core, the forms' column limits from {@link Limits} — so no template holds a rule or a limit as a literal.
 */
@TemplateGlobal
public final class TemplateFigures {

    /** The most points a score can have. */
    public static final int pointsMax = Designation.MAXIMUM_TOTAL;

    /** The total that attains the designation (with a point in every metric). */
    public static final int pointsToAttain = Attainment.MINIMUM_TOTAL;

    /** The first marker on the way. */
    public static final int pointsMarker = Attainment.MARKER_TOTAL;

    /** The least current ACR that qualifies for usage growth points (core's {@code UsageGrowth}). */
    public static final BigDecimal usageGrowthMinimumUsd = UsageGrowth.MINIMUM_CURRENT_USD;

    /** The forms' column limits ({@code maxlength}, {@code max}). */
    public static final Limits.Fields fieldMax = Limits.FIELDS;

    /** The longest reason of a restatement ({@code maxlength} of the ledger page's form). */
    public static final int restatementReasonMax = Restatement.MAX_REASON_LENGTH;

    /** The longest search text of the program overview. */
    public static final int overviewQueryMax = OverviewFilter.MAX_TEXT;

    private TemplateFigures() {
    }
}
