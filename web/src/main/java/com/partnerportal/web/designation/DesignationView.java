package com.partnerportal.web.designation;

import com.partnerportal.core.lifecycle.Decision;
import com.partnerportal.core.lifecycle.DesignationStatus;
import com.partnerportal.core.lifecycle.QualificationWindow;
import com.partnerportal.core.lifecycle.RecordedMonth;
import com.partnerportal.persistence.partner.PartnerEntity;
import java.time.YearMonth;
import java.util.List;

/**
 * The designation page: core's status on the day, the window's months (the open one labelled), the three actions
 * with core's decisions, whether the caller may act (a partner admin of the partner), the record's version (its
 * number of transitions, which a form sends back), its history, and the stacking cap for the benefit table.
 */
public record DesignationView(PartnerEntity partner, DesignationStatus status, List<WindowRow> window,
        List<ActionRow> actions, boolean canAct, int version, List<HistoryLine> history, String notice,
        int stackingCap) {

    /** One month of the qualification window: its record (null: none), whether it qualifies, whether it is open. */
    public record WindowRow(YearMonth month, RecordedMonth recorded, boolean qualifies, boolean open) {

        static List<WindowRow> of(QualificationWindow window) {
            return window.months().stream().map(m -> new WindowRow(m.month(), m.recorded(), m.qualifies(),
                    m.month().equals(window.open()))).toList();
        }
    }

    /** One action of the page: core's decision today, the form's path under the page and the button's words. */
    public record ActionRow(Decision decision, String path, String label) {
    }

    /** One recorded transition, for the history table. */
    public record HistoryLine(int seq, String description, String recordedBy) {
    }

    public YearMonth openMonth() {
        return status.window().open();
    }
}
