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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What an import does with the attributions and professionals its file names, through the one review model
 * ({@link ReviewModel#imported}) like every other path: given the latest association of each key, a rejection or
 * withdrawal stands, an approved one or one awaiting review or the partner is left alone, and otherwise one arrives
 * SUBMITTED for review — or, when the program admin marked the import a verified source, APPROVED with the admin as
 * decider and the import's id as the reason. Each association moved is one audit event.
 */
@ApplicationScoped
public class ImportApprovals {

    /**
     * One import: who runs it, its name (a file name), its id (the reason its moves carry) and whether the program
     * admin marked it a verified source.
     */
    public record ImportRequest(String actor, String importName, String importId, boolean verifiedSource) {

        public ImportRequest {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(importName, "importName");
            Objects.requireNonNull(importId, "importId");
        }
    }

    /** Which path each association took: approved, submitted, or kept as it was (with why). */
    public record Outcome(List<String> approved, List<String> submitted, Map<String, String> kept) {

        public Outcome {
            approved = List.copyOf(approved);
            submitted = List.copyOf(submitted);
            kept = Map.copyOf(kept);
        }

        public int moved() {
            return approved.size() + submitted.size();
        }
    }

    @Inject
    AssociationRepository associations;

    @Inject
    AuditLog audit;

    /** Approves what the evidence names as a verified source would (fixtures, the demo's own data). */
    public int approve(Evidence evidence, EvidenceWriter.Written written, String actor, String importName) {
        return apply(evidence, written, new ImportRequest(actor, importName, importName, true)).approved().size();
    }

    /** Applies the review model's answer to every association the evidence names. */
    public Outcome apply(Evidence evidence, EvidenceWriter.Written written, ImportRequest request) {
        String partnerId = evidence.partner().id();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, CustomerAssociationEntity> latestCustomers = associations.latestCustomerAssociations(partnerId)
                .stream().collect(Collectors.toMap(a -> a.customerRef + "/" + a.type, Function.identity(),
                        (older, newer) -> newer));
        Map<Long, ProfessionalAssociationEntity> latestProfessionals = associations
                .latestProfessionalAssociations(partnerId).stream()
                .collect(Collectors.toMap(a -> a.professionalRef, Function.identity(), (older, newer) -> newer));
        List<String> approved = new ArrayList<>();
        List<String> submitted = new ArrayList<>();
        Map<String, String> kept = new TreeMap<>();
        for (Customer customer : evidence.customers()) {
            long ref = written.customerRefs().get(customer.id());
            for (Attribution attribution : customer.attributions()) {
                AssociationType type = AssociationType.valueOf(attribution.name());
                associate(AssociationKind.CUSTOMER, latestCustomers.get(ref + "/" + type), () -> {
                    CustomerAssociationEntity created = new CustomerAssociationEntity();
                    created.partnerId = partnerId;
                    created.customerRef = ref;
                    created.type = type;
                    created.reference = request.importName();
                    return created;
                }, customer.id() + "/" + attribution.name(), request, now, approved, submitted, kept);
            }
        }
        for (Professional professional : evidence.professionals()) {
            long ref = written.professionalRefs().get(professional.id());
            associate(AssociationKind.PROFESSIONAL, latestProfessionals.get(ref), () -> {
                ProfessionalAssociationEntity created = new ProfessionalAssociationEntity();
                created.partnerId = partnerId;
                created.professionalRef = ref;
                return created;
            }, professional.id(), request, now, approved, submitted, kept);
        }
        associations.flush();
        return new Outcome(approved, submitted, kept);
    }

    private void associate(AssociationKind kind, ReviewedAssociation latest, Supplier<ReviewedAssociation> create,
            String entityId, ImportRequest request, OffsetDateTime now, List<String> approved, List<String> submitted,
            Map<String, String> kept) {
        Optional<Move> move = ReviewModel.imported(latest == null ? null : latest.state, request.verifiedSource(),
                request.importId(), request.actor(), now);
        if (move.isEmpty()) {
            kept.put(entityId, ReviewModel.importKept(latest.state));
            return;
        }
        boolean existing = latest != null && move.get().from() != null;
        ReviewedAssociation association = existing ? latest : create.get();
        association.apply(move.get());
        if (!existing) {
            associations.persist(association);
        }
        associations.flush();
        audit.record(move.get().actor(), move.get().action(), association.partnerId, AssociationRepository.table(kind),
                entityId + "#" + association.id, move.get().before(), move.get().after(), move.get().reason());
        (move.get().to() == com.partnerportal.core.review.AssociationState.APPROVED ? approved : submitted)
                .add(entityId);
    }
}
