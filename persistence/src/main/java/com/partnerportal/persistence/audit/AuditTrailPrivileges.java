package com.partnerportal.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import jakarta.transaction.Transactional;

/** Asks the database what the current role (the portal's datasource user) may do to {@code audit_event}. */
@ApplicationScoped
public class AuditTrailPrivileges {

    @Inject
    EntityManager em;

    @Transactional
    public AuditTrailRights ofCurrentRole() {
        return em.unwrap(Session.class).createNativeQuery("""
                select current_user::text,
                       has_table_privilege('audit_event', 'UPDATE'),
                       has_table_privilege('audit_event', 'DELETE'),
                       has_table_privilege('audit_event', 'TRUNCATE'),
                       pg_has_role(c.relowner, 'MEMBER'),
                       r.rolsuper
                from pg_class c, pg_roles r
                where c.oid = 'audit_event'::regclass and r.rolname = current_user""", AuditTrailRights.class)
                .getSingleResult();
    }
}
