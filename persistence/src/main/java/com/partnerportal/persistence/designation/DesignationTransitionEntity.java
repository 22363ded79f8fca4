package com.partnerportal.persistence.designation;

import com.partnerportal.core.lifecycle.Track;
import com.partnerportal.core.lifecycle.Transition;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.hibernate.annotations.Immutable;

/**
 * One transition of a partner's designation record, as stored; {@link #toDomainModel()} gives core's
 * {@link Transition}. Append-only: the database refuses UPDATE and DELETE.
 */
@Entity
@Immutable
@Table(name = "designation_transition")
public class DesignationTransitionEntity extends PanacheEntityBase {

    /** The kinds of transition, one per core {@link Transition} type. */
    public enum Kind {
        ENROLLED, BENEFITS_ACTIVATED, RENEWED, LAPSED, ANNIVERSARY_CORRECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "partner_id", nullable = false, length = 64)
    public String partnerId;

    @Column(nullable = false, length = 64)
    public String designation;

    @Column(nullable = false)
    public int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Kind kind;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    /** The first day of the qualifying month (enrolled, renewed). */
    @Column(name = "qualifying_month")
    public LocalDate qualifyingMonth;

    public Integer score;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Track track;

    @Column(name = "anniversary_before")
    public LocalDate anniversaryBefore;

    @Column(name = "anniversary_after")
    public LocalDate anniversaryAfter;

    @Column(name = "recorded_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 255)
    public String recordedBy;

    @Column(name = "audit_event_id", nullable = false)
    public Long auditEventId;

    /** The stored row for a core transition (without partner, seq, recorder and audit event). */
    static DesignationTransitionEntity of(Transition transition) {
        DesignationTransitionEntity entity = new DesignationTransitionEntity();
        entity.effectiveOn = transition.on();
        if (transition instanceof Transition.Enrolled enrolled) {
            entity.kind = Kind.ENROLLED;
            entity.qualifyingMonth = enrolled.qualifyingMonth().atDay(1);
            entity.score = enrolled.score();
            entity.track = enrolled.track();
        } else if (transition instanceof Transition.BenefitsActivated) {
            entity.kind = Kind.BENEFITS_ACTIVATED;
        } else if (transition instanceof Transition.Renewed renewed) {
            entity.kind = Kind.RENEWED;
            entity.qualifyingMonth = renewed.qualifyingMonth().atDay(1);
            entity.score = renewed.score();
            entity.track = renewed.track();
        } else if (transition instanceof Transition.Lapsed) {
            entity.kind = Kind.LAPSED;
        } else if (transition instanceof Transition.AnniversaryCorrected corrected) {
            entity.kind = Kind.ANNIVERSARY_CORRECTED;
            entity.anniversaryBefore = corrected.previous();
            entity.anniversaryAfter = corrected.corrected();
        } else {
            throw new IllegalArgumentException("unknown transition " + transition);
        }
        return entity;
    }

    /** Core's transition for this row. */
    public Transition toDomainModel() {
        return switch (kind) {
            case ENROLLED -> new Transition.Enrolled(effectiveOn, YearMonth.from(qualifyingMonth), score, track);
            case BENEFITS_ACTIVATED -> new Transition.BenefitsActivated(effectiveOn);
            case RENEWED -> new Transition.Renewed(effectiveOn, YearMonth.from(qualifyingMonth), score, track);
            case LAPSED -> new Transition.Lapsed(effectiveOn);
            case ANNIVERSARY_CORRECTED -> new Transition.AnniversaryCorrected(effectiveOn, anniversaryBefore,
                    anniversaryAfter);
        };
    }
}
