package com.partnerportal.persistence.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<PartnerEntity, String> {

    public List<PartnerEntity> listByName() {
        return list("order by name, partnerId");
    }

    /** The partner's name, if the partner exists (one statement, no entity loaded). */
    public Optional<String> nameOf(String partnerId) {
        return getEntityManager().createQuery("select p.name from PartnerEntity p where p.partnerId = ?1", String.class)
                .setParameter(1, partnerId).getResultStream().findFirst();
    }

    /** Every partner's id, in id order. */
    public List<String> ids() {
        return getEntityManager().createQuery("select p.partnerId from PartnerEntity p order by p.partnerId",
                String.class).getResultList();
    }

    /** Every partner's id and name, in id order. */
    public List<PartnerSummary> summaries() {
        return getEntityManager().createQuery("""
                select new com.partnerportal.persistence.partner.PartnerSummary(p.partnerId, p.name)
                  from PartnerEntity p order by p.partnerId""", PartnerSummary.class).getResultList();
    }
}
