package com.partnerportal.web.demo;

import com.partnerportal.web.imports.AcrCsvImportService;
import com.partnerportal.web.ledger.ScoreLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The demo's score ledger: the 24 months before the open one closed and recorded at seeding (as the monthly
 * close would have recorded them), then a telemetry correction for Contoso that arrives later, and the month it
 * corrects restated by the program admin — so the history shows recorded months, one restated month, and what
 * "recompute with today's data" would change. Runs once: not when the month before the open one is recorded.
 */
@ApplicationScoped
public class DemoLedger {

    private static final Logger LOG = Logger.getLogger(DemoLedger.class);

    static final int RECORDED_MONTHS = 24;
    static final String RESTATED_PARTNER = "P-1001";
    static final String CORRECTED_CUSTOMER = "C-1";
    /**
     * How many months before the open one the corrected (and restated) month lies: ACR of a month counts in the
     * scorecards of that month and the 13 after it, so a correction 14 months back changes closed months only and
     * leaves the open month's scorecard (the dashboard's default) as the demo files make it.
     */
    static final int RESTATED_MONTHS_BACK = 14;

    @Inject
    ScoreLedger ledger;

    @Inject
    AcrCsvImportService acr;

    void seed(List<String> partnerIds) {
        if (ledger.anyRecorded(RESTATED_PARTNER)) {
            return;
        }
        YearMonth open = ledger.openMonth();
        for (int back = RECORDED_MONTHS; back >= 1; back--) {
            ledger.recordClosed(partnerIds, open.minusMonths(back), "demo seeding");
        }
        YearMonth corrected = open.minusMonths(RESTATED_MONTHS_BACK);
        acr.importCsv(new StringReader(AcrCsvImportService.HEADER + "\n" + RESTATED_PARTNER + ","
                + CORRECTED_CUSTOMER + "," + corrected + ",2400\n"), "demo-data",
                "demo ACR correction #512");
        ledger.restate(List.of(RESTATED_PARTNER), corrected,
                "corrected ACR import #512 (" + CORRECTED_CUSTOMER + ", " + corrected + ")", "omar (demo data)");
        LOG.infof("Demo data: %d months recorded in the score ledger, %s restated for %s", RECORDED_MONTHS,
                corrected, RESTATED_PARTNER);
    }
}
