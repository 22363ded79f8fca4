package com.partnerportal.persistence.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One month of a customer's Azure consumed revenue (USD); the month is stored as its first day. */
@Entity
@Table(name = "acr_month")
@IdClass(AcrMonthEntity.Key.class)
public class AcrMonthEntity extends PanacheEntityBase {

    @Id
    @Column(name = "partner_id", length = 64)
    public String partnerId;

    @Id
    @Column(name = "customer_ref")
    public Long customerRef;

    @Id
    @Column(name = "month")
    public LocalDate month;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    public static class Key implements Serializable {
        public String partnerId;
        public Long customerRef;
        public LocalDate month;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(partnerId, k.partnerId)
                    && Objects.equals(customerRef, k.customerRef) && Objects.equals(month, k.month);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partnerId, customerRef, month);
        }
    }
}
