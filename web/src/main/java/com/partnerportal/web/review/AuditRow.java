package com.partnerportal.web.review;

import java.time.OffsetDateTime;

/** One audit event as the trail and its CSV export show it; before and after are JSON text. */
public record AuditRow(long id, OffsetDateTime occurredAt, String actor, String action, String partnerId,
        String entityType, String entityId, String before, String after, String reason) {
}
