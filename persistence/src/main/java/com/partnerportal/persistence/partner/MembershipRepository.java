package com.partnerportal.persistence.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<MembershipEntity, Long> {

    /** Memberships of a subject, ordered by partner id. */
    public List<MembershipEntity> findBySubject(String subject) {
        return list("subject = ?1 order by partnerId", subject);
    }

    public List<MembershipEntity> findByPartner(String partnerId) {
        return list("partnerId = ?1 order by role desc, coalesce(displayName, subject)", partnerId);
    }

    /** The subject's membership of the partner, if any. */
    public Optional<MembershipEntity> ofSubject(String partnerId, String subject) {
        return find("partnerId = ?1 and subject = ?2", partnerId, subject).firstResultOptional();
    }

    /** The subject's membership of the partner, locked for update until the transaction ends. */
    public Optional<MembershipEntity> lockOfSubject(String partnerId, String subject) {
        return find("partnerId = ?1 and subject = ?2", partnerId, subject)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
