package com.partnerportal.persistence.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The kept scorecards (table {@code scorecard_snapshot}): one per (partner, month, rule set), rewritten only when
 * its scorecard changed, so {@code computed_at} says when the figures were last computed differently.
 */
@ApplicationScoped
public class SnapshotRepository {

    @Inject
    EntityManager em;

    /**
     * Keeps the scorecard of (partner, month, rule set): inserts it, or rewrites the kept one when its JSON differs.
     */
    public void keep(String partnerId, YearMonth asOf, String ruleSetId, int total, boolean attained,
            String scorecardJson) {
        em.createNativeQuery("""
                insert into scorecard_snapshot (partner_id, as_of, rule_set_id, total, attained, scorecard, computed_at)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), now())
                on conflict (partner_id, as_of, rule_set_id) do update
                   set total = excluded.total, attained = excluded.attained, scorecard = excluded.scorecard,
                       computed_at = excluded.computed_at
                 where scorecard_snapshot.scorecard is distinct from excluded.scorecard""")
                .setParameter(1, partnerId)
                .setParameter(2, asOf.atDay(1))
                .setParameter(3, ruleSetId)
                .setParameter(4, total)
                .setParameter(5, attained)
                .setParameter(6, scorecardJson)
                .executeUpdate();
    }

    /** Forgets the partner's snapshots of {@code from} and later (of every rule set); returns how many. */
    public int forget(String partnerId, YearMonth from) {
        return em.createQuery("delete from ScorecardSnapshotEntity s where s.partnerId = :partner and s.asOf >= :from")
                .setParameter("partner", partnerId)
                .setParameter("from", from.atDay(1))
                .executeUpdate();
    }

    /**
     * The partner's kept scorecards of one rule set for the months {@code from} … {@code to}, oldest first; the
     * points per metric are read from the scorecard's JSON ({@code $.metrics[*].points}) with Jackson.
     */
    public List<SnapshotPoint> history(String partnerId, String ruleSetId, YearMonth from, YearMonth to) {
        return history(partnerId, from, to).stream().filter(point -> point.ruleSetId().equals(ruleSetId)).toList();
    }

    /**
     * The partner's kept scorecards of every rule set for the months {@code from} … {@code to}, by month (oldest
     * first), then rule set.
     */
    public List<SnapshotPoint> history(String partnerId, YearMonth from, YearMonth to) {
        return em.createQuery("""
                        select new com.partnerportal.persistence.snapshot.SnapshotPoint(s.asOf, s.total,
                               s.attained, s.computedAt,
                               cast(function('jsonb_path_query_array', s.scorecard, '$.metrics[*].points') as String),
                               s.ruleSetId)
                          from ScorecardSnapshotEntity s
                         where s.partnerId = :partner and s.asOf between :from and :to
                         order by s.asOf, s.ruleSetId""", SnapshotPoint.class)
                .setParameter("partner", partnerId)
                .setParameter("from", from.atDay(1))
                .setParameter("to", to.atDay(1))
                .getResultList();
    }

    /** When the snapshot of (partner, month, rule set) was computed, if there is one. */
    public Optional<OffsetDateTime> computedAt(String partnerId, String ruleSetId, YearMonth month) {
        return em.createQuery("""
                        select s.computedAt from ScorecardSnapshotEntity s
                        where s.partnerId = :partner and s.asOf = :month and s.ruleSetId = :rules""",
                        OffsetDateTime.class)
                .setParameter("partner", partnerId)
                .setParameter("month", month.atDay(1))
                .setParameter("rules", ruleSetId)
                .getResultStream().findFirst();
    }
}
