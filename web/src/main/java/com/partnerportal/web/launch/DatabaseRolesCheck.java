package com.partnerportal.web.launch;

import com.partnerportal.persistence.audit.AuditTrailPrivileges;
import com.partnerportal.persistence.audit.AuditTrailRights;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Refuses to start when the portal connects as a role that could rewrite the audit trail (the owner, a superuser,
 * or a role with UPDATE, DELETE or TRUNCATE on {@code audit_event}): production runs with two roles
 * (docs/operations.md, "Database roles").
 */
@ApplicationScoped
public class DatabaseRolesCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseRolesCheck.class);

    @Inject
    AuditTrailPrivileges privileges;

    void onStart(@Observes StartupEvent event) {
        AuditTrailRights rights = privileges.ofCurrentRole();
        if (!rights.excess().isEmpty()) {
            throw new IllegalStateException("The portal connects to the database as " + rights.role()
                    + ", which could rewrite the audit trail (" + String.join(", ", rights.excess())
                    + "): connect as the runtime role and migrate as the owner role (docs/operations.md, \"Database roles\").");
        }
        LOG.debugf("Database role %s may only read and append to the audit trail", rights.role());
    }
}
