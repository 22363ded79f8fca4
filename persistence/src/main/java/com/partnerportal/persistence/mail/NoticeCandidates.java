package com.partnerportal.persistence.mail;

import com.partnerportal.persistence.query.Scalars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.hibernate.Session;

/**
 * Who the risk mails (issue 12, point 9) may be about, read with set-based SQL so that the daily run scores only the
 * partners it has to: the partners holding a certification that expires within a window, and the partners whose
 * score fell below the threshold at a month's close (core's verdict as the ledger stores it, {@code attained}).
 */
@ApplicationScoped
public class NoticeCandidates {

    /** A partner whose month closed not attained after a month that attained: both totals. */
    public record ScoreFall(String partnerId, String partnerName, int total, int previousTotal) {
    }

    @Inject
    EntityManager em;

    /**
     * The partners with a certification — imported, or a certification link that is approved — that expires on or
     * after {@code from} and on or before {@code until}, by id. Whether it counts and what losing it costs is core's
     * to say; this only narrows the partners to score.
     */
    @Transactional(TxType.SUPPORTS)
    public List<String> partnersWithCertificationsExpiring(LocalDate from, LocalDate until) {
        return session().createNativeQuery("""
                select partner_id from certification where expires between ?1 and ?2
                union
                select partner_id from certification_claim where state = 'APPROVED' and expires between ?1 and ?2
                order by 1""", Scalars.Text.class)
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(until)).getResultStream()
                .map(Scalars.Text::value).toList();
    }

    /**
     * The partners whose scorecard recorded at the close of {@code month} (version 1) does not attain while the month
     * before it, as the ledger has it now (its latest version), did: their score fell below the threshold at that
     * close. By partner id.
     */
    @Transactional(TxType.SUPPORTS)
    public List<ScoreFall> scoreFalls(YearMonth month) {
        return session().createNativeQuery("""
                select p.partner_id, p.name, l.total, before.total
                  from scorecard_ledger l
                  join partner p on p.partner_id = l.partner_id
                  join lateral (select b.total, b.attained from scorecard_ledger b
                                 where b.partner_id = l.partner_id and b.as_of = ?2
                                 order by b.version desc limit 1) before on true
                 where l.as_of = ?1 and l.version = 1 and l.state <> 'OPEN' and not l.attained and before.attained
                 order by p.partner_id""", ScoreFall.class)
                .setParameter(1, Date.valueOf(month.atDay(1)))
                .setParameter(2, Date.valueOf(month.minusMonths(1).atDay(1)))
                .getResultList();
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
