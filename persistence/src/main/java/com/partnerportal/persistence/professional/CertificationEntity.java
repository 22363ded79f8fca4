package com.partnerportal.persistence.professional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A certification a professional earned (and when it expires, if it does). */
@Entity
@Table(name = "certification")
@IdClass(CertificationEntity.Key.class)
public class CertificationEntity extends PanacheEntityBase {

    @Id
    @Column(name = "partner_id", length = 64)
    public String partnerId;

    @Id
    @Column(name = "professional_ref")
    public Long professionalRef;

    @Id
    @Column(name = "certification_id", length = 100)
    public String certificationId;

    @Id
    @Column(name = "earned")
    public LocalDate earned;

    @Column(name = "expires")
    public LocalDate expires;

    public static class Key implements Serializable {
        public String partnerId;
        public Long professionalRef;
        public String certificationId;
        public LocalDate earned;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(partnerId, k.partnerId)
                    && Objects.equals(professionalRef, k.professionalRef)
                    && Objects.equals(certificationId, k.certificationId) && Objects.equals(earned, k.earned);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partnerId, professionalRef, certificationId, earned);
        }
    }
}
