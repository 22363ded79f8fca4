package com.partnerportal.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Appends to the audit trail, inside the caller's transaction: the event commits with the change it records. */
@ApplicationScoped
public class AuditLog {

    public AuditEventEntity record(String actor, String action, String partnerId, String entityType, String entityId,
            String beforeJson, String afterJson, String reason) {
        AuditEventEntity event = new AuditEventEntity();
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.actor = actor;
        event.action = action;
        event.partnerId = partnerId;
        event.entityType = entityType;
        event.entityId = entityId;
        event.before = beforeJson;
        event.after = afterJson;
        event.reason = reason;
        event.persist();
        return event;
    }
}
