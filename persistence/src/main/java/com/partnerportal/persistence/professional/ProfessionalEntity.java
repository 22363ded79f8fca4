package com.partnerportal.persistence.professional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A certified professional of a partner; natural key (partner, person id such as an MCID). */
@Entity
@Table(name = "professional")
public class ProfessionalEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "partner_id", nullable = false, length = 64)
    public String partnerId;

    @Column(name = "person_id", nullable = false, length = 64)
    public String personId;

    @Column(length = 200)
    public String name;

    @Column(length = 320)
    public String email;
}
