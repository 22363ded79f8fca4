package com.partnerportal.persistence.snapshot;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A scorecard as computed for (partner, as-of month, rule set), kept as JSON for history and the dashboard. */
@Entity
@Table(name = "scorecard_snapshot")
@IdClass(ScorecardSnapshotEntity.Key.class)
public class ScorecardSnapshotEntity extends PanacheEntityBase {

    @Id
    @Column(name = "partner_id", length = 64)
    public String partnerId;

    @Id
    @Column(name = "as_of")
    public LocalDate asOf;

    @Id
    @Column(name = "rule_set_id", length = 64)
    public String ruleSetId;

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public boolean attained;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String scorecard;

    @Column(name = "computed_at", nullable = false)
    public OffsetDateTime computedAt;

    public static class Key implements Serializable {
        public String partnerId;
        public LocalDate asOf;
        public String ruleSetId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(partnerId, k.partnerId) && Objects.equals(asOf, k.asOf)
                    && Objects.equals(ruleSetId, k.ruleSetId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partnerId, asOf, ruleSetId);
        }
    }
}
