package com.partnerportal.web.demo;

import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationRepository;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.persistence.customer.AcrMonthEntity;
import com.partnerportal.persistence.customer.CustomerAssociationEntity;
import com.partnerportal.persistence.customer.CustomerEntity;
import com.partnerportal.persistence.professional.CertificationEntity;
import com.partnerportal.persistence.professional.ProfessionalAssociationEntity;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.web.associations.AssociationService;
import com.partnerportal.web.associations.AssociationWorkflow;
import com.partnerportal.web.associations.CustomerAssociationForm;
import com.partnerportal.web.associations.ProfessionalAssociationForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;

/**
 * Work for the demo reviewers: associations the demo partner admins have submitted (a new customer with its ACR,
 * a second attribution of a customer that counts already, a certified professional) and one sent back for
 * changes. Created once; later starts leave them as they are, decided or not.
 */
@ApplicationScoped
class DemoReviewWork {

    static final String NEW_CUSTOMER = "C-NEW-PAL";

    @Inject
    AssociationService associations;

    @Inject
    AssociationWorkflow workflow;

    @Inject
    AssociationRepository repository;

    @Transactional
    void create(YearMonth lastMonth) {
        if (repository.customer("P-4004", NEW_CUSTOMER).isPresent()) {
            return;
        }
        CustomerAssociationEntity submitted = associations.submitCustomer("P-4004",
                customerForm(NEW_CUSTOMER, "Woodgrove Retail", "SMB", "PAL", "PAL partner id 4004-771"), "ada");
        for (int back = 12; back >= 0; back--) {
            AcrMonthEntity month = new AcrMonthEntity();
            month.partnerId = "P-4004";
            month.customerRef = submitted.customerRef;
            month.month = lastMonth.minusMonths(back).atDay(1);
            month.amount = back > 1 ? BigDecimal.ZERO : new BigDecimal(back == 1 ? "640.00" : "1180.50");
            repository.persist(month);
        }

        ProfessionalAssociationForm person = new ProfessionalAssociationForm();
        person.personId = "mcid-P-4004-new";
        person.name = "Margaret Hamilton";
        person.email = "margaret@example.com";
        ProfessionalAssociationEntity professional = associations.submitProfessional("P-4004", person, "ada");
        LocalDate earned = lastMonth.atDay(1).minusMonths(3);
        for (String certification : new String[] {"AZURE_SOLUTIONS_ARCHITECT_EXPERT", "AZURE_AI_ENGINEER_ASSOCIATE"}) {
            CertificationEntity entity = new CertificationEntity();
            entity.partnerId = "P-4004";
            entity.professionalRef = professional.professionalRef;
            entity.certificationId = certification;
            entity.earned = earned;
            repository.persist(entity);
        }

        // A second attribution for a customer that counts already: approving it changes nothing in the score.
        CustomerEntity counted = repository.customer("P-3003", "C-0005").orElse(null);
        if (counted != null) {
            String type = Stream.of("CSP", "DPOR", "PAL")
                    .filter(t -> !repository.hasAssociation("P-3003", counted.id, AssociationType.valueOf(t)))
                    .findFirst().orElse(null);
            if (type != null) {
                associations.submitCustomer("P-3003", customerForm("C-0005", null, "SMB", type,
                        "second attribution of C-0005"), "henry");
            }
        }

        CustomerAssociationEntity unclear = associations.submitCustomer("P-2002",
                customerForm("C-4", "Tailwind Traders", "ENTERPRISE", "DPOR", "DPOR"), "grace");
        workflow.move(AssociationKind.CUSTOMER, "P-2002", unclear.id, unclear.version,
                AssociationState.CHANGES_REQUESTED, "rita", "Which DPOR record? Please give its id.");
    }

    private static CustomerAssociationForm customerForm(String id, String name, String segment, String type,
            String reference) {
        CustomerAssociationForm form = new CustomerAssociationForm();
        form.customerId = id;
        form.customerName = name;
        form.segment = segment;
        form.type = type;
        form.reference = reference;
        return form;
    }
}
