package com.partnerportal.persistence.mail;

import com.partnerportal.core.notify.NotificationKind;
import com.partnerportal.persistence.query.Scalars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Who receives which mail: the kinds each user (by the IdP's stable subject) turned off ({@code notification_opt_out}),
 * and the partner admins of a partner who still receive a kind.
 */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    EntityManager em;

    /** The kinds this subject turned off. */
    public Set<NotificationKind> optedOut(String subject) {
        Set<NotificationKind> off = EnumSet.noneOf(NotificationKind.class);
        session().createNativeQuery("select kind from notification_opt_out where subject = ?1", Scalars.Text.class)
                .setParameter(1, subject).getResultStream()
                .forEach(k -> NotificationKind.parse(k.value()).ifPresent(off::add));
        return off;
    }

    /** Replaces the subject's choice among {@code offered}: the kinds in {@code off} are off, the other offered ones on. */
    public void choose(String subject, String email, Set<NotificationKind> offered, Set<NotificationKind> off) {
        for (NotificationKind kind : offered) {
            if (off.contains(kind)) {
                em.createNativeQuery("insert into notification_opt_out (subject, kind, email) values (?1, ?2, ?3)"
                        + " on conflict (subject, kind) do update set email = excluded.email, changed_at = now()")
                        .setParameter(1, subject).setParameter(2, kind.name()).setParameter(3, email)
                        .executeUpdate();
            } else {
                em.createNativeQuery("delete from notification_opt_out where subject = ?1 and kind = ?2")
                        .setParameter(1, subject).setParameter(2, kind.name()).executeUpdate();
            }
        }
    }

    /**
     * The addresses of program staff (configured: staff have no membership) who receive {@code kind}: those whose
     * user turned the kind off on the settings page — which keeps the address of the one who chose — are left out.
     */
    public List<String> staffAddresses(List<String> configured, NotificationKind kind) {
        Set<String> off = new java.util.HashSet<>(session().createNativeQuery("select lower(email)"
                + " from notification_opt_out where kind = ?1 and email is not null", Scalars.Text.class)
                .setParameter(1, kind.name()).getResultStream().map(Scalars.Text::value).toList());
        return configured.stream().map(String::strip).filter(a -> !a.isEmpty())
                .filter(a -> !off.contains(a.toLowerCase(java.util.Locale.ROOT))).distinct().toList();
    }

    /**
     * The e-mail addresses of the partner's admins who receive {@code kind}: partner-admin memberships with an address,
     * whose subject did not turn the kind off (a membership not yet bound to a subject cannot have).
     */
    public List<String> partnerAdminAddresses(String partnerId, NotificationKind kind) {
        return session().createNativeQuery("select distinct m.email from membership m"
                + " where m.partner_id = ?1 and m.role = 'partner-admin' and m.email is not null"
                + " and not exists (select 1 from notification_opt_out o where o.subject = m.subject and o.kind = ?2)"
                + " order by m.email", Scalars.Text.class)
                .setParameter(1, partnerId).setParameter(2, kind.name()).getResultStream().map(Scalars.Text::value)
                .toList();
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
