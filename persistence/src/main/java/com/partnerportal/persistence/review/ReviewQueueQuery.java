package com.partnerportal.persistence.review;

import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationRepository;
import com.partnerportal.persistence.query.Scalars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewers' queue: the submitted customer and professional associations of every partner in one list, oldest
 * submission first, and how many associations are in each state.
 */
@ApplicationScoped
public class ReviewQueueQuery {

    @Inject
    EntityManager em;

    /** How many submitted associations match. */
    public int count(QueueCriteria criteria) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String union = union(criteria, parameters);
        if (union == null) {
            return 0;
        }
        NativeQuery<Scalars.Count> count = em.unwrap(Session.class)
                .createNativeQuery("select count(*) from (" + union + ") q", Scalars.Count.class);
        parameters.forEach(count::setParameter);
        return Math.toIntExact(count.getSingleResult().value());
    }

    /** The matching submitted associations from {@code offset}, at most {@code limit} of them, oldest first. */
    public List<QueueEntry> entries(QueueCriteria criteria, int offset, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String union = union(criteria, parameters);
        if (union == null) {
            return List.of();
        }
        NativeQuery<Tuple> rows = em.unwrap(Session.class).createNativeQuery("select * from (" + union + ") q"
                + " order by q.submitted_at asc nulls first, q.kind, q.id", Tuple.class);
        parameters.forEach(rows::setParameter);
        rows.setFirstResult(offset).setMaxResults(limit);
        List<QueueEntry> entries = new ArrayList<>();
        for (Tuple t : rows.getResultList()) {
            entries.add(new QueueEntry(AssociationKind.fromSlug(t.get("kind", String.class)).orElseThrow(),
                    t.get("id", Number.class).longValue(), t.get("partner_id", String.class),
                    t.get("partner_name", String.class), t.get("subject_id", String.class),
                    t.get("subject_name", String.class), t.get("detail", String.class), t.get("type", String.class),
                    t.get("reference", String.class), t.get("submitted_by", String.class),
                    utc(t.get("submitted_at")), t.get("version", Number.class).longValue()));
        }
        return entries;
    }

    private static String union(QueueCriteria criteria, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where a.state = 'SUBMITTED'");
        if (criteria.partnerId() != null) {
            where.append(" and a.partner_id = :partner");
            parameters.put("partner", criteria.partnerId());
        }
        if (criteria.submittedBy() != null) {
            where.append(" and a.submitted_at <= :cutoff");
            parameters.put("cutoff", criteria.submittedBy());
        }
        List<String> parts = new ArrayList<>();
        if (criteria.includes(AssociationKind.CUSTOMER)) {
            String type = "";
            if (criteria.type() != null) {
                type = " and a.type = :type";
                parameters.put("type", criteria.type().name());
            }
            parts.add("""
                    select 'customers' as kind, a.id, a.partner_id, p.name as partner_name, c.customer_id as subject_id,
                           c.name as subject_name, c.segment as detail, a.type, a.reference, a.submitted_by,
                           a.submitted_at, a.version
                      from customer_association a
                      join customer c on c.partner_id = a.partner_id and c.id = a.customer_ref
                      join partner p on p.partner_id = a.partner_id""" + where + type);
        }
        if (criteria.includes(AssociationKind.PROFESSIONAL)) {
            parts.add("""
                    select 'professionals' as kind, a.id, a.partner_id, p.name as partner_name,
                           r.person_id as subject_id, r.name as subject_name, r.email as detail,
                           cast(null as varchar) as type, cast(null as varchar) as reference, a.submitted_by,
                           a.submitted_at, a.version
                      from professional_association a
                      join professional r on r.partner_id = a.partner_id and r.id = a.professional_ref
                      join partner p on p.partner_id = a.partner_id""" + where);
        }
        if (criteria.includes(AssociationKind.CERTIFICATION)) {
            parts.add("""
                    select 'certifications' as kind, a.id, a.partner_id, p.name as partner_name,
                           r.person_id as subject_id, r.name as subject_name,
                           case when a.certification_id = 'OTHER' then a.other_name else a.certification_id end
                               as detail,
                           cast(null as varchar) as type, a.proof as reference, a.submitted_by,
                           a.submitted_at, a.version
                      from certification_claim a
                      join professional r on r.partner_id = a.partner_id and r.id = a.professional_ref
                      join partner p on p.partner_id = a.partner_id""" + where);
        }
        return parts.isEmpty() ? null : String.join(" union all ", parts);
    }

    /** How many associations are in each state, for the criteria's partner, type and kind (age does not apply). */
    public Map<AssociationState, Long> countsByState(QueueCriteria criteria) {
        Map<AssociationState, Long> counts = new EnumMap<>(AssociationState.class);
        for (AssociationState state : AssociationState.values()) {
            counts.put(state, 0L);
        }
        for (AssociationKind kind : AssociationKind.values()) {
            if (!criteria.includes(kind)) {
                continue;
            }
            String entity = AssociationRepository.entity(kind).getSimpleName();
            StringBuilder jpql = new StringBuilder("select new com.partnerportal.persistence.review.StateCount(a.state,"
                    + " count(a)) from " + entity + " a where 1 = 1");
            if (criteria.partnerId() != null) {
                jpql.append(" and a.partnerId = :partner");
            }
            if (criteria.type() != null) {
                jpql.append(" and a.type = :type");
            }
            var query = em.createQuery(jpql.append(" group by a.state").toString(), StateCount.class);
            if (criteria.partnerId() != null) {
                query.setParameter("partner", criteria.partnerId());
            }
            if (criteria.type() != null) {
                query.setParameter("type", criteria.type());
            }
            for (StateCount count : query.getResultList()) {
                counts.merge(count.state(), count.count(), Long::sum);
            }
        }
        return counts;
    }

    private static OffsetDateTime utc(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
