package com.partnerportal.persistence.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * A partner's page stamp ({@code partner_page_stamp}, migration V90): a number the database changes with every write
 * to a table a partner's dashboard is made from — evidence, the score ledger, the designation record, the partner
 * itself — together with when the rule-set boundary, which scores every partner, last moved. While both are what
 * they were, so is everything a dashboard shows from the database; a node may serve the page it rendered then.
 */
@ApplicationScoped
public class PartnerPageStamps {

    /**
     * What a partner's pages were made from, as of one read: the partner's stamp (0 before its first write) and the
     * time the rule-set boundary was last set, in microseconds since the epoch (0 while the default applies).
     */
    public record PageStamp(long partner, long ruleSetChangedAt) {
    }

    @Inject
    EntityManager em;

    /** The stamp as stored now; read before the data it stands for, so that data is never older than it. */
    @Transactional(TxType.SUPPORTS)
    public PageStamp of(String partnerId) {
        Tuple row = (Tuple) em.createNativeQuery("""
                select coalesce((select stamp from partner_page_stamp where partner_id = ?1), 0) as stamp,
                       coalesce((select cast(extract(epoch from changed_at) * 1000000 as bigint)
                                   from rule_set_setting), 0) as rules_changed_at""", Tuple.class)
                .setParameter(1, partnerId)
                .getSingleResult();
        return new PageStamp(row.get("stamp", Long.class), row.get("rules_changed_at", Long.class));
    }
}
