package com.partnerportal.persistence.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<MembershipEntity, Long> {

    /** A partner a subject belongs to (its id and name), with the subject's role there. */
    public record PartnerOfSubject(String partnerId, String partnerName, String role) {

        public boolean admin() {
            return MembershipEntity.PARTNER_ADMIN.equals(role);
        }
    }

    /**
     * The partners a subject belongs to, ordered by partner id, in one statement that loads no entity: every request
     * of a signed-in person reads it, and most need no more of a partner than its id and name.
     */
    public List<PartnerOfSubject> partnersOf(String subject) {
        return getEntityManager().createQuery("""
                select new com.partnerportal.persistence.partner.MembershipRepository$PartnerOfSubject(
                       m.partnerId, p.name, m.role)
                  from MembershipEntity m join PartnerEntity p on p.partnerId = m.partnerId
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
