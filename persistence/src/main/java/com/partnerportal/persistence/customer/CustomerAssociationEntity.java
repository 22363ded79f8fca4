package com.partnerportal.persistence.customer;

import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.persistence.association.ReviewedAssociation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A claim that a customer is attributed to the partner through PAL, DPOR or CSP; counts once approved. */
@Entity
@Table(name = "customer_association")
public class CustomerAssociationEntity extends ReviewedAssociation {

    @Column(name = "customer_ref", nullable = false)
    public Long customerRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    public AssociationType type;

    /** The PAL partner id, the DPOR record or the CSP subscription id. */
    @Column(length = 200)
    public String reference;
}
