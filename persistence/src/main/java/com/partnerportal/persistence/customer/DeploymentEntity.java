package com.partnerportal.persistence.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An Azure deployment for a customer. */
@Entity
@Table(name = "deployment")
public class DeploymentEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "partner_id", nullable = false, length = 64)
    public String partnerId;

    @Column(name = "customer_ref", nullable = false)
    public Long customerRef;

    @Column(nullable = false, length = 200)
    public String service;

    @Column(name = "service_level", nullable = false)
    public int serviceLevel;

    @Column(name = "deployed_on", nullable = false)
    public LocalDate deployedOn;
}
