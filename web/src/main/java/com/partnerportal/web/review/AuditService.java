package com.partnerportal.web.review;

import com.partnerportal.persistence.audit.AuditEventEntity;
import com.partnerportal.web.view.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit trail: filtered, newest first; by page for the screen, in chunks for the CSV export. */
@ApplicationScoped
public class AuditService {

    /** Rows read per query while exporting. */
    static final int CHUNK = 1000;

    @Inject
    EntityManager em;

    @Transactional
    public Page<AuditRow> page(AuditFilter filter, Integer page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEventEntity e" + where, Long.class);
        parameters.forEach(count::setParameter);
        return Page.fetched(count.getSingleResult().intValue(), page, offset -> {
            TypedQuery<AuditEventEntity> rows = em.createQuery("select e from AuditEventEntity e" + where
                    + " order by e.occurredAt desc, e.id desc", AuditEventEntity.class);
            parameters.forEach(rows::setParameter);
            return rows.setFirstResult(offset).setMaxResults(Page.SIZE).getResultList().stream()
                    .map(AuditService::row).toList();
        }, "time", "desc");
    }

    /**
     * The next rows of the export, newest first, after the row {@code (afterTime, afterId)} (null for the first
     * chunk): keyset paging, so a long export never re-reads what it wrote.
     */
    @Transactional
    public List<AuditRow> chunk(AuditFilter filter, OffsetDateTime afterTime, Long afterId) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(where(filter, parameters));
        if (afterTime != null) {
            where.append(where.isEmpty() ? " where " : " and ")
                    .append("(e.occurredAt < :afterTime or (e.occurredAt = :afterTime and e.id < :afterId))");
            parameters.put("afterTime", afterTime);
            parameters.put("afterId", afterId);
        }
        TypedQuery<AuditEventEntity> rows = em.createQuery("select e from AuditEventEntity e" + where
                + " order by e.occurredAt desc, e.id desc", AuditEventEntity.class);
        parameters.forEach(rows::setParameter);
        return rows.setMaxResults(CHUNK).getResultList().stream().map(AuditService::row).toList();
    }

    private static String where(AuditFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (filter.partner() != null) {
            and(where).append("e.partnerId = :partner");
            parameters.put("partner", filter.partner());
        }
        if (filter.actor() != null) {
            and(where).append("e.actor = :actor");
            parameters.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            and(where).append("e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.from() != null) {
            and(where).append("e.occurredAt >= :from");
            parameters.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            and(where).append("e.occurredAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return where.toString();
    }

    private static StringBuilder and(StringBuilder where) {
        return where.append(where.isEmpty() ? " where " : " and ");
    }

    private static AuditRow row(AuditEventEntity e) {
        return new AuditRow(e.id, e.occurredAt, e.actor, e.action, e.partnerId, e.entityType, e.entityId, e.before,
                e.after, e.reason);
    }
}
