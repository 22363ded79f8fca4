package com.partnerportal.persistence.overview;

import com.partnerportal.persistence.query.Scalars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The program overview: every partner with its open-month scorecard from the ledger (never computed here),
 * filtered, sorted and paged in PostgreSQL. The sort column comes from {@link OverviewCriteria.Sort}, never from
 * the request.
 */
@ApplicationScoped
public class ProgramOverviewQuery {

    /** The stored standing says the renewal is due: held, not renewed, the year ending within the renewal days. */
    private static final String RENEWAL_DUE =
            " coalesce(s.renewal_pending and s.year_until > :renewalAfter and s.year_until <= :renewalBy, false) ";

    private static final String FROM = """
             from partner p
             left join scorecard_ledger l
                    on l.partner_id = p.partner_id and l.as_of = :open and l.version = 1
             left join (select partner_id, count(*) as pending
                          from (select partner_id from customer_association where state = 'SUBMITTED'
                                union all
                                select partner_id from professional_association where state = 'SUBMITTED') s
                         group by partner_id) r on r.partner_id = p.partner_id
             left join designation_standing s on s.partner_id = p.partner_id and s.designation = 'DATA_AI_AZURE'
            where (:text = '' or strpos(lower(p.partner_id), :text) > 0 or strpos(lower(p.name), :text) > 0)
              and (:attained = -1 or coalesce(l.attained, false) = (:attained = 1))
              and (:path = '' or l.path = :path)
              and (:atRisk = -1
                   or coalesce(l.designation_lost_on <= :riskBy, false) = (:atRisk = 1))
              and (:pending = -1 or (coalesce(r.pending, 0) > 0) = (:pending = 1))
              and (:renewal = -1 or """ + RENEWAL_DUE + """
                   = (:renewal = 1))
            """;

    @Inject
    EntityManager em;

    /** One page of the overview. */
    @Transactional(TxType.SUPPORTS)
    public List<OverviewRow> page(OverviewCriteria criteria) {
        return rows(criteria, query -> query.setFirstResult(criteria.offset()).setMaxResults(criteria.limit()));
    }

    /** Every row the filters keep, in the sort order (the CSV export). */
    @Transactional(TxType.SUPPORTS)
    public List<OverviewRow> all(OverviewCriteria criteria) {
        return rows(criteria, query -> { });
    }

    /** How many partners the filters keep. */
    @Transactional(TxType.SUPPORTS)
    public long count(OverviewCriteria criteria) {
        NativeQuery<Scalars.Count> query = em.unwrap(Session.class).createNativeQuery("select count(*)" + FROM,
                Scalars.Count.class);
        bind(query, criteria);
        return query.getSingleResult().value();
    }

    private List<OverviewRow> rows(OverviewCriteria criteria, Consumer<Query> paging) {
        String direction = criteria.descending() ? " desc nulls last" : " asc nulls first";
        NativeQuery<OverviewRow> query = em.unwrap(Session.class).createNativeQuery("""
                select p.partner_id, p.name, l.total, l.attained, l.total - :threshold, l.path, l.rule_set_id,
                       l.designation_lost_on,
                       (l.designation_lost_on is not null and l.designation_lost_on <= :riskBy),
                       coalesce(r.pending, 0), coalesce(s.state, 'NOT_ENROLLED'), s.enrolled_since, s.lapsed_on,
                       s.year_until, p.anniversary_date, """ + RENEWAL_DUE + FROM + " order by " + criteria.sort().expression + direction
                + ", p.partner_id" + (criteria.descending() ? " desc" : ""), OverviewRow.class);
        bind(query, criteria);
        query.setParameter("threshold", criteria.threshold());
        paging.accept(query);
        return query.getResultList();
    }

    private static void bind(Query query, OverviewCriteria criteria) {
        query.setParameter("open", Date.valueOf(criteria.openMonth().atDay(1)));
        query.setParameter("riskBy", Date.valueOf(criteria.riskBy()));
        query.setParameter("text", criteria.text() == null ? "" : criteria.text().strip().toLowerCase(Locale.ROOT));
        query.setParameter("attained", either(criteria.attained()));
        query.setParameter("path", criteria.path() == null ? "" : criteria.path());
        query.setParameter("atRisk", either(criteria.atRisk()));
        query.setParameter("pending", either(criteria.pending()));
        query.setParameter("renewal", either(criteria.renewalDue()));
        query.setParameter("renewalAfter", Date.valueOf(criteria.renewalAfter()));
        query.setParameter("renewalBy", Date.valueOf(criteria.renewalBy()));
    }

    /** A filter that may be unset: -1 any, 0 no, 1 yes. */
    private static int either(Boolean value) {
        return value == null ? -1 : value ? 1 : 0;
    }
}
