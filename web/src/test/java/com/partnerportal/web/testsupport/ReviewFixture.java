package com.partnerportal.web.testsupport;

import com.partnerportal.persistence.association.AssociationRepository;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.persistence.association.ReviewedAssociation;
import com.partnerportal.persistence.customer.AcrMonthEntity;
import com.partnerportal.persistence.customer.CustomerAssociationEntity;
import com.partnerportal.persistence.customer.CustomerEntity;
import com.partnerportal.persistence.professional.CertificationClaimEntity;
import com.partnerportal.persistence.professional.CertificationEntity;
import com.partnerportal.persistence.professional.ProfessionalAssociationEntity;
import com.partnerportal.persistence.professional.ProfessionalEntity;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.web.imports.EvidenceImportService;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds associations awaiting review (and in other states) in the test database, each in its own transaction. */
public final class ReviewFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ReviewFixture() {
    }

    /** A name unique in this test run: {@code prefix-N}. */
    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** Imports the shared smb-attained example (as of 2024-03, total 78) as this partner. */
    public static void partnerWithEvidence(String partnerId) {
        String json = SharedExamples.read(SharedExamples.evidenceFiles().stream()
                        .filter(f -> f.toString().contains("smb-attained")).findFirst().orElseThrow())
                .replace("\"P-1001\"", "\"" + partnerId + "\"");
        Arc.container().instance(EvidenceImportService.class).get()
                .importEvidence(EvidenceJson.read(json), "fixture", "review fixture", true);
    }

    /** A new SMB customer with this ACR and a customer association in {@code state}, submitted days ago. */
    public static long customerAssociation(String partnerId, String customerId, AssociationType type,
            AssociationState state, int daysAgo, Map<YearMonth, BigDecimal> acr) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CustomerEntity customer = CustomerEntity.<CustomerEntity>find("partnerId = ?1 and customerId = ?2",
                    partnerId, customerId).firstResult();
            if (customer == null) {
                customer = new CustomerEntity();
                customer.partnerId = partnerId;
                customer.customerId = customerId;
                customer.name = "Customer " + customerId;
                customer.segment = Segment.SMB;
                customer.persist();
            }
            for (Map.Entry<YearMonth, BigDecimal> month : acr.entrySet()) {
                AcrMonthEntity row = new AcrMonthEntity();
                row.partnerId = partnerId;
                row.customerRef = customer.id;
                row.month = month.getKey().atDay(1);
                row.amount = month.getValue();
                row.persist();
            }
            CustomerAssociationEntity association = new CustomerAssociationEntity();
            association.partnerId = partnerId;
            association.customerRef = customer.id;
            association.type = type;
            association.reference = "ref-" + customerId;
            in(association, state, daysAgo);
            association.persist();
            return association.id;
        });
    }

    public static long submittedCustomer(String partnerId, String customerId, int daysAgo) {
        return customerAssociation(partnerId, customerId, AssociationType.PAL, AssociationState.SUBMITTED, daysAgo,
                Map.of());
    }

    /** A new professional with one certification and an association in {@code state}, submitted days ago. */
    public static long professionalAssociation(String partnerId, String personId, AssociationState state,
            int daysAgo) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ProfessionalEntity professional = new ProfessionalEntity();
            professional.partnerId = partnerId;
            professional.personId = personId;
            professional.name = "Person " + personId;
            professional.email = personId + "@example.com";
            professional.persist();
            CertificationEntity certification = new CertificationEntity();
            certification.partnerId = partnerId;
            certification.professionalRef = professional.id;
            certification.certificationId = "AZURE_DATA_ENGINEER_ASSOCIATE";
            certification.earned = LocalDate.of(2023, 6, 1);
            certification.persist();
            ProfessionalAssociationEntity association = new ProfessionalAssociationEntity();
            association.partnerId = partnerId;
            association.professionalRef = professional.id;
            in(association, state, daysAgo);
            association.persist();
            return association.id;
        });
    }

    /**
     * A new professional (approved, with no imported certification) and a certification link of it in {@code state},
     * submitted days ago.
     */
    public static long certificationClaim(String partnerId, String personId, AssociationState state, int daysAgo) {
        long association = professionalAssociation(partnerId, personId, AssociationState.APPROVED, daysAgo);
        return QuarkusTransaction.requiringNew().call(() -> {
            ProfessionalAssociationEntity approved = ProfessionalAssociationEntity.findById(association);
            CertificationClaimEntity claim = new CertificationClaimEntity();
            claim.partnerId = partnerId;
            claim.professionalRef = approved.professionalRef;
            claim.certificationId = "AZURE_AI_ENGINEER_ASSOCIATE";
            claim.earned = LocalDate.of(2024, 3, 1);
            claim.expires = LocalDate.of(2027, 3, 1);
            claim.proof = "CRED-" + personId.replaceAll("[^A-Za-z0-9-]", "-");
            in(claim, state, daysAgo);
            claim.persist();
            return claim.id;
        });
    }

    private static void in(ReviewedAssociation association, AssociationState state, int daysAgo) {
        association.state = state;
        if (state != AssociationState.DRAFT) {
            association.submittedBy = "partner-admin-of-" + association.partnerId;
            association.submittedAt = OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).minusMinutes(1);
        }
        if (state.needsReason()) {
            association.reason = "fixture reason";
        }
        if (state == AssociationState.APPROVED || state == AssociationState.REJECTED
                || state == AssociationState.CHANGES_REQUESTED) {
            association.decidedBy = "fixture-reviewer";
            association.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    /** The association as it is in the database now. */
    public static ReviewedAssociation load(AssociationKind kind, long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReviewedAssociation association = Arc.container().instance(EntityManager.class).get()
                    .find(AssociationRepository.entity(kind), id);
            return association;
        });
    }

    /** Audit events with this action about this association. */
    public static long audits(String action, AssociationKind kind, long id) {
        return audits(action, AssociationRepository.table(kind), String.valueOf(id));
    }

    /** Audit events with this action about this record. */
    public static long audits(String action, String entityType, String entityId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class)
                .get().createNativeQuery("select count(*) from audit_event where action = ?1 and entity_type = ?2"
                        + " and entity_id = ?3")
                .setParameter(1, action).setParameter(2, entityType).setParameter(3, entityId).getSingleResult())
                .longValue());
    }

    /** Audit events with this action for this partner. */
    public static long partnerAudits(String action, String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class)
                .get().createNativeQuery("select count(*) from audit_event where action = ?1 and partner_id = ?2")
                .setParameter(1, action).setParameter(2, partnerId).getSingleResult()).longValue());
    }
}
