package com.partnerportal.web.ledger;

import com.partnerportal.core.ledger.LedgerEntry;
import com.partnerportal.persistence.ledger.ClosedMonth;
import com.partnerportal.persistence.ledger.LedgerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The program admin's view of the ledger: reads in read-only transactions, restatements through the ledger. */
@ApplicationScoped
public class LedgerAdminService {

    @Inject
    LedgerRepository repository;

    @Inject
    ScoreLedger ledger;

    public YearMonth openMonth() {
        return ledger.openMonth();
    }

    public LocalDate today() {
        return ledger.today();
    }

    @Transactional
    public List<ClosedMonth> closes(int limit) {
        repository.readOnly();
        return repository.closes(limit);
    }

    @Transactional
    public List<LedgerEntry> restatements(int limit) {
        repository.readOnly();
        return repository.restatements(limit);
    }

    @Transactional
    public boolean partnerExists(String partnerId) {
        repository.readOnly();
        return repository.partnerExists(partnerId);
    }

    /** Restates the month for one partner, or for every partner when {@code partnerId} is null. */
    @Transactional
    public int restate(String partnerId, YearMonth month, String reason, String actor) {
        List<String> partners = partnerId != null ? List.of(partnerId) : repository.partnerIds();
        return ledger.restate(partners, month, reason, actor);
    }
}
