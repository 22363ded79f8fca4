package com.partnerportal.web.associations;

import com.partnerportal.core.evidence.Segment;
import com.partnerportal.persistence.association.AssociationState;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.customer.CustomerAssociationEntity;
import com.partnerportal.persistence.customer.CustomerEntity;
import com.partnerportal.persistence.professional.ProfessionalAssociationEntity;
import com.partnerportal.persistence.professional.ProfessionalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A partner's associations: listing them, and the partner admin's submissions. */
@ApplicationScoped
public class AssociationService {

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Transactional
    public List<AssociationRow> customerAssociations(String partnerId) {
        List<AssociationRow> rows = new ArrayList<>();
        for (Object[] row : em.createQuery("""
                select a, c from CustomerAssociationEntity a, CustomerEntity c
                where c.partnerId = a.partnerId and c.id = a.customerRef and a.partnerId = :partner
                order by a.createdAt desc, a.id desc""", Object[].class)
                .setParameter("partner", partnerId).getResultList()) {
            CustomerAssociationEntity a = (CustomerAssociationEntity) row[0];
            CustomerEntity c = (CustomerEntity) row[1];
            rows.add(new AssociationRow(AssociationKind.CUSTOMER, a.id, c.customerId, c.name, c.segment.name(),
                    a.type.name(), a.reference, a.state, a.submittedBy, a.submittedAt, a.decidedBy, a.decidedAt,
                    a.reason, a.version));
        }
        return rows;
    }

    @Transactional
    public List<AssociationRow> professionalAssociations(String partnerId) {
        List<AssociationRow> rows = new ArrayList<>();
        for (Object[] row : em.createQuery("""
                select a, p from ProfessionalAssociationEntity a, ProfessionalEntity p
                where p.partnerId = a.partnerId and p.id = a.professionalRef and a.partnerId = :partner
                order by a.createdAt desc, a.id desc""", Object[].class)
                .setParameter("partner", partnerId).getResultList()) {
            ProfessionalAssociationEntity a = (ProfessionalAssociationEntity) row[0];
            ProfessionalEntity p = (ProfessionalEntity) row[1];
            rows.add(new AssociationRow(AssociationKind.PROFESSIONAL, a.id, p.personId, p.name, p.email, null, null,
                    a.state, a.submittedBy, a.submittedAt, a.decidedBy, a.decidedAt, a.reason, a.version));
        }
        return rows;
    }

    /**
     * Submits a customer association for review. A customer new to the portal is created with the form's segment
     * and name. A second open association for the same customer and type is refused.
     *
     * @throws FormErrors with a message per field when the form is invalid or a duplicate
     */
    @Transactional
    public CustomerAssociationEntity submitCustomer(String partnerId, CustomerAssociationForm form, String actor) {
        Map<String, String> errors = form.validate();
        String customerId = Forms.blankToNull(form.customerId);
        AssociationType type = Forms.parse(AssociationType.class, form.type);
        CustomerEntity customer = customerId == null ? null : em.createQuery(
                        "select c from CustomerEntity c where c.partnerId = :partner and c.customerId = :id",
                        CustomerEntity.class)
                .setParameter("partner", partnerId).setParameter("id", customerId)
                .getResultStream().findFirst().orElse(null);
        if (customer == null && customerId != null && Forms.parse(Segment.class, form.segment) == null) {
            errors.putIfAbsent("segment", "choose the new customer's segment: SMB, SMC or ENTERPRISE");
        }
        if (customer != null && type != null && errors.isEmpty()) {
            em.createQuery("""
                    select a.state from CustomerAssociationEntity a
                    where a.partnerId = :partner and a.customerRef = :customer and a.type = :type
                      and a.state in :open""", AssociationState.class)
                    .setParameter("partner", partnerId).setParameter("customer", customer.id)
                    .setParameter("type", type).setParameter("open", AssociationState.OPEN)
                    .getResultStream().findFirst()
                    .ifPresent(state -> errors.put("customerId", "customer " + customerId + " already has a "
                            + type + " association that is " + AssociationWorkflow.label(state)));
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        if (customer == null) {
            customer = new CustomerEntity();
            customer.partnerId = partnerId;
            customer.customerId = customerId;
            customer.name = Forms.blankToNull(form.customerName);
            customer.segment = Forms.parse(Segment.class, form.segment);
            customer.persist();
        }
        CustomerAssociationEntity association = new CustomerAssociationEntity();
        association.partnerId = partnerId;
        association.customerRef = customer.id;
        association.type = type;
        association.reference = Forms.blankToNull(form.reference);
        submitted(association, actor);
        association.persist();
        em.flush();
        audit.record(actor, "ASSOCIATION_SUBMITTED", partnerId, AssociationKind.CUSTOMER.table(),
                String.valueOf(association.id), null,
                Map.of("state", "SUBMITTED", "customer", customerId, "type", type.name()), null);
        return association;
    }

    /** Submits a professional association for review; a second open one for the same professional is refused. */
    @Transactional
    public ProfessionalAssociationEntity submitProfessional(String partnerId, ProfessionalAssociationForm form,
            String actor) {
        Map<String, String> errors = form.validate();
        String personId = Forms.blankToNull(form.personId);
        ProfessionalEntity professional = personId == null ? null : em.createQuery(
                        "select p from ProfessionalEntity p where p.partnerId = :partner and p.personId = :id",
                        ProfessionalEntity.class)
                .setParameter("partner", partnerId).setParameter("id", personId)
                .getResultStream().findFirst().orElse(null);
        if (professional != null && errors.isEmpty()) {
            em.createQuery("""
                    select a.state from ProfessionalAssociationEntity a
                    where a.partnerId = :partner and a.professionalRef = :professional and a.state in :open""",
                            AssociationState.class)
                    .setParameter("partner", partnerId).setParameter("professional", professional.id)
                    .setParameter("open", AssociationState.OPEN)
                    .getResultStream().findFirst()
                    .ifPresent(state -> errors.put("personId", "professional " + personId
                            + " already has an association that is " + AssociationWorkflow.label(state)));
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        if (professional == null) {
            professional = new ProfessionalEntity();
            professional.partnerId = partnerId;
            professional.personId = personId;
            professional.name = Forms.blankToNull(form.name);
            professional.email = Forms.blankToNull(form.email);
            professional.persist();
        }
        ProfessionalAssociationEntity association = new ProfessionalAssociationEntity();
        association.partnerId = partnerId;
        association.professionalRef = professional.id;
        submitted(association, actor);
        association.persist();
        em.flush();
        audit.record(actor, "ASSOCIATION_SUBMITTED", partnerId, AssociationKind.PROFESSIONAL.table(),
                String.valueOf(association.id), null, Map.of("state", "SUBMITTED", "professional", personId), null);
        return association;
    }

    private static void submitted(com.partnerportal.persistence.association.ReviewedAssociation association,
            String actor) {
        association.state = AssociationState.SUBMITTED;
        association.submittedBy = actor;
        association.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
