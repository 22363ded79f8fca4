package com.partnerportal.persistence.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A Data &amp; AI specialization a partner holds, and when it was earned. */
@Entity
@Table(name = "specialization")
@IdClass(SpecializationEntity.Key.class)
public class SpecializationEntity extends PanacheEntityBase {

    @Id
    @Column(name = "partner_id", length = 64)
    public String partnerId;

    @Id
    @Column(name = "specialization_id", length = 64)
    public String specializationId;

    @Column(nullable = false)
    public LocalDate earned;

    public static class Key implements Serializable {
        public String partnerId;
        public String specializationId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(partnerId, k.partnerId)
                    && Objects.equals(specializationId, k.specializationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partnerId, specializationId);
        }
    }
}
