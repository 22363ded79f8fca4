package com.partnerportal.persistence.evidence;

import com.partnerportal.core.evidence.Attribution;
import com.partnerportal.core.evidence.Customer;
import com.partnerportal.core.evidence.Evidence;
import com.partnerportal.core.evidence.Professional;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.Move;
import com.partnerportal.core.review.ReviewModel;
import com.partnerportal.persistence.association.AssociationRepository;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.persistence.association.ReviewedAssociation;
import com.partnerportal.persistence.audit.AuditLog;
import com.partnerportal.persistence.customer.CustomerAssociationEntity;
import com.partnerportal.persistence.professional.ProfessionalAssociationEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An import approves the attributions and professionals its file names, through the review model like every other
 * path: an open association awaiting review is approved, an approved one is left alone, and where there is none a
 * new approved one is made. Each approval is audited, naming the import.
 */
@ApplicationScoped
public class ImportApprovals {

    static final String ACTION = "ASSOCIATION_APPROVED_BY_IMPORT";

    @Inject
    AssociationRepository associations;

    @Inject
    AuditLog audit;

    /** Approves what the evidence names; returns how many associations it approved. */
    public int approve(Evidence evidence, EvidenceWriter.Written written, String actor, String importName) {
        String partnerId = evidence.partner().id();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, CustomerAssociationEntity> openCustomers = associations.openCustomerAssociations(partnerId).stream()
                .collect(Collectors.toMap(a -> a.customerRef + "/" + a.type, Function.identity(), (a, b) -> a));
        Map<Long, ProfessionalAssociationEntity> openProfessionals = associations
                .openProfessionalAssociations(partnerId).stream()
                .collect(Collectors.toMap(a -> a.professionalRef, Function.identity(), (a, b) -> a));
        int approved = 0;
        for (Customer customer : evidence.customers()) {
            long ref = written.customerRefs().get(customer.id());
            for (Attribution attribution : customer.attributions()) {
                AssociationType type = AssociationType.valueOf(attribution.name());
                CustomerAssociationEntity open = openCustomers.get(ref + "/" + type);
                approved += approve(AssociationKind.CUSTOMER, open, () -> {
                    CustomerAssociationEntity created = new CustomerAssociationEntity();
                    created.partnerId = partnerId;
                    created.customerRef = ref;
                    created.type = type;
                    created.reference = importName;
                    return created;
                }, customer.id() + "/" + attribution.name(), actor, importName, now);
            }
        }
        for (Professional professional : evidence.professionals()) {
            long ref = written.professionalRefs().get(professional.id());
            approved += approve(AssociationKind.PROFESSIONAL, openProfessionals.get(ref), () -> {
                ProfessionalAssociationEntity created = new ProfessionalAssociationEntity();
                created.partnerId = partnerId;
                created.professionalRef = ref;
                return created;
            }, professional.id(), actor, importName, now);
        }
        associations.flush();
        return approved;
    }

    private int approve(AssociationKind kind, ReviewedAssociation open,
            java.util.function.Supplier<ReviewedAssociation> create, String entityId, String actor, String importName,
            OffsetDateTime now) {
        Optional<Move> move = ReviewModel.approveByImport(open == null ? null : open.state, importName, actor, now);
        if (move.isEmpty()) {
            return 0;
        }
        ReviewedAssociation association = open != null ? open : create.get();
        association.apply(move.get());
        if (open == null) {
            associations.persist(association);
        }
        audit.record(actor, ACTION, association.partnerId, AssociationRepository.table(kind),
                entityId + "#" + association.id, move.get().before(), move.get().after(), move.get().reason());
        return 1;
    }
}
