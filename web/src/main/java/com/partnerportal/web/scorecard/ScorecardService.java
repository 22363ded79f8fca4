package com.partnerportal.web.scorecard;

import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.json.ScorecardJson;
import com.partnerportal.core.scoring.ScoreCalculator;
import com.partnerportal.core.scoring.Scorecard;
import com.partnerportal.persistence.evidence.EvidenceAssembler;
import com.partnerportal.persistence.partner.PartnerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** Computes scorecards from the database and keeps a snapshot of each (partner, month). */
@ApplicationScoped
public class ScorecardService {

    /** The scoring contract the snapshots were computed under (shared/spec/scoring-rules.md). */
    public static final String RULE_SET_ID = "DATA_AI_AZURE-2024";

    @Inject
    EvidenceAssembler assembler;

    @Inject
    PartnerRepository partners;

    @Inject
    EntityManager em;

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
            Scorecard scorecard = ScoreCalculator.score(evidence);
            store(scorecard);
            return scorecard;
        });
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

    private void store(Scorecard scorecard) {
        em.createNativeQuery("""
                insert into scorecard_snapshot (partner_id, as_of, rule_set_id, total, attained, scorecard, computed_at)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), now())
                on conflict (partner_id, as_of, rule_set_id) do update
                   set total = excluded.total, attained = excluded.attained, scorecard = excluded.scorecard,
                       computed_at = excluded.computed_at""")
                .setParameter(1, scorecard.partnerId())
                .setParameter(2, Date.valueOf(scorecard.asOf().atDay(1)))
                .setParameter(3, RULE_SET_ID)
                .setParameter(4, scorecard.total())
                .setParameter(5, scorecard.attained())
                .setParameter(6, ScorecardJson.write(scorecard))
                .executeUpdate();
    }
}
