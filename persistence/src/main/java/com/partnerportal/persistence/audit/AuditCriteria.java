package com.partnerportal.persistence.audit;

import java.time.OffsetDateTime;

/** Which audit events to read: of a partner, by an actor, of an action, from (inclusive) and before a time; null for any. */
public record AuditCriteria(String partnerId, String actor, String action, OffsetDateTime from, OffsetDateTime before) {
}
