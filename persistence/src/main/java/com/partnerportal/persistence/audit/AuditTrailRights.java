package com.partnerportal.persistence.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * What the role the portal connects as may do to the audit trail. The runtime role may read and append only:
 * {@link #excess()} names anything more (a role that owns {@code audit_event} can also disable its triggers).
 */
public record AuditTrailRights(String role, boolean update, boolean delete, boolean truncate, boolean owner,
                               boolean superuser) {

    /** Everything beyond reading and appending, in words; empty for a proper runtime role. */
    public List<String> excess() {
        List<String> excess = new ArrayList<>();
        if (update) {
            excess.add("UPDATE");
        }
        if (delete) {
            excess.add("DELETE");
        }
        if (truncate) {
            excess.add("TRUNCATE");
        }
        if (owner) {
            excess.add("owns the table (may disable its triggers)");
        }
        if (superuser) {
            excess.add("is a superuser");
        }
        return List.copyOf(excess);
    }
}
