package com.partnerportal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Deployment;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.HeldSpecialization;
import com.partnerportal.core.evidence.Partner;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.program.Specialization;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.customer.CustomerAssociationEntity;
import com.partnerportal.persistence.customer.CustomerEntity;
import com.partnerportal.persistence.evidence.EvidenceAssembler;
import com.partnerportal.persistence.evidence.EvidenceWriter;
import com.partnerportal.persistence.evidence.ImportApprovals;
import com.partnerportal.persistence.professional.ProfessionalAssociationEntity;
import com.partnerportal.persistence.professional.ProfessionalEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersistenceRulesTest {

    static final YearMonth AS_OF = YearMonth.of(2024, 3);

    @Inject
    EvidenceWriter writer;

    @Inject
    ImportApprovals approvals;

    @Inject
    EvidenceAssembler assembler;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    static Evidence evidence(String partnerId) {
        return new Evidence(AS_OF, new Partner(partnerId, "Round Trip Ltd"),
                List.of(new Customer("C-1", Segment.ENTERPRISE, Set.of(Attribution.PAL, Attribution.CSP),
                                Map.of(YearMonth.of(2023, 2), new BigDecimal("0.00"), YearMonth.of(2024, 3),
                                        new BigDecimal("1234.56"))),
                        new Customer("C-2", Segment.SMB, Set.of(Attribution.DPOR), Map.of(YearMonth.of(2024, 2),
                                new BigDecimal("750.10")))),
                List.of(new Professional("mcid-1", "Ada", List.of(
                        new Certification("AZURE_ADMINISTRATOR_ASSOCIATE", LocalDate.of(2023, 1, 15), null),
                        new Certification("AZURE_DATA_ENGINEER_ASSOCIATE", LocalDate.of(2023, 5, 1),
                                LocalDate.of(2024, 5, 1))))),
                List.of(new Deployment("C-1", "Azure Synapse Analytics", 2, LocalDate.of(2023, 9, 15))),
                List.of(new HeldSpecialization(Specialization.AI_ML_AZURE, LocalDate.of(2024, 1, 10))),
                2);
    }

    @Test
    void evidenceSurvivesARoundTripThroughTheDatabase() {
        Evidence original = evidence("P-6601");
        QuarkusTransaction.requiringNew().run(() -> approvals.approve(original, writer.write(original), "test", "round trip"));
        Evidence assembled = QuarkusTransaction.requiringNew().call(() -> assembler.assemble("P-6601", AS_OF)).orElseThrow();
        assertThat(assembled).isEqualTo(original);
    }

    @Test
    void onlyApprovedAssociationsProduceCustomersAndProfessionals() {
        QuarkusTransaction.requiringNew().run(() -> approvals.approve(evidence("P-6602"), writer.write(evidence("P-6602")), "test", "approved only"));
        QuarkusTransaction.requiringNew().run(() -> {
            CustomerEntity pending = new CustomerEntity();
            pending.partnerId = "P-6602";
            pending.customerId = "C-PENDING";
            pending.segment = Segment.SMB;
            pending.persist();
            CustomerAssociationEntity association = new CustomerAssociationEntity();
            association.partnerId = "P-6602";
            association.customerRef = pending.id;
            association.type = AssociationType.PAL;
            association.state = AssociationState.SUBMITTED;
            association.persist();
            ProfessionalEntity rejected = new ProfessionalEntity();
            rejected.partnerId = "P-6602";
            rejected.personId = "mcid-rejected";
            rejected.persist();
            ProfessionalAssociationEntity decision = new ProfessionalAssociationEntity();
            decision.partnerId = "P-6602";
            decision.professionalRef = rejected.id;
            decision.state = AssociationState.REJECTED;
            decision.reason = "Not an employee";
            decision.persist();
        });
        Evidence assembled = QuarkusTransaction.requiringNew().call(() -> assembler.assemble("P-6602", AS_OF)).orElseThrow();
        assertThat(assembled.customers()).extracting(Customer::id).containsExactly("C-1", "C-2");
        assertThat(assembled.professionals()).extracting(Professional::id).containsExactly("mcid-1");
    }

    @Test
    void theAuditTrailRefusesUpdateAndDelete() {
        // Here as the superuser: the triggers refuse. The portal's runtime role is not even granted UPDATE/DELETE
        // (web: DatabaseRolesTest).
        Long id = QuarkusTransaction.requiringNew().call(
                () -> audit.record("test", "TEST_EVENT", null, "test", "1", null, "{}", "append-only check").id);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update audit_event set actor = 'mallory' where id = " + id).executeUpdate()))
                .hasStackTraceContaining("audit_event is append-only: UPDATE is not allowed");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from audit_event where id = " + id).executeUpdate()))
                .hasStackTraceContaining("audit_event is append-only: DELETE is not allowed");
        String actor = QuarkusTransaction.requiringNew().call(() ->
                (String) em.createNativeQuery("select actor from audit_event where id = " + id).getSingleResult());
        assertThat(actor).isEqualTo("test");
    }

    @Test
    void constraintViolationsNameTheRuleThatWasBroken() {
        QuarkusTransaction.requiringNew().run(() -> approvals.approve(evidence("P-6603"), writer.write(evidence("P-6603")), "test", "constraints"));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("insert into customer_association (partner_id, customer_ref, type, state)"
                        + " select partner_id, id, 'PAL', 'SUBMITTED' from customer"
                        + " where partner_id = 'P-6603' and customer_id = 'C-1'").executeUpdate()))
                .isInstanceOf(PersistenceException.class)
                .hasStackTraceContaining("customer_association_open_uq");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update customer_association set state = 'REJECTED', reason = null"
                        + " where partner_id = 'P-6603'").executeUpdate()))
                .hasStackTraceContaining("customer_association_decision_has_reason");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update acr_month set amount = -1 where partner_id = 'P-6603'").executeUpdate()))
                .hasStackTraceContaining("acr_month_amount_non_negative");
    }

    @Test
    void twoConcurrentUpdatesOfOneAssociationOneWinsTheOtherConflicts() throws Exception {
        Long id = QuarkusTransaction.requiringNew().call(() -> {
            CustomerEntity customer = new CustomerEntity();
            customer.partnerId = "P-6604";
            customer.customerId = "C-RACE";
            customer.segment = Segment.SMB;
            em.createNativeQuery("insert into partner (partner_id, name) values ('P-6604', 'Race Ltd')")
                    .executeUpdate();
            customer.persist();
            CustomerAssociationEntity association = new CustomerAssociationEntity();
            association.partnerId = "P-6604";
            association.customerRef = customer.id;
            association.type = AssociationType.DPOR;
            association.state = AssociationState.SUBMITTED;
            association.persist();
            return association.id;
        });
        CountDownLatch bothRead = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> outcomes = List.of(AssociationState.APPROVED, AssociationState.REJECTED).stream()
                    .map(target -> threads.submit(() -> decide(id, target, bothRead)))
                    .toList();
            int wins = 0;
            int conflicts = 0;
            for (Future<Boolean> outcome : outcomes) {
                if (outcome.get(30, TimeUnit.SECONDS)) {
                    wins++;
                } else {
                    conflicts++;
                }
            }
            assertThat(wins).isEqualTo(1);
            assertThat(conflicts).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        CustomerAssociationEntity after = QuarkusTransaction.requiringNew()
                .call(() -> CustomerAssociationEntity.<CustomerAssociationEntity>findById(id));
        assertThat(after.version).isEqualTo(1);
        assertThat(after.state).isIn(AssociationState.APPROVED, AssociationState.REJECTED);
    }

    /** Reads the association, waits until the other thread has read it too, then decides; false on a conflict. */
    private boolean decide(Long id, AssociationState target, CountDownLatch bothRead) throws InterruptedException {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                CustomerAssociationEntity association = CustomerAssociationEntity.findById(id);
                bothRead.countDown();
                try {
                    bothRead.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                association.state = target;
                association.reason = "decided " + target;
            });
            return true;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof OptimisticLockException)
                    && !(cause instanceof org.hibernate.StaleStateException)) {
                cause = cause.getCause();
            }
            if (cause == null) {
                throw e;
            }
            return false;
        }
    }
}
