package com.partnerportal.persistence.customer;

import com.partnerportal.core.evidence.Segment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer (tenant) of a partner; natural key (partner, customer id). */
@Entity
@Table(name = "customer")
public class CustomerEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "partner_id", nullable = false, length = 64)
    public String partnerId;

    @Column(name = "customer_id", nullable = false, length = 64)
    public String customerId;

    @Column(length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Segment segment;
}
