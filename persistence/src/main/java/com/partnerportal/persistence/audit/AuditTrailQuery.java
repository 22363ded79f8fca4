package com.partnerportal.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit trail, newest first: counted and by offset for the screen, by keyset for the export. */
@ApplicationScoped
public class AuditTrailQuery {

    private static final String NEWEST_FIRST = " order by e.occurredAt desc, e.id desc";

    @Inject
    EntityManager em;

    public int count(AuditCriteria criteria) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEventEntity e"
                + where(criteria, parameters), Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult().intValue();
    }

    /** The matching events from {@code offset}, at most {@code limit}, newest first. */
    public List<AuditEventEntity> events(AuditCriteria criteria, int offset, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<AuditEventEntity> rows = em.createQuery("select e from AuditEventEntity e"
                + where(criteria, parameters) + NEWEST_FIRST, AuditEventEntity.class);
        parameters.forEach(rows::setParameter);
        return rows.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * The next matching events, newest first, after the event {@code (afterTime, afterId)} (null for the first
     * ones): keyset paging, so a long export never re-reads what it wrote.
     */
    public List<AuditEventEntity> after(AuditCriteria criteria, OffsetDateTime afterTime, Long afterId, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(where(criteria, parameters));
        if (afterTime != null) {
            where.append(where.isEmpty() ? " where " : " and ")
                    .append("(e.occurredAt < :afterTime or (e.occurredAt = :afterTime and e.id < :afterId))");
            parameters.put("afterTime", afterTime);
            parameters.put("afterId", afterId);
        }
        TypedQuery<AuditEventEntity> rows = em.createQuery("select e from AuditEventEntity e" + where + NEWEST_FIRST,
                AuditEventEntity.class);
        parameters.forEach(rows::setParameter);
        return rows.setMaxResults(limit).getResultList();
    }

    private static String where(AuditCriteria criteria, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        condition(where, parameters, "e.partnerId = :partner", "partner", criteria.partnerId());
        condition(where, parameters, "e.actor = :actor", "actor", criteria.actor());
        condition(where, parameters, "e.action = :action", "action", criteria.action());
        condition(where, parameters, "e.occurredAt >= :from", "from", criteria.from());
        condition(where, parameters, "e.occurredAt < :before", "before", criteria.before());
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            where.append(where.isEmpty() ? " where " : " and ").append(condition);
            parameters.put(name, value);
        }
    }
}
