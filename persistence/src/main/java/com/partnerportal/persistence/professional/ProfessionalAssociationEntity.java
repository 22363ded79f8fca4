package com.partnerportal.persistence.professional;

import com.partnerportal.persistence.association.ReviewedAssociation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A claim that a certified professional works for the partner; their certifications count once approved. */
@Entity
@Table(name = "professional_association")
public class ProfessionalAssociationEntity extends ReviewedAssociation {

    @Column(name = "professional_ref", nullable = false)
    public Long professionalRef;
}
