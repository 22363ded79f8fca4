package com.partnerportal.persistence.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<MembershipEntity, Long> {

    /** A partner a subject belongs to, with the subject's role there. */
    public record PartnerOfSubject(PartnerEntity partner, String role) {

        public boolean admin() {
            return MembershipEntity.PARTNER_ADMIN.equals(role);
        }
    }

    /**
     * The partners a subject belongs to, ordered by partner id, in one statement: each partner is loaded (managed)
     * with its membership, so a later {@code find} of the same partner in this session reads nothing.
     */
    public List<PartnerOfSubject> partnersOf(String subject) {
        return getEntityManager().createQuery("""
                select p, m.role from MembershipEntity m join PartnerEntity p on p.partnerId = m.partnerId
                 where m.subject = ?1 order by m.partnerId""", PartnerOfSubject.class)
                .setParameter(1, subject)
                .getResultList();
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
