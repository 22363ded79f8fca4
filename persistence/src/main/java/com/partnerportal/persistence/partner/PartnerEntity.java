package com.partnerportal.persistence.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A partner organisation, identified by its natural id such as {@code P-1001}. */
@Entity
@Table(name = "partner")
public class PartnerEntity extends PanacheEntityBase {

    @Id
    @Column(name = "partner_id", length = 64)
    public String partnerId;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "anniversary_date")
    public LocalDate anniversaryDate;

    @Column(name = "other_azure_specializations", nullable = false)
    public int otherAzureSpecializations;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(nullable = false)
    public long version;
}
