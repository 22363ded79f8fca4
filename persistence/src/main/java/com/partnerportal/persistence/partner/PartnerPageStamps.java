package com.partnerportal.persistence.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;

/**
 * A partner's page stamp (its rows of {@code partner_page_change}, migrations V90 and V104): what the database changes
 * with every committed write
 * to a table a partner's dashboard is made from — evidence, the score ledger, the designation record, the partner
 * itself — together with when the rule-set boundary, which scores every partner, last moved. While both are what
 * they were, so is everything a dashboard shows from the database; a node may serve the page it rendered then.
 */
@ApplicationScoped
public class PartnerPageStamps {

    /**
     * What a partner's pages were made from, as of one read: the count, largest and sum of the partner's change rows
     * (all 0 before its first write) and the time the rule-set boundary was last set, in microseconds since the epoch
     * (0 while the default applies). A write that commits adds a row, so the three change together.
     */
    public record PageStamp(long partnerChanges, long partnerLatest, long partnerSum, long ruleSetChangedAt) {
    }

    @Inject
    EntityManager em;

    /**
     * Removes the change rows that began longer than {@code keep} ago, each partner keeping its largest: they only make
     * the stamp's read longer (it aggregates the partner's rows). Deletes rows no writer touches again, so it waits for
     * nobody. Returns the rows removed. How long is safe is the caller's to say ({@code web.dashboard.PageChangePrune}):
     * a row's {@code created_at} is its writer's transaction start.
     */
    @Transactional(TxType.REQUIRED)
    public int prune(Duration keep) {
        return em.createNativeQuery("""
                delete from partner_page_change c
                 where c.created_at < now() - make_interval(secs => ?1)
                   and c.stamp < (select max(l.stamp) from partner_page_change l where l.partner_id = c.partner_id)""")
                .setParameter(1, (double) keep.toSeconds())
                .executeUpdate();
    }

    /** The stamp as stored now; read before the data it stands for, so that data is never older than it. */
    @Transactional(TxType.SUPPORTS)
    public PageStamp of(String partnerId) {
        Tuple row = (Tuple) em.createNativeQuery("""
                select c.changes, c.latest, c.total,
                       coalesce((select cast(extract(epoch from changed_at) * 1000000 as bigint)
                                   from rule_set_setting), 0) as rules_changed_at
                  from (select count(*) as changes, coalesce(max(stamp), 0) as latest,
                               cast(coalesce(sum(stamp), 0) as bigint) as total
                          from partner_page_change where partner_id = ?1) c""", Tuple.class)
                .setParameter(1, partnerId)
                .getSingleResult();
        return new PageStamp(row.get("changes", Long.class), row.get("latest", Long.class), row.get("total", Long.class),
                row.get("rules_changed_at", Long.class));
    }
}
