package com.partnerportal.persistence.settings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The one row of the rule-set setting: the first month scored by the 2026 rules, and who set it when. */
@Entity
@Table(name = "rule_set_setting")
public class RuleSetSettingEntity extends PanacheEntityBase {

    /** The only id the table allows. */
    public static final short ID = 1;

    @Id
    public short id = ID;

    @Column(name = "boundary_month", nullable = false)
    public LocalDate boundaryMonth;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 255)
    public String changedBy;
}
