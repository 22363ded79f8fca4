package com.partnerportal.web.admin;

import com.partnerportal.core.ledger.DesignationRisk;
import com.partnerportal.core.lifecycle.DesignationLifecycle;
import com.partnerportal.core.program.Designation;
import com.partnerportal.persistence.ledger.LedgerRepository;
import com.partnerportal.persistence.overview.OverviewCriteria;
import com.partnerportal.persistence.overview.OverviewRow;
import com.partnerportal.persistence.overview.ProgramOverviewQuery;
import com.partnerportal.web.designation.DesignationService;
import com.partnerportal.web.ledger.ScoreLedger;
import com.partnerportal.web.view.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;

/**
 * The program overview: every partner's open-month scorecard as the ledger stores it, filtered, sorted and paged
 * by the database, in read-only transactions. The threshold (70) and the risk window (90 days) come from core.
 */
@ApplicationScoped
public class ProgramOverviewService {

    @Inject
    ProgramOverviewQuery overview;

    @Inject
    LedgerRepository ledgerRepository;

    @Inject
    ScoreLedger ledger;

    @Inject
    DesignationService designations;

    public YearMonth openMonth() {
        return ledger.openMonth();
    }

    /** One page (1-based, clamped) of the partners the filter keeps. */
    @Transactional
    public Page<OverviewRow> page(OverviewFilter filter, Integer page) {
        ledgerRepository.readOnly();
        int total = (int) overview.count(criteria(filter, 0, 1));
        return Page.fetched(total, page, offset -> overview.page(criteria(filter, offset, Page.SIZE)), filter.sort(),
                filter.dir());
    }

    /** Every partner the filter keeps, in its order (the CSV). */
    @Transactional
    public List<OverviewRow> all(OverviewFilter filter) {
        ledgerRepository.readOnly();
        return overview.all(criteria(filter, 0, 1));
    }

    private OverviewCriteria criteria(OverviewFilter filter, int offset, int limit) {
        return new OverviewCriteria(ledger.openMonth(), Designation.MINIMUM_TOTAL,
                ledger.today().plusDays(DesignationRisk.WINDOW_DAYS), filter.q(), filter.attained(),
                filter.path().isEmpty() ? null : filter.path(), filter.risk(), filter.pending(), filter.sortColumn(),
                filter.descending(), offset, limit, designations.today(),
                designations.today().plusDays(DesignationLifecycle.RENEWAL_DAYS), filter.renewal());
    }
}
