package com.partnerportal.web.associations;

import com.partnerportal.web.support.FormErrors;
import com.partnerportal.web.support.FormValidation;
import com.partnerportal.web.support.Forms;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationRepository;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.CustomerSubmitted;
import com.partnerportal.core.review.Move;
import com.partnerportal.core.review.ProfessionalSubmitted;
import com.partnerportal.core.review.ReviewModel;
import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.customer.CustomerAssociationEntity;
import com.partnerportal.persistence.customer.CustomerEntity;
import com.partnerportal.persistence.professional.ProfessionalAssociationEntity;
import com.partnerportal.persistence.professional.ProfessionalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** A partner's associations: listing them, and the partner admin's submissions. */
@ApplicationScoped
public class AssociationService {

    @Inject
    AssociationRepository associations;

    @Inject
    AuditLog audit;

    @Inject
    FormValidation forms;

    @Transactional
    public List<AssociationRow> customerAssociations(String partnerId) {
        return rows(AssociationKind.CUSTOMER, partnerId);
    }

    @Transactional
    public List<AssociationRow> professionalAssociations(String partnerId) {
        return rows(AssociationKind.PROFESSIONAL, partnerId);
    }

    private List<AssociationRow> rows(AssociationKind kind, String partnerId) {
        return associations.list(kind, partnerId).stream().map(AssociationRow::of).toList();
    }

    /**
     * Submits a customer association for review. A customer new to the portal is created with the form's segment
     * and name. A second open association for the same customer and type is refused.
     *
     * @throws FormErrors with a message per field when the form is invalid or a duplicate
     */
    @Transactional
    public CustomerAssociationEntity submitCustomer(String partnerId, CustomerAssociationForm form, String actor) {
        Map<String, String> errors = forms.errors(form);
        String customerId = Forms.blankToNull(form.customerId);
        AssociationType type = Forms.parse(AssociationType.class, form.type);
        CustomerEntity customer = customerId == null ? null
                : associations.customer(partnerId, customerId).orElse(null);
        if (customer == null && customerId != null && Forms.parse(Segment.class, form.segment) == null) {
            errors.putIfAbsent("segment", "choose the new customer's segment: SMB, SMC or ENTERPRISE");
        }
        if (customer != null && type != null && errors.isEmpty()) {
            associations.openState(partnerId, customer.id, type).ifPresent(state -> errors.put("customerId", "customer " + customerId + " already has a "
                            + type + " association that is " + ReviewModel.label(state)));
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
            associations.persist(customer);
        }
        CustomerAssociationEntity association = new CustomerAssociationEntity();
        association.partnerId = partnerId;
        association.customerRef = customer.id;
        association.type = type;
        association.reference = Forms.blankToNull(form.reference);
        Move move = ReviewModel.submit(actor, OffsetDateTime.now(ZoneOffset.UTC));
        association.apply(move);
        associations.persist(association);
        associations.flush();
        audit.record(actor, move.action(), partnerId, AssociationRepository.table(AssociationKind.CUSTOMER),
                String.valueOf(association.id), null, new CustomerSubmitted(move.to(), customerId, type.name()), null);
        return association;
    }

    /** Submits a professional association for review; a second open one for the same professional is refused. */
    @Transactional
    public ProfessionalAssociationEntity submitProfessional(String partnerId, ProfessionalAssociationForm form,
            String actor) {
        Map<String, String> errors = forms.errors(form);
        String personId = Forms.blankToNull(form.personId);
        ProfessionalEntity professional = personId == null ? null
                : associations.professional(partnerId, personId).orElse(null);
        if (professional != null && errors.isEmpty()) {
            associations.openState(partnerId, professional.id).ifPresent(state -> errors.put("personId", "professional " + personId
                            + " already has an association that is " + ReviewModel.label(state)));
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
            associations.persist(professional);
        }
        ProfessionalAssociationEntity association = new ProfessionalAssociationEntity();
        association.partnerId = partnerId;
        association.professionalRef = professional.id;
        Move move = ReviewModel.submit(actor, OffsetDateTime.now(ZoneOffset.UTC));
        association.apply(move);
        associations.persist(association);
        associations.flush();
        audit.record(actor, move.action(), partnerId, AssociationRepository.table(AssociationKind.PROFESSIONAL),
                String.valueOf(association.id), null, new ProfessionalSubmitted(move.to(), personId), null);
        return association;
    }
}
