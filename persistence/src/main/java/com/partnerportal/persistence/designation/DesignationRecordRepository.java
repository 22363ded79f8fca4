package com.partnerportal.persistence.designation;

import com.partnerportal.core.lifecycle.DesignationLifecycle;
import com.partnerportal.core.lifecycle.Transition;
import com.partnerportal.core.program.Designation;
import com.partnerportal.persistence.audit.AuditEventEntity;
import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.designation.DesignationRecord.RecordedTransition;
import com.partnerportal.persistence.partner.PartnerEntity;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Partners' designation records (issue 16, point 2): read the record, append a transition with its audit
 * event. Appending never changes what is stored; the database refuses UPDATE and DELETE of a transition.
 */
@ApplicationScoped
public class DesignationRecordRepository {

    /** The audit trail's entity type for designation transitions. */
    public static final String AUDIT_ENTITY_TYPE = "designation";

    private static final Designation DESIGNATION = Designation.DATA_AI_AZURE;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditLog auditLog;

    /** The record of a partner; {@link NoSuchElementException} for an unknown partner. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DesignationRecord find(String partnerId) {
        PartnerEntity partner = entityManager.find(PartnerEntity.class, partnerId);
        if (partner == null) {
            throw new NoSuchElementException("no partner " + partnerId);
        }
        List<DesignationTransitionEntity> rows = DesignationTransitionEntity.list(
                "partnerId = ?1 and designation = ?2", Sort.by("seq"), partnerId, DESIGNATION.name());
        List<RecordedTransition> transitions = new ArrayList<>(rows.size());
        for (DesignationTransitionEntity row : rows) {
            transitions.add(new RecordedTransition(row.seq, row.toDomainModel(), row.recordedBy, row.auditEventId));
        }
        return new DesignationRecord(partnerId, DESIGNATION, partner.anniversaryDate, transitions);
    }

    /**
     * Locks the partner's designation record for the rest of the caller's transaction (the partner row, {@code for
     * no key update}: rows that merely reference the partner are not held up). Two admins acting at once then act
     * one after the other, and the later one reads the record the earlier one left.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String partnerId) {
        if (entityManager.createNativeQuery("select 1 from partner where partner_id = ?1 for no key update")
                .setParameter(1, partnerId).getResultList().isEmpty()) {
            throw new NoSuchElementException("no partner " + partnerId);
        }
    }

    /**
     * Appends a transition to the record that was read (the caller took it from a core {@code Decision}),
     * in the caller's transaction: the row, its audit event and — on the first enrolment of a partner without
     * an anniversary date, or on a correction — the partner's anniversary date. The history with the new
     * transition must be one core's lifecycle accepts ({@link IllegalArgumentException} otherwise, nothing
     * written). When someone appended since {@code read} was read, the unique (partner, designation, seq) key
     * refuses the second writer (a constraint violation at flush) — so of two admins acting at once, one wins.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RecordedTransition append(DesignationRecord read, Transition transition, String actor) {
        PartnerEntity partner = entityManager.find(PartnerEntity.class, read.partnerId());
        if (partner == null) {
            throw new NoSuchElementException("no partner " + read.partnerId());
        }
        LocalDate anniversary = read.anniversary();
        if (transition instanceof Transition.AnniversaryCorrected corrected) {
            anniversary = corrected.corrected();
        } else if (transition instanceof Transition.Enrolled enrolled && anniversary == null) {
            anniversary = enrolled.on(); // spec "Terms": the day of the first enrolment
        }
        List<Transition> history = new ArrayList<>(read.coreTransitions());
        history.add(transition);
        new DesignationLifecycle(List.of(), anniversary, history); // refuses a history that could not happen

        AuditEventEntity event = auditLog.record(actor, action(transition), read.partnerId(), AUDIT_ENTITY_TYPE,
                read.partnerId() + "/" + DESIGNATION.name() + "/" + (read.lastSeq() + 1),
                anniversaryState(read.anniversary()), auditState(transition, anniversary), transition.description());
        DesignationTransitionEntity row = DesignationTransitionEntity.of(transition);
        row.partnerId = read.partnerId();
        row.designation = DESIGNATION.name();
        row.seq = read.lastSeq() + 1;
        row.recordedBy = actor;
        row.auditEventId = event.id;
        row.persist();
        if (!Objects.equals(anniversary, partner.anniversaryDate)) {
            partner.anniversaryDate = anniversary;
        }
        entityManager.flush();
        return new RecordedTransition(row.seq, transition, actor, event.id);
    }

    /** The audit action of a transition, e.g. {@code DESIGNATION_ENROLLED}. */
    public static String action(Transition transition) {
        return "DESIGNATION_" + DesignationTransitionEntity.of(transition).kind.name();
    }

    private static Map<String, Object> anniversaryState(LocalDate anniversary) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("anniversaryDate", anniversary == null ? null : anniversary.toString());
        return state;
    }

    private static Map<String, Object> auditState(Transition transition, LocalDate anniversary) {
        DesignationTransitionEntity row = DesignationTransitionEntity.of(transition);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", row.kind.name());
        state.put("effectiveOn", row.effectiveOn.toString());
        if (row.qualifyingMonth != null) {
            state.put("qualifyingMonth", YearMonth.from(row.qualifyingMonth).toString());
            state.put("score", row.score);
            state.put("track", row.track.name());
        }
        state.put("anniversaryDate", anniversary == null ? null : anniversary.toString());
        return state;
    }
}
