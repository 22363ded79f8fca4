package com.partnerportal.persistence.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.core.lifecycle.DesignationStatus;
import com.partnerportal.core.lifecycle.RecordedMonth;
import com.partnerportal.core.lifecycle.Track;
import com.partnerportal.core.lifecycle.Transition;
import com.partnerportal.core.lifecycle.Transition.AnniversaryCorrected;
import com.partnerportal.core.lifecycle.Transition.BenefitsActivated;
import com.partnerportal.core.lifecycle.Transition.Enrolled;
import com.partnerportal.core.lifecycle.Transition.Lapsed;
import com.partnerportal.core.lifecycle.Transition.Renewed;
import com.partnerportal.persistence.audit.AuditEventEntity;
import com.partnerportal.persistence.designation.DesignationRecord.RecordedTransition;
import com.partnerportal.persistence.partner.PartnerEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A partner's designation record in the real PostgreSQL: appended with its audit event, read back, never rewritten. */
@QuarkusTest
class DesignationRecordRepositoryTest {

    static final LocalDate ANNIVERSARY = LocalDate.of(2026, 7, 1);
    static final Enrolled ENROLLED = new Enrolled(LocalDate.of(2026, 3, 10), YearMonth.of(2026, 2), 71, Track.SMB);

    @Inject
    DesignationRecordRepository records;

    @Inject
    EntityManager em;

    private static String newPartner(LocalDate anniversary) {
        String id = "P-LC-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            PartnerEntity partner = new PartnerEntity();
            partner.partnerId = id;
            partner.name = "Lifecycle " + id;
            partner.anniversaryDate = anniversary;
            partner.persist();
        });
        return id;
    }

    private RecordedTransition append(String partnerId, Transition transition) {
        return QuarkusTransaction.requiringNew().call(() -> records.append(records.find(partnerId), transition, "ada"));
    }

    private long rows(String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> DesignationTransitionEntity.count("partnerId", partnerId));
    }

    private long auditEvents(String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEventEntity.count(
                "partnerId = ?1 and entityType = ?2", partnerId, DesignationRecordRepository.AUDIT_ENTITY_TYPE));
    }

    @Test
    void an_enrolment_is_stored_with_its_audit_event_and_read_back_as_the_core_transition() {
        String partnerId = newPartner(ANNIVERSARY);

        RecordedTransition recorded = append(partnerId, ENROLLED);

        DesignationRecord record = QuarkusTransaction.requiringNew().call(() -> records.find(partnerId));
        assertThat(record.coreTransitions()).containsExactly(ENROLLED);
        assertThat(record.transitions()).containsExactly(recorded);
        assertThat(recorded.seq()).isEqualTo(1);
        assertThat(recorded.recordedBy()).isEqualTo("ada");
        AuditEventEntity event = QuarkusTransaction.requiringNew().call(() -> AuditEventEntity.findById(recorded.auditEventId()));
        assertThat(event.action).isEqualTo("DESIGNATION_ENROLLED");
        assertThat(event.partnerId).isEqualTo(partnerId);
        assertThat(event.actor).isEqualTo("ada");
        assertThat(event.entityId).isEqualTo(partnerId + "/DATA_AI_AZURE/1");
        assertThat(event.reason).isEqualTo("Enrolled on 2026-03-10 with 2026-02 (71 points), track SMB");
        assertThat(event.after).contains("\"qualifyingMonth\": \"2026-02\"").contains("\"track\": \"SMB\"");
    }

    @Test
    void every_kind_of_transition_round_trips_and_the_record_gives_core_its_lifecycle() {
        String partnerId = newPartner(ANNIVERSARY);
        List<Transition> history = List.of(ENROLLED, new BenefitsActivated(LocalDate.of(2026, 3, 10)),
                new AnniversaryCorrected(LocalDate.of(2026, 4, 1), ANNIVERSARY, LocalDate.of(2026, 7, 15)),
                new Renewed(LocalDate.of(2026, 6, 20), YearMonth.of(2026, 5), 88, Track.ENTERPRISE));
        history.forEach(transition -> append(partnerId, transition));
        append(partnerId, new BenefitsActivated(LocalDate.of(2026, 7, 20)));

        DesignationRecord record = QuarkusTransaction.requiringNew().call(() -> records.find(partnerId));
        assertThat(record.coreTransitions()).startsWith(history.toArray(Transition[]::new)).hasSize(5);
        assertThat(record.transitions()).extracting(RecordedTransition::seq).containsExactly(1, 2, 3, 4, 5);
        assertThat(record.anniversary()).isEqualTo(LocalDate.of(2026, 7, 15));
        DesignationStatus status = record.lifecycle(List.of(new RecordedMonth(YearMonth.of(2026, 5), 88, true,
                Track.ENTERPRISE, 0))).statusOn(LocalDate.of(2026, 7, 20));
        assertThat(status.state()).isEqualTo(DesignationStatus.State.RENEWED);
        assertThat(status.year().track()).isEqualTo(Track.ENTERPRISE);
        assertThat(status.activeBenefits()).isNotNull();
        assertThat(auditEvents(partnerId)).isEqualTo(5);
    }

    @Test
    void the_first_enrolment_of_a_partner_without_an_anniversary_date_stores_that_day_as_its_anniversary() {
        String partnerId = newPartner(null);

        append(partnerId, ENROLLED);

        PartnerEntity partner = QuarkusTransaction.requiringNew().call(() -> PartnerEntity.findById(partnerId));
        assertThat(partner.anniversaryDate).isEqualTo(ENROLLED.on());
    }

    @Test
    void a_correction_changes_the_partners_anniversary_date_and_audits_before_and_after() {
        String partnerId = newPartner(ANNIVERSARY);
        append(partnerId, ENROLLED);

        RecordedTransition corrected = append(partnerId,
                new AnniversaryCorrected(LocalDate.of(2026, 4, 1), ANNIVERSARY, LocalDate.of(2026, 9, 15)));

        PartnerEntity partner = QuarkusTransaction.requiringNew().call(() -> PartnerEntity.findById(partnerId));
        assertThat(partner.anniversaryDate).isEqualTo(LocalDate.of(2026, 9, 15));
        AuditEventEntity event = QuarkusTransaction.requiringNew().call(() -> AuditEventEntity.findById(corrected.auditEventId()));
        assertThat(event.action).isEqualTo("DESIGNATION_ANNIVERSARY_CORRECTED");
        assertThat(event.before).contains("2026-07-01");
        assertThat(event.after).contains("2026-09-15");
        assertThat(QuarkusTransaction.requiringNew().call(() -> records.find(partnerId)).coreTransitions())
                .startsWith(ENROLLED);
    }

    @Test
    void a_transition_the_lifecycle_refuses_is_not_written_nor_audited() {
        String partnerId = newPartner(ANNIVERSARY);

        assertThatThrownBy(() -> append(partnerId, new BenefitsActivated(LocalDate.of(2026, 3, 10))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the designation is not held");

        assertThat(rows(partnerId)).isZero();
        assertThat(auditEvents(partnerId)).isZero();
    }

    @Test
    void of_two_writers_appending_to_the_record_they_both_read_one_wins_and_the_other_writes_nothing() {
        String partnerId = newPartner(ANNIVERSARY);
        DesignationRecord readByBoth = QuarkusTransaction.requiringNew().call(() -> records.find(partnerId));

        QuarkusTransaction.requiringNew().run(() -> records.append(readByBoth, ENROLLED, "ada"));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> records.append(readByBoth,
                new Enrolled(LocalDate.of(2026, 3, 11), YearMonth.of(2026, 2), 71, Track.SMB), "grace")))
                .hasStackTraceContaining("designation_transition_seq_uq");

        assertThat(rows(partnerId)).isOne();
        assertThat(auditEvents(partnerId)).isOne();
    }

    @Test
    void a_lapse_is_recorded_once_even_by_two_lapse_jobs_at_once() {
        String partnerId = newPartner(ANNIVERSARY);
        append(partnerId, ENROLLED);
        Lapsed lapsed = new Lapsed(ANNIVERSARY);
        DesignationRecord readByBoth = QuarkusTransaction.requiringNew().call(() -> records.find(partnerId));
        assertThat(readByBoth.lifecycle(List.of()).lapsesDue(ANNIVERSARY)).containsExactly(lapsed);

        QuarkusTransaction.requiringNew().run(() -> records.append(readByBoth, lapsed, "lapse-job"));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> records.append(readByBoth, lapsed,
                "lapse-job"))).isInstanceOf(PersistenceException.class);
        assertThatThrownBy(() -> append(partnerId, lapsed)).isInstanceOf(IllegalArgumentException.class);

        DesignationRecord record = QuarkusTransaction.requiringNew().call(() -> records.find(partnerId));
        assertThat(record.coreTransitions()).containsExactly(ENROLLED, lapsed);
        assertThat(record.lifecycle(List.of()).lapsesDue(LocalDate.of(2026, 8, 1))).isEmpty();
    }

    @Test
    void the_database_refuses_to_change_or_delete_a_transition_but_deleting_the_partner_takes_its_record() {
        String partnerId = newPartner(ANNIVERSARY);
        append(partnerId, ENROLLED);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update designation_transition set score = 100 where partner_id = ?1").setParameter(1, partnerId)
                .executeUpdate())).hasStackTraceContaining("designation_transition is append-only: UPDATE is not allowed");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from designation_transition where partner_id = ?1").setParameter(1, partnerId)
                .executeUpdate())).hasStackTraceContaining("designation_transition is append-only: DELETE is not allowed");
        assertThat(rows(partnerId)).isOne();

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from partner where partner_id = ?1")
                .setParameter(1, partnerId).executeUpdate());
        assertThat(rows(partnerId)).isZero();
    }

    @Test
    void the_database_itself_refuses_a_second_lapse_of_the_day_and_a_transition_without_its_fields() {
        String partnerId = newPartner(ANNIVERSARY);
        append(partnerId, ENROLLED);
        RecordedTransition lapse = append(partnerId, new Lapsed(ANNIVERSARY));

        assertThatThrownBy(() -> insert(partnerId, 3, "LAPSED", "null", "null", lapse.auditEventId()))
                .hasStackTraceContaining("designation_transition_one_lapse_uq");
        assertThatThrownBy(() -> insert(partnerId, 3, "RENEWED", "date '2026-05-01'", "null", lapse.auditEventId()))
                .hasStackTraceContaining("designation_transition_qualifying_fields");
        assertThatThrownBy(() -> insert(partnerId, 3, "BENEFITS_ACTIVATED", "null", "'SMB'", lapse.auditEventId()))
                .hasStackTraceContaining("designation_transition_qualifying_fields");
        assertThat(rows(partnerId)).isEqualTo(2);
    }

    private void insert(String partnerId, int seq, String kind, String month, String track, long auditEventId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into designation_transition"
                + " (partner_id, designation, seq, kind, effective_on, qualifying_month, track, recorded_by,"
                + " audit_event_id) values (?1, 'DATA_AI_AZURE', ?2, ?3, date '2026-07-01', " + month + ", " + track
                + ", 'test', ?4)").setParameter(1, partnerId).setParameter(2, seq).setParameter(3, kind)
                .setParameter(4, auditEventId).executeUpdate());
    }
}
