package com.partnerportal.persistence.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<MembershipEntity, Long> {

    /** Memberships of a subject, ordered by partner id. */
    public List<MembershipEntity> findBySubject(String subject) {
        return list("subject = ?1 order by partnerId", subject);
    }

    /** Memberships created by e-mail that no subject has claimed yet. */
    public List<MembershipEntity> findUnboundByEmail(String email) {
        return list("subject is null and lower(email) = lower(?1)", email);
    }

    public List<MembershipEntity> findByPartner(String partnerId) {
        return list("partnerId = ?1 order by role desc, coalesce(displayName, email, subject)", partnerId);
    }
}
