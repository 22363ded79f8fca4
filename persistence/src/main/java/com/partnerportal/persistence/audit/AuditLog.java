package com.partnerportal.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Appends to the audit trail, inside the caller's transaction: the event commits with the change it records. */
@ApplicationScoped
public class AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Records an event whose before and after states are given as values — records or maps — that Jackson writes as
     * JSON objects (null for none).
     */
    public AuditEventEntity record(String actor, String action, String partnerId, String entityType, String entityId,
            Object before, Object after, String reason) {
        return record(actor, action, partnerId, entityType, entityId, json(before), json(after), reason);
    }

    private static String json(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not writable as JSON: " + state, e);
        }
    }

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
