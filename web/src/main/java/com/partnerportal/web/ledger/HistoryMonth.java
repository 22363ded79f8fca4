package com.partnerportal.web.ledger;

import com.partnerportal.core.ledger.MonthStanding;
import java.time.YearMonth;
import java.util.List;

/**
 * One month of a partner's history as the ledger has it: the shown version's total, attainment and points per
 * metric, what they are, and the rule set they were scored under.
 */
public record HistoryMonth(YearMonth month, int total, boolean attained, List<Integer> points, String ruleSetId,
        MonthStanding standing) {

    public HistoryMonth {
        points = List.copyOf(points);
    }

    public boolean restated() {
        return standing.restated();
    }

    public boolean recorded() {
        return standing.stored();
    }
}
