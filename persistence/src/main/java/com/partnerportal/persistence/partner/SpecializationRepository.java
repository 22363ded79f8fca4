package com.partnerportal.persistence.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The Data &amp; AI specializations a partner holds ({@code specialization}), as program admins maintain them. */
@ApplicationScoped
public class SpecializationRepository implements PanacheRepositoryBase<SpecializationEntity, SpecializationEntity.Key> {

    /** The partner's specializations, by id. */
    @Transactional(TxType.SUPPORTS)
    public List<SpecializationEntity> held(String partnerId) {
        return list("partnerId = ?1 order by specializationId", partnerId);
    }

    /** One held specialization, if held. */
    @Transactional(TxType.MANDATORY)
    public Optional<SpecializationEntity> held(String partnerId, String specializationId) {
        return find("partnerId = ?1 and specializationId = ?2", partnerId, specializationId).firstResultOptional();
    }

    /** Holds the specialization from {@code earned} on: a new row, or the one held with its new date. */
    @Transactional(TxType.MANDATORY)
    public SpecializationEntity hold(String partnerId, String specializationId, LocalDate earned) {
        SpecializationEntity held = held(partnerId, specializationId).orElseGet(() -> {
            SpecializationEntity created = new SpecializationEntity();
            created.partnerId = partnerId;
            created.specializationId = specializationId;
            return created;
        });
        held.earned = earned;
        persist(held);
        flush();
        return held;
    }

    /** No longer holds it; false when it was not held. */
    @Transactional(TxType.MANDATORY)
    public boolean drop(String partnerId, String specializationId) {
        return delete("partnerId = ?1 and specializationId = ?2", partnerId, specializationId) > 0;
    }
}
