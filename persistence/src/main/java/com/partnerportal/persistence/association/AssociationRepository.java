package com.partnerportal.persistence.association;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import com.partnerportal.core.evidence.Certification;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.customer.CustomerAssociationEntity;
import com.partnerportal.persistence.customer.CustomerEntity;
import com.partnerportal.persistence.professional.CertificationClaimEntity;
import com.partnerportal.persistence.professional.ProfessionalAssociationEntity;
import com.partnerportal.persistence.professional.ProfessionalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Customer and professional associations: finding, listing and saving them, and what they are about. */
@ApplicationScoped
public class AssociationRepository {

    private static final String CUSTOMER_RECORD = """
            select new com.partnerportal.persistence.association.AssociationRecord(a.id, a.partnerId, c.id,
                   c.customerId, c.name, c.segment, a.type, a.reference, a.state, a.submittedBy, a.submittedAt,
                   a.decidedBy, a.decidedAt, a.reason, a.version)
              from CustomerAssociationEntity a, CustomerEntity c
             where c.partnerId = a.partnerId and c.id = a.customerRef and a.partnerId = :partner""";

    private static final String PROFESSIONAL_RECORD = """
            select new com.partnerportal.persistence.association.AssociationRecord(a.id, a.partnerId, p.id,
                   p.personId, p.name, p.email, a.state, a.submittedBy, a.submittedAt, a.decidedBy, a.decidedAt,
                   a.reason, a.version)
              from ProfessionalAssociationEntity a, ProfessionalEntity p
             where p.partnerId = a.partnerId and p.id = a.professionalRef and a.partnerId = :partner""";

    private static final String CERTIFICATION_RECORD = """
            select new com.partnerportal.persistence.association.AssociationRecord(a.id, a.partnerId, p.id,
                   p.personId, p.name,
                   case when a.certificationId = 'OTHER' then a.otherName else a.certificationId end,
                   a.proof, a.earned, a.expires, a.state, a.submittedBy, a.submittedAt, a.decidedBy, a.decidedAt,
                   a.reason, a.version)
              from CertificationClaimEntity a, ProfessionalEntity p
             where p.partnerId = a.partnerId and p.id = a.professionalRef and a.partnerId = :partner""";

    private static final String NEWEST_FIRST = " order by a.createdAt desc, a.id desc";

    @Inject
    EntityManager em;

    /** The entity class that stores associations of this kind. */
    public static Class<? extends ReviewedAssociation> entity(AssociationKind kind) {
        return switch (kind) {
            case CUSTOMER -> CustomerAssociationEntity.class;
            case PROFESSIONAL -> ProfessionalAssociationEntity.class;
            case CERTIFICATION -> CertificationClaimEntity.class;
        };
    }

    /** The table of this kind, as the audit trail names it. */
    public static String table(AssociationKind kind) {
        return switch (kind) {
            case CUSTOMER -> "customer_association";
            case PROFESSIONAL -> "professional_association";
            case CERTIFICATION -> "certification_claim";
        };
    }

    /** The association of this partner; empty when there is none or it belongs to another partner. */
    public Optional<ReviewedAssociation> find(AssociationKind kind, String partnerId, long id) {
        ReviewedAssociation association = em.find(entity(kind), id);
        return association == null || !association.partnerId.equals(partnerId) ? Optional.empty()
                : Optional.of(association);
    }

    /** Checks the association's version at commit even when only its state changes (optimistic lock). */
    public void lockOptimistically(ReviewedAssociation association) {
        em.lock(association, LockModeType.OPTIMISTIC);
    }

    /**
     * Gives the association a new version now, also when only its customer or professional row changed (an edit of a
     * name or segment): a page opened before the edit cannot act on it afterwards.
     */
    public void forceNewVersion(ReviewedAssociation association) {
        em.lock(association, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /**
     * The association's fields as they are now, as a submission keeps them (JSON): read before its submission move is
     * applied, and handed to {@link ReviewedAssociation#submitted} with it, so the move is one update.
     */
    public String fieldsNow(AssociationKind kind, String partnerId, long id) {
        return json(record(kind, partnerId, id).orElseThrow().fields());
    }

    /** The fields of a new association's submission (JSON), as {@link AssociationRecord#fields} names them. */
    public static String fieldsOf(AssociationKind kind, String subjectName, String detail, String type,
            String reference, LocalDate earned, LocalDate expires) {
        return json(new AssociationRecord(kind, 0, null, 0, null, subjectName, detail, type, reference, null, null,
                null, null, null, null, 0, earned, expires).fields());
    }

    /** The fields of the association's last two submissions: empty unless it was submitted twice (or more). */
    public Optional<SubmittedFields> submittedFields(AssociationKind kind, String partnerId, long id) {
        return find(kind, partnerId, id)
                .filter(a -> a.previousFields != null && a.submittedFields != null)
                .map(a -> new SubmittedFields(map(a.previousFields), map(a.submittedFields)));
    }

    /** The fields a submission sent before, and those of the last one. */
    public record SubmittedFields(Map<String, String> previous, Map<String, String> last) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String json(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("fields cannot be written", e);
        }
    }

    private static Map<String, String> map(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored fields cannot be read", e);
        }
    }

    /** The partner's customer row an association points at (managed: an edit changes it). */
    public CustomerEntity customerById(String partnerId, long customerRef) {
        CustomerEntity customer = em.find(CustomerEntity.class, customerRef);
        if (customer == null || !customer.partnerId.equals(partnerId)) {
            throw new IllegalStateException("customer " + customerRef + " is not " + partnerId + "'s");
        }
        return customer;
    }

    /** The partner's professional row an association points at (managed: an edit changes it). */
    public ProfessionalEntity professionalById(String partnerId, long professionalRef) {
        ProfessionalEntity professional = em.find(ProfessionalEntity.class, professionalRef);
        if (professional == null || !professional.partnerId.equals(partnerId)) {
            throw new IllegalStateException("professional " + professionalRef + " is not " + partnerId + "'s");
        }
        return professional;
    }

    /**
     * The approved professional associations of the same person (MCID) at other partners (one person, one partner):
     * what approving this partner's association would end. Reviewers' reads across partners.
     */
    public List<AssociationRecord> approvedElsewhere(String personId, String partnerId) {
        return em.createQuery("""
                select new com.partnerportal.persistence.association.AssociationRecord(a.id, a.partnerId, p.id,
                       p.personId, p.name, p.email, a.state, a.submittedBy, a.submittedAt, a.decidedBy, a.decidedAt,
                       a.reason, a.version)
                  from ProfessionalAssociationEntity a, ProfessionalEntity p
                 where p.partnerId = a.partnerId and p.id = a.professionalRef and p.personId = :person
                   and a.partnerId <> :partner and a.state = :approved
                 order by a.partnerId, a.id""", AssociationRecord.class)
                .setParameter("person", personId).setParameter("partner", partnerId)
                .setParameter("approved", AssociationState.APPROVED).getResultList();
    }

    /** Writes pending changes now, so generated ids and version conflicts show before the audit event is written. */
    public void flush() {
        em.flush();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    /** The partner's associations of this kind, newest first. */
    public List<AssociationRecord> list(AssociationKind kind, String partnerId) {
        return em.createQuery(recordQuery(kind) + NEWEST_FIRST, AssociationRecord.class)
                .setParameter("partner", partnerId).getResultList();
    }

    /** One association as a record; empty when the partner has no such association. */
    public Optional<AssociationRecord> record(AssociationKind kind, String partnerId, long id) {
        return em.createQuery(recordQuery(kind) + " and a.id = :id", AssociationRecord.class)
                .setParameter("partner", partnerId).setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * The partner's other associations of the same customer or professional (for a certification link: the other
     * certification links of its professional), newest first.
     */
    public List<AssociationRecord> others(AssociationRecord association) {
        String subject = association.kind() == AssociationKind.CUSTOMER ? "c.id" : "p.id";
        return em.createQuery(recordQuery(association.kind()) + " and " + subject + " = :subject and a.id <> :id"
                        + NEWEST_FIRST, AssociationRecord.class)
                .setParameter("partner", association.partnerId()).setParameter("subject", association.subjectRef())
                .setParameter("id", association.id()).getResultList();
    }

    private static String recordQuery(AssociationKind kind) {
        return switch (kind) {
            case CUSTOMER -> CUSTOMER_RECORD;
            case PROFESSIONAL -> PROFESSIONAL_RECORD;
            case CERTIFICATION -> CERTIFICATION_RECORD;
        };
    }

    public Optional<CustomerEntity> customer(String partnerId, String customerId) {
        return em.createQuery("select c from CustomerEntity c where c.partnerId = :partner and c.customerId = :id",
                        CustomerEntity.class)
                .setParameter("partner", partnerId).setParameter("id", customerId).getResultStream().findFirst();
    }

    public Optional<ProfessionalEntity> professional(String partnerId, String personId) {
        return em.createQuery("select p from ProfessionalEntity p where p.partnerId = :partner and p.personId = :id",
                        ProfessionalEntity.class)
                .setParameter("partner", partnerId).setParameter("id", personId).getResultStream().findFirst();
    }

    /** The state of the customer's open association of this type (a second one would be a duplicate), if any. */
    public Optional<AssociationState> openState(String partnerId, long customerRef, AssociationType type) {
        return em.createQuery("""
                        select a.state from CustomerAssociationEntity a
                        where a.partnerId = :partner and a.customerRef = :customer and a.type = :type
                          and a.state in :open""", AssociationState.class)
                .setParameter("partner", partnerId).setParameter("customer", customerRef)
                .setParameter("type", type).setParameter("open", AssociationState.OPEN)
                .getResultStream().findFirst();
    }

    /** The state of the professional's open association, if any. */
    public Optional<AssociationState> openState(String partnerId, long professionalRef) {
        return em.createQuery("""
                        select a.state from ProfessionalAssociationEntity a
                        where a.partnerId = :partner and a.professionalRef = :professional and a.state in :open""",
                        AssociationState.class)
                .setParameter("partner", partnerId).setParameter("professional", professionalRef)
                .setParameter("open", AssociationState.OPEN)
                .getResultStream().findFirst();
    }

    /** The state of the professional's open link of this certification (a second one would be a duplicate), if any. */
    public Optional<AssociationState> openCertificationState(String partnerId, long professionalRef,
            String certificationId) {
        return em.createQuery("""
                        select a.state from CertificationClaimEntity a
                        where a.partnerId = :partner and a.professionalRef = :professional
                          and a.certificationId = :certification and a.state in :open""", AssociationState.class)
                .setParameter("partner", partnerId).setParameter("professional", professionalRef)
                .setParameter("certification", certificationId).setParameter("open", AssociationState.OPEN)
                .getResultStream().findFirst();
    }

    /**
     * The open edit of an approved certification link (a draft, awaiting review or sent back for changes; at most
     * one, index {@code certification_claim_one_open_edit_uq}), if any.
     */
    public Optional<CertificationClaimEntity> openEdit(String partnerId, long linkId) {
        return em.createQuery("""
                        select a from CertificationClaimEntity a
                        where a.partnerId = :partner and a.revises = :link and a.state in :open""",
                        CertificationClaimEntity.class)
                .setParameter("partner", partnerId).setParameter("link", linkId)
                .setParameter("open", EnumSet.of(AssociationState.DRAFT, AssociationState.SUBMITTED,
                        AssociationState.CHANGES_REQUESTED))
                .getResultStream().findFirst();
    }

    /**
     * The approved certification link that this link is an edit of (issue 12, point 1), while that one is approved;
     * empty for a link that edits none.
     */
    public Optional<AssociationRecord> editedLink(String partnerId, long id) {
        return find(AssociationKind.CERTIFICATION, partnerId, id)
                .map(link -> ((CertificationClaimEntity) link).revises)
                .flatMap(revised -> record(AssociationKind.CERTIFICATION, partnerId, revised))
                .filter(revised -> revised.state() == AssociationState.APPROVED);
    }

    /** The partner's professionals, by name then MCID (the people a certification can be claimed for), at most {@code max}. */
    public List<ProfessionalEntity> professionals(String partnerId, int max) {
        return em.createQuery("select p from ProfessionalEntity p where p.partnerId = :partner"
                        + " order by coalesce(p.name, p.personId), p.personId", ProfessionalEntity.class)
                .setParameter("partner", partnerId).setMaxResults(max).getResultList();
    }

    /** Whether the customer has any association of this type, in any state. */
    public boolean hasAssociation(String partnerId, long customerRef, AssociationType type) {
        return em.createQuery("""
                        select count(a) from CustomerAssociationEntity a
                        where a.partnerId = :partner and a.customerRef = :customer and a.type = :type""", Long.class)
                .setParameter("partner", partnerId).setParameter("customer", customerRef).setParameter("type", type)
                .getSingleResult() > 0;
    }

    /** Every customer association of the partner, in any state, oldest first, locked until the transaction ends. */
    public List<CustomerAssociationEntity> latestCustomerAssociations(String partnerId) {
        return em.createQuery("""
                        select a from CustomerAssociationEntity a where a.partnerId = :partner order by a.id""",
                        CustomerAssociationEntity.class)
                .setParameter("partner", partnerId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** Every professional association of the partner, in any state, oldest first, locked until the transaction ends. */
    public List<ProfessionalAssociationEntity> latestProfessionalAssociations(String partnerId) {
        return em.createQuery("""
                        select a from ProfessionalAssociationEntity a where a.partnerId = :partner order by a.id""",
                        ProfessionalAssociationEntity.class)
                .setParameter("partner", partnerId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The partner's open customer associations (awaiting review or approved), locked until the transaction ends. */
    public List<CustomerAssociationEntity> openCustomerAssociations(String partnerId) {
        return em.createQuery("""
                        select a from CustomerAssociationEntity a where a.partnerId = :partner and a.state in :open
                         order by a.id""", CustomerAssociationEntity.class)
                .setParameter("partner", partnerId).setParameter("open", AssociationState.OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The partner's open professional associations, locked until the transaction ends. */
    public List<ProfessionalAssociationEntity> openProfessionalAssociations(String partnerId) {
        return em.createQuery("""
                        select a from ProfessionalAssociationEntity a where a.partnerId = :partner and a.state in :open
                         order by a.id""", ProfessionalAssociationEntity.class)
                .setParameter("partner", partnerId).setParameter("open", AssociationState.OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** A professional's certifications, oldest first. */
    public List<Certification> certifications(String partnerId, long professionalRef) {
        return em.createQuery("""
                        select new com.partnerportal.core.evidence.Certification(c.certificationId, c.earned, c.expires)
                          from CertificationEntity c where c.partnerId = :partner and c.professionalRef = :professional
                         order by c.earned, c.certificationId""", Certification.class)
                .setParameter("partner", partnerId).setParameter("professional", professionalRef)
                .getResultList();
    }
}
