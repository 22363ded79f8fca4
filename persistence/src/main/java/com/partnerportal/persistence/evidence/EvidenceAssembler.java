package com.partnerportal.persistence.evidence;

import com.partnerportal.core.evidence.Evidence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Builds a partner's core {@link Evidence} as of a month from the database, from <b>approved</b> associations
 * only: a customer without an approved PAL/DPOR/CSP association, or a professional without an approved
 * association, is not in it (scoring-rules.md, "Which customers count"). It is the set-based reader
 * ({@link EvidenceBatchAssembler}) asked for one partner: the pages, the ledger's writes and the recompute of
 * every partner read evidence through one set of queries and one row mapping.
 */
@ApplicationScoped
public class EvidenceAssembler {

    @Inject
    EvidenceBatchAssembler batch;

    /** The partner's evidence as of {@code asOf}; empty for an unknown partner. */
    @Transactional(TxType.MANDATORY)
    public Optional<Evidence> assemble(String partnerId, YearMonth asOf) {
        return Optional.ofNullable(batch.assemble(List.of(partnerId), asOf).get(partnerId));
    }
}
