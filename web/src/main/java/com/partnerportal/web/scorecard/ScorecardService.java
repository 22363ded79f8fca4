package com.partnerportal.web.scorecard;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.persistence.evidence.EvidenceAssembler;
import com.partnerportal.web.api.AsOf;
import com.partnerportal.web.operations.PortalMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Computes scorecards from the database and keeps a snapshot of each (partner, month). */
@ApplicationScoped
public class ScorecardService {

    /** The scoring contract the snapshots were computed under (shared/spec/scoring-rules.md). */
    public static final String RULE_SET_ID = "DATA_AI_AZURE-2024";

    /** One month of a partner's history: the snapshot's total, attainment and points per metric. */
    public record HistoryPoint(YearMonth month, int total, boolean attained, List<Integer> points,
            OffsetDateTime computedAt) {
    }

    @Inject
    EvidenceAssembler assembler;

    @Inject
    EntityManager em;

    @Inject
    PortalMetrics metrics;

    Clock clock = Clock.systemUTC();

    /** The evidence of (partner, month) from approved associations; empty for an unknown partner. */
    @Transactional
    public Optional<Evidence> evidence(String partnerId, YearMonth asOf) {
        return assembler.assemble(partnerId, asOf);
    }

    /** Scores (partner, month), stores the snapshot and returns the scorecard; empty for an unknown partner. */
    @Transactional
    public Optional<Scorecard> compute(String partnerId, YearMonth asOf) {
        return assembler.assemble(partnerId, asOf).map(evidence -> {
            Scorecard scorecard = metrics.timeScoring(() -> ScoreCalculator.score(evidence));
            store(scorecard);
            return scorecard;
        });
    }

    /**
     * After the partner's data changed: forgets its snapshots as of {@code from} and later (all of them when
     * null) — they were computed from data that is no longer so; the history recomputes them when next shown —
     * and recomputes its latest month at once.
     */
    @Transactional
    public void refresh(String partnerId, YearMonth from) {
        em.createNativeQuery("delete from scorecard_snapshot where partner_id = ?1 and as_of >= ?2")
                .setParameter(1, partnerId)
                .setParameter(2, Date.valueOf((from != null ? from : AsOf.FIRST).atDay(1)))
                .executeUpdate();
        compute(partnerId, latestMonth(partnerId));
    }

    /** Recomputes every partner's scorecard for a month; returns how many were computed. */
    @Transactional
    public int recomputeAll(YearMonth asOf) {
        int computed = 0;
        for (String partnerId : em.createQuery("select p.partnerId from PartnerEntity p order by p.partnerId",
                String.class).getResultList()) {
            computed += compute(partnerId, asOf).isPresent() ? 1 : 0;
        }
        return computed;
    }

    /** The latest month with ACR telemetry for the partner, or last month when there is none. */
    @Transactional
    public YearMonth latestMonth(String partnerId) {
        LocalDate latest = em.createQuery("select max(m.month) from AcrMonthEntity m where m.partnerId = :partner",
                LocalDate.class).setParameter("partner", partnerId).getSingleResult();
        return latest != null ? YearMonth.from(latest) : YearMonth.now(clock).minusMonths(1);
    }

    /** The month a request asks for ({@code asOf}, YYYY-MM; 400 when malformed), else the latest with data. */
    public YearMonth monthOrLatest(String partnerId, String asOf) {
        YearMonth month = AsOf.parse(asOf);
        return month != null ? month : latestMonth(partnerId);
    }

    /**
     * The partner's scorecards for the {@code months} months up to {@code to}, from the snapshots; a month
     * without one is computed (and kept) first.
     */
    @Transactional
    public List<HistoryPoint> history(String partnerId, YearMonth to, int months) {
        YearMonth from = to.minusMonths(months - 1L);
        Map<YearMonth, HistoryPoint> stored = storedHistory(partnerId, from, to);
        if (stored.size() < months) {
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                if (!stored.containsKey(month)) {
                    compute(partnerId, month);
                }
            }
            stored = storedHistory(partnerId, from, to);
        }
        return List.copyOf(stored.values());
    }

    /** When the snapshot of (partner, month) was computed, if there is one. */
    @Transactional
    public Optional<OffsetDateTime> computedAt(String partnerId, YearMonth month) {
        return em.createQuery("""
                select s.computedAt from ScorecardSnapshotEntity s
                where s.partnerId = :partner and s.asOf = :month and s.ruleSetId = :rules""", OffsetDateTime.class)
                .setParameter("partner", partnerId)
                .setParameter("month", month.atDay(1))
                .setParameter("rules", RULE_SET_ID)
                .getResultStream().findFirst();
    }

    private Map<YearMonth, HistoryPoint> storedHistory(String partnerId, YearMonth from, YearMonth to) {
        Map<YearMonth, HistoryPoint> history = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select as_of, total, attained,
                       cast(jsonb_path_query_array(scorecard, '$.metrics[*].points') as text), computed_at
                  from scorecard_snapshot
                 where partner_id = ?1 and rule_set_id = ?2 and as_of between ?3 and ?4
                 order by as_of""")
                .setParameter(1, partnerId)
                .setParameter(2, RULE_SET_ID)
                .setParameter(3, Date.valueOf(from.atDay(1)))
                .setParameter(4, Date.valueOf(to.atDay(1)))
                .getResultList();
        for (Object[] row : rows) {
            YearMonth month = YearMonth.from(toLocalDate(row[0]));
            String points = ((String) row[3]).replace("[", "").replace("]", "").strip();
            List<Integer> metrics = points.isEmpty() ? List.of()
                    : Arrays.stream(points.split(",")).map(String::strip).map(Integer::valueOf).toList();
            history.put(month, new HistoryPoint(month, ((Number) row[1]).intValue(), (Boolean) row[2], metrics,
                    toOffset(row[4])));
        }
        return history;
    }

    private void store(Scorecard scorecard) {
        em.createNativeQuery("""
                insert into scorecard_snapshot (partner_id, as_of, rule_set_id, total, attained, scorecard, computed_at)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), now())
                on conflict (partner_id, as_of, rule_set_id) do update
                   set total = excluded.total, attained = excluded.attained, scorecard = excluded.scorecard,
                       computed_at = excluded.computed_at
                 where scorecard_snapshot.scorecard is distinct from excluded.scorecard""")
                .setParameter(1, scorecard.partnerId())
                .setParameter(2, Date.valueOf(scorecard.asOf().atDay(1)))
                .setParameter(3, RULE_SET_ID)
                .setParameter(4, scorecard.total())
                .setParameter(5, scorecard.attained())
                .setParameter(6, ScorecardJson.write(scorecard))
                .executeUpdate();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
