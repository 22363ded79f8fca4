package com.partnerportal.persistence.designation;

import com.partnerportal.core.lifecycle.DesignationLifecycle;
import com.partnerportal.core.lifecycle.RecordedMonth;
import com.partnerportal.core.lifecycle.Transition;
import com.partnerportal.core.program.Designation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A partner's designation record as read: the stored anniversary date (null when none) and the transitions in
 * the order recorded, with the seq of the last one ({@code 0}: none yet) that an append must follow.
 */
public record DesignationRecord(String partnerId, Designation designation, LocalDate anniversary,
        List<RecordedTransition> transitions) {

    public DesignationRecord {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(designation, "designation");
        transitions = List.copyOf(transitions);
    }

    /** One stored transition with its place in the record, who recorded it and its audit event. */
    public record RecordedTransition(int seq, Transition transition, String recordedBy, long auditEventId) {
    }

    /** The seq of the last transition; 0 when there is none. */
    public int lastSeq() {
        return transitions.isEmpty() ? 0 : transitions.get(transitions.size() - 1).seq();
    }

    /** The core transitions, in the order recorded. */
    public List<Transition> coreTransitions() {
        return transitions.stream().map(RecordedTransition::transition).toList();
    }

    /** Core's lifecycle of this record over the recorded months (which the score ledger supplies). */
    public DesignationLifecycle lifecycle(Collection<RecordedMonth> months) {
        return new DesignationLifecycle(months, anniversary, coreTransitions());
    }
}
