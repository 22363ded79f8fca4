package com.partnerportal.web.review;

import com.partnerportal.persistence.audit.AuditEventEntity;
import com.partnerportal.persistence.audit.AuditTrailQuery;
import com.partnerportal.web.view.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads the audit trail: filtered, newest first; by page for the screen, in chunks for the CSV export. */
@ApplicationScoped
public class AuditService {

    /** Rows read per query while exporting. */
    static final int CHUNK = 1000;

    @Inject
    AuditTrailQuery trail;

    @Transactional
    public Page<AuditRow> page(AuditFilter filter, Integer page) {
        var criteria = filter.criteria();
        return Page.fetched(trail.count(criteria), page, offset -> trail.events(criteria, offset, Page.SIZE).stream()
                .map(AuditService::row).toList(), "time", "desc");
    }

    /**
     * The next rows of the export, newest first, after the row {@code (afterTime, afterId)} (null for the first
     * chunk): keyset paging, so a long export never re-reads what it wrote.
     */
    @Transactional
    public List<AuditRow> chunk(AuditFilter filter, OffsetDateTime afterTime, Long afterId) {
        return trail.after(filter.criteria(), afterTime, afterId, CHUNK).stream().map(AuditService::row).toList();
    }

    private static AuditRow row(AuditEventEntity e) {
        return new AuditRow(e.id, e.occurredAt, e.actor, e.action, e.partnerId, e.entityType, e.entityId, e.before,
                e.after, e.reason);
    }
}
