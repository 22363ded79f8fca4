package com.partnerportal.persistence.association;

import java.util.LinkedHashMap;
import java.util.Map;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One association as read for a page: its kind, id and partner, what it is about (the customer or the professional:
 * {@code subjectRef} is that row's id), its attribution type and reference (customers only), its review state and
 * who moved it last, and its optimistic version. Built by the JPQL constructor projections of
 * {@link AssociationRepository} — the one mapping of every kind. A certification link is about its professional
 * ({@code subjectRef}, {@code subjectId}: the MCID); its detail is the certification (a catalogue id, or the name of
 * an "other" one), its reference the proof, and it has the earned and expiry dates.
 */
public record AssociationRecord(AssociationKind kind, long id, String partnerId, long subjectRef, String subjectId,
        String subjectName, String detail, String type, String reference, AssociationState state, String submittedBy,
        OffsetDateTime submittedAt, String decidedBy, OffsetDateTime decidedAt, String reason, long version,
        LocalDate earned, LocalDate expires) {

    /** A customer association with its customer (detail: the segment). */
    public AssociationRecord(Long id, String partnerId, Long subjectRef, String subjectId, String subjectName,
            Segment segment, AssociationType type, String reference, AssociationState state, String submittedBy,
            OffsetDateTime submittedAt, String decidedBy, OffsetDateTime decidedAt, String reason, Long version) {
        this(AssociationKind.CUSTOMER, id, partnerId, subjectRef, subjectId, subjectName, segment.name(), type.name(),
                reference, state, submittedBy, submittedAt, decidedBy, decidedAt, reason, version, null, null);
    }

    /** A professional association with its professional (detail: the e-mail address). */
    public AssociationRecord(Long id, String partnerId, Long subjectRef, String subjectId, String subjectName,
            String email, AssociationState state, String submittedBy, OffsetDateTime submittedAt, String decidedBy,
            OffsetDateTime decidedAt, String reason, Long version) {
        this(AssociationKind.PROFESSIONAL, id, partnerId, subjectRef, subjectId, subjectName, email, null, null, state,
                submittedBy, submittedAt, decidedBy, decidedAt, reason, version, null, null);
    }

    /** A certification link with its professional (detail: the certification; reference: the proof). */
    public AssociationRecord(Long id, String partnerId, Long subjectRef, String subjectId, String subjectName,
            String certification, String proof, LocalDate earned, LocalDate expires, AssociationState state,
            String submittedBy, OffsetDateTime submittedAt, String decidedBy, OffsetDateTime decidedAt, String reason,
            Long version) {
        this(AssociationKind.CERTIFICATION, id, partnerId, subjectRef, subjectId, subjectName, certification, null,
                proof, state, submittedBy, submittedAt, decidedBy, decidedAt, reason, version, earned, expires);
    }

    /**
     * What the partner submitted, field by field as the forms name them (the fields a reviewer compares between two
     * submissions): a customer's name, segment, attribution and reference; a professional's name and e-mail; a
     * certification link's certification, dates and proof.
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        switch (kind) {
            case CUSTOMER -> {
                fields.put("Customer name", subjectName);
                fields.put("Segment", detail);
                fields.put("Attribution", type);
                fields.put("Reference", reference);
            }
            case PROFESSIONAL -> {
                fields.put("Name", subjectName);
                fields.put("E-mail", detail);
            }
            case CERTIFICATION -> {
                fields.put("Certification", detail);
                fields.put("Earned", earned == null ? null : earned.toString());
                fields.put("Expires", expires == null ? null : expires.toString());
                fields.put("Proof", reference);
            }
        }
        return fields;
    }
}
