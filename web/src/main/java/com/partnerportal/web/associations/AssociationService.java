package com.partnerportal.web.associations;

import com.partnerportal.web.support.FormErrors;
import com.partnerportal.web.support.FormValidation;
import com.partnerportal.web.support.Forms;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.persistence.association.AssociationRepository;
import com.partnerportal.persistence.association.AssociationListQuery;
import com.partnerportal.web.view.Page;
import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.CustomerSubmitted;
import com.partnerportal.core.review.Move;
import com.partnerportal.core.review.ProfessionalSubmitted;
import com.partnerportal.core.review.ReviewModel;
import com.partnerportal.core.review.ReviewRefusal;
import com.partnerportal.persistence.association.AssociationRecord;
import com.partnerportal.persistence.association.ReviewedAssociation;
import com.partnerportal.persistence.audit.AuditLog;
import jakarta.ws.rs.NotFoundException;
import com.partnerportal.persistence.customer.CustomerAssociationEntity;
import com.partnerportal.persistence.customer.CustomerEntity;
import com.partnerportal.persistence.professional.ProfessionalAssociationEntity;
import com.partnerportal.persistence.professional.ProfessionalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import com.partnerportal.core.review.CertificationClaim;
import com.partnerportal.core.review.CertificationSubmitted;
import com.partnerportal.core.scoring.CertificationCatalogue;
import com.partnerportal.persistence.professional.CertificationClaimEntity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A partner's associations: listing them, and the partner admin's submissions. */
@ApplicationScoped
public class AssociationService {

    @Inject
    AssociationRepository associations;

    @Inject
    AuditLog audit;

    @Inject
    AssociationListQuery lists;

    @Inject
    FormValidation forms;

    /**
     * One page of a list of the partner's associations of a kind (issue 12, point 5): searched, sorted and paged by
     * the database; its count and rows read in one transaction. A page after the last is the last page when
     * {@code clamp} (the associations page), else empty (the API: a client reads pages until one is empty).
     */
    @Transactional
    public Page<AssociationRow> list(String partnerId, AssociationListParameters parameters, boolean clamp) {
        int total = lists.count(parameters.criteria(partnerId, 1));
        int pages = Math.max(1, (total + parameters.size() - 1) / parameters.size());
        int page = clamp ? Math.min(parameters.page(), pages) : parameters.page();
        List<AssociationRow> rows = total == 0 || page > pages ? List.of()
                : lists.page(parameters.criteria(partnerId, page)).stream().map(AssociationRow::of).toList();
        return new Page<>(rows, page, pages, total, parameters.sort(), parameters.dir());
    }

    /** How many of the partner's professionals the certification form offers in a list to choose from. */
    public static final int PEOPLE_TO_CHOOSE = 100;

    /**
     * The partner's professionals (MCID and name) the certification form offers, by name then MCID — none when the
     * partner has more than {@value #PEOPLE_TO_CHOOSE} ({@code many}: the form asks for the MCID instead), so a partner
     * with 5,000 people does not get 5,000 options.
     */
    @Transactional
    public People people(String partnerId) {
        List<Person> people = associations.professionals(partnerId, PEOPLE_TO_CHOOSE + 1).stream()
                .map(p -> new Person(p.personId, p.name)).toList();
        return people.size() > PEOPLE_TO_CHOOSE ? new People(List.of(), true) : new People(people, false);
    }

    /** A professional the certification form offers. */
    public record Person(String personId, String name) {
    }

    /** The professionals to choose from, or {@code many} when there are too many to list. */
    public record People(List<Person> choices, boolean many) {

        public static final People NONE = new People(List.of(), false);

        public boolean isEmpty() {
            return choices.isEmpty() && !many;
        }
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
        Move move = newMove(form.draft, actor);
        association.apply(move);
        if (move.submits()) {
            association.submitted(AssociationRepository.fieldsOf(AssociationKind.CUSTOMER, customer.name,
                    customer.segment.name(), type.name(), association.reference, null, null));
        }
        associations.persist(association);
        associations.flush();
        audit.record(actor, move.action(), partnerId, AssociationRepository.table(AssociationKind.CUSTOMER),
                String.valueOf(association.id), null, new CustomerSubmitted(move.to(), customerId, type.name()), null);
        return association;
    }

    /**
     * Submits a certification link of one of the partner's professionals for review, checked by core's
     * {@link CertificationClaim#problems} against the catalogue of the rule set in force on {@code today}: a
     * certification from the catalogue or "other", earned on a past day and not after it expires, with a Learn link or
     * a credential id as proof. A second open link of the same certification for the same professional is refused.
     *
     * @throws FormErrors with a message per field; nothing is saved then
     */
    @Transactional
    public CertificationClaimEntity submitCertification(String partnerId, CertificationClaimForm form,
            CertificationCatalogue catalogue, LocalDate today, String actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        String personId = Forms.blankToNull(form.personId);
        ProfessionalEntity professional = personId == null ? null
                : associations.professional(partnerId, personId).orElse(null);
        if (professional == null) {
            errors.put("personId", personId == null ? "choose the professional"
                    : "no professional " + personId + " at this partner: submit the person first");
        }
        LocalDate earned = date(form.earned, "earned", errors);
        LocalDate expires = date(form.expires, "expires", errors);
        String certificationId = Forms.blankToNull(form.certificationId);
        String otherName = Forms.blankToNull(form.otherName);
        CertificationClaim claim = new CertificationClaim(certificationId, otherName, earned, expires,
                Forms.blankToNull(form.proof));
        claim.problems(catalogue, today).forEach(errors::putIfAbsent);
        if (errors.isEmpty() && !CertificationClaim.OTHER.equals(certificationId)) {
            associations.openCertificationState(partnerId, professional.id, certificationId).ifPresent(state -> errors
                    .put("certificationId", personId + " already has a link of " + certificationId + " that is "
                            + ReviewModel.label(state)));
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        CertificationClaimEntity link = new CertificationClaimEntity();
        link.partnerId = partnerId;
        link.professionalRef = professional.id;
        link.certificationId = certificationId;
        link.otherName = CertificationClaim.OTHER.equals(certificationId) ? otherName.strip() : null;
        link.earned = earned;
        link.expires = expires;
        link.proof = claim.proof().strip();
        Move move = newMove(form.draft, actor);
        link.apply(move);
        if (move.submits()) {
            link.submitted(AssociationRepository.fieldsOf(AssociationKind.CERTIFICATION, professional.name,
                    link.otherName != null ? link.otherName : certificationId, null, link.proof, earned, expires));
        }
        associations.persist(link);
        associations.flush();
        audit.record(actor, move.action(), partnerId, AssociationRepository.table(AssociationKind.CERTIFICATION),
                String.valueOf(link.id), null, new CertificationSubmitted(move.to(), personId,
                        link.otherName != null ? "OTHER: " + link.otherName : certificationId, String.valueOf(earned),
                        expires == null ? null : expires.toString(), link.proof), null);
        return link;
    }

    /** A YYYY-MM-DD date field: null when empty; a message when it is not a date. */
    private static LocalDate date(String value, String field, Map<String, String> errors) {
        String trimmed = Forms.blankToNull(value);
        if (trimmed == null) {
            return null;
        }
        try {
            return LocalDate.parse(trimmed.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "not a date: use YYYY-MM-DD");
            return null;
        }
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
        Move move = newMove(form.draft, actor);
        association.apply(move);
        if (move.submits()) {
            association.submitted(AssociationRepository.fieldsOf(AssociationKind.PROFESSIONAL, professional.name,
                    professional.email, null, null, null, null));
        }
        associations.persist(association);
        associations.flush();
        audit.record(actor, move.action(), partnerId, AssociationRepository.table(AssociationKind.PROFESSIONAL),
                String.valueOf(association.id), null, new ProfessionalSubmitted(move.to(), personId), null);
        return association;
    }

    /** A new association's first move: a draft when the partner saved it as one, else a submission. */
    private static Move newMove(String draft, String actor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return draft != null && !draft.isBlank() ? ReviewModel.draft(actor, now) : ReviewModel.submit(actor, now);
    }

    /**
     * The association to edit, at the version the partner's page showed: 404 when the partner has none such, 409 when
     * core's review model refuses the edit (not a draft nor sent back for changes, or changed since).
     */
    private ReviewedAssociation editable(AssociationKind kind, String partnerId, long id, Long version) {
        ReviewedAssociation association = associations.find(kind, partnerId, id)
                .orElseThrow(() -> new NotFoundException("No such association"));
        Optional<AssociationState> openEdit = kind == AssociationKind.CERTIFICATION
                ? associations.openEdit(partnerId, id).map(edit -> edit.state) : Optional.empty();
        try {
            ReviewModel.editsAsNewSubmission(kind, association.reviewedState(), version, openEdit);
        } catch (ReviewRefusal refusal) {
            throw new ReviewProblem(refusal);
        }
        return association;
    }

    /**
     * The association as its edit page shows it; 404 when the partner has none such, 409 when it is not editable (an
     * approved certification link is: its edit becomes a new submission, unless one is open already).
     */
    @Transactional
    public AssociationRecord toEdit(AssociationKind kind, String partnerId, long id) {
        editable(kind, partnerId, id, null);
        return associations.record(kind, partnerId, id).orElseThrow();
    }

    /**
     * A partner admin edits a draft or an association sent back for changes (issue 12, point 3): a customer
     * association's customer name, segment, attribution and reference. Its state stays; the edit is audited with
     * the fields before and after. 400 with a message per field (nothing saved), 409 when not editable.
     */
    @Transactional
    public void editCustomer(String partnerId, long id, Long version, CustomerAssociationForm form, String actor) {
        CustomerAssociationEntity association = (CustomerAssociationEntity) editable(AssociationKind.CUSTOMER,
                partnerId, id, version);
        Map<String, String> before = associations.record(AssociationKind.CUSTOMER, partnerId, id).orElseThrow()
                .fields();
        Map<String, String> errors = forms.errors(form);
        errors.remove("customerId"); // the customer itself is not edited: its id is shown, not posted back
        AssociationType type = Forms.parse(AssociationType.class, form.type);
        Segment segment = Forms.parse(Segment.class, form.segment);
        if (segment == null) {
            errors.putIfAbsent("segment", "choose the customer's segment: SMB, SMC or ENTERPRISE");
        }
        if (type != null && type != association.type && errors.isEmpty()) {
            associations.openState(partnerId, association.customerRef, type).ifPresent(state -> errors.put("type",
                    "this customer already has a " + type + " association that is " + ReviewModel.label(state)));
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        CustomerEntity customer = associations.customerById(partnerId, association.customerRef);
        customer.name = Forms.blankToNull(form.customerName);
        customer.segment = segment;
        association.type = type;
        association.reference = Forms.blankToNull(form.reference);
        edited(AssociationKind.CUSTOMER, association, before, actor);
    }

    /** As {@link #editCustomer}, for a professional association: the professional's name and e-mail. */
    @Transactional
    public void editProfessional(String partnerId, long id, Long version, ProfessionalAssociationForm form,
            String actor) {
        ProfessionalAssociationEntity association = (ProfessionalAssociationEntity) editable(
                AssociationKind.PROFESSIONAL, partnerId, id, version);
        Map<String, String> before = associations.record(AssociationKind.PROFESSIONAL, partnerId, id).orElseThrow()
                .fields();
        Map<String, String> errors = forms.errors(form);
        errors.remove("personId"); // the MCID is who the association is about: shown, not edited
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        ProfessionalEntity professional = associations.professionalById(partnerId, association.professionalRef);
        professional.name = Forms.blankToNull(form.name);
        professional.email = Forms.blankToNull(form.email);
        edited(AssociationKind.PROFESSIONAL, association, before, actor);
    }

    /** What an edit of a certification link became: the link edited in place, or a new submission beside it. */
    public record Edited(long id, boolean newSubmission) {
    }

    /**
     * As {@link #editCustomer}, for a certification link: the certification, its dates and the proof, checked by
     * core's {@link CertificationClaim#problems} as when it was submitted. An APPROVED link (issue 12, point 1) is not
     * changed: the edit is a new submission beside it ({@link #submitEditOfApproved}).
     */
    @Transactional
    public Edited editCertification(String partnerId, long id, Long version, CertificationClaimForm form,
            CertificationCatalogue catalogue, LocalDate today, String actor) {
        CertificationClaimEntity link = (CertificationClaimEntity) editable(AssociationKind.CERTIFICATION, partnerId,
                id, version);
        Map<String, String> before = associations.record(AssociationKind.CERTIFICATION, partnerId, id).orElseThrow()
                .fields();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate earned = date(form.earned, "earned", errors);
        LocalDate expires = date(form.expires, "expires", errors);
        String certificationId = Forms.blankToNull(form.certificationId);
        String otherName = Forms.blankToNull(form.otherName);
        CertificationClaim claim = new CertificationClaim(certificationId, otherName, earned, expires,
                Forms.blankToNull(form.proof));
        claim.problems(catalogue, today).forEach(errors::putIfAbsent);
        if (errors.isEmpty() && !CertificationClaim.OTHER.equals(certificationId)
                && !certificationId.equals(link.certificationId)) {
            associations.openCertificationState(partnerId, link.professionalRef, certificationId).ifPresent(state ->
                    errors.put("certificationId", "this professional already has a link of " + certificationId
                            + " that is " + ReviewModel.label(state)));
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        if (link.state == AssociationState.APPROVED) {
            return new Edited(submitEditOfApproved(link, before, certificationId, otherName, earned, expires,
                    claim.proof().strip(), actor), true);
        }
        link.certificationId = certificationId;
        link.otherName = CertificationClaim.OTHER.equals(certificationId) ? otherName.strip() : null;
        link.earned = earned;
        link.expires = expires;
        link.proof = claim.proof().strip();
        edited(AssociationKind.CERTIFICATION, link, before, actor);
        return new Edited(link.id, false);
    }

    /**
     * The edit of an approved certification link, submitted for review as a new link beside it ({@code revises}):
     * the approved link is what a reviewer verified, so it keeps counting until a reviewer decides the edit —
     * approving the edit ends it ({@link AssociationWorkflow}), rejecting it leaves it as it was. The edit keeps the
     * approved link's fields as its previous submission, so the reviewer sees what changed. Audited
     * {@code ASSOCIATION_SUBMITTED} with the fields before and after. 400 when nothing changed.
     */
    private long submitEditOfApproved(CertificationClaimEntity approved, Map<String, String> before,
            String certificationId, String otherName, LocalDate earned, LocalDate expires, String proof,
            String actor) {
        String name = associations.professionalById(approved.partnerId, approved.professionalRef).name;
        String other = CertificationClaim.OTHER.equals(certificationId) ? otherName.strip() : null;
        String fields = AssociationRepository.fieldsOf(AssociationKind.CERTIFICATION, name,
                other != null ? other : certificationId, null, proof, earned, expires);
        String approvedFields = associations.fieldsNow(AssociationKind.CERTIFICATION, approved.partnerId, approved.id);
        if (approvedFields.equals(fields)) {
            throw new FormErrors(Map.of("certificationId", "nothing was changed: change the certification, a date"
                    + " or the proof (the approved link stays as it is)"));
        }
        CertificationClaimEntity edit = new CertificationClaimEntity();
        edit.partnerId = approved.partnerId;
        edit.professionalRef = approved.professionalRef;
        edit.revises = approved.id;
        edit.certificationId = certificationId;
        edit.otherName = other;
        edit.earned = earned;
        edit.expires = expires;
        edit.proof = proof;
        Move move = ReviewModel.submit(actor, OffsetDateTime.now(ZoneOffset.UTC));
        edit.apply(move);
        edit.submitted(approvedFields); // the approved version, as the previous submission: the reviewer sees the change
        edit.submitted(fields);
        associations.persist(edit);
        associations.flush();
        Map<String, String> after = associations.record(AssociationKind.CERTIFICATION, edit.partnerId, edit.id)
                .orElseThrow().fields();
        audit.record(actor, move.action(), edit.partnerId, AssociationRepository.table(AssociationKind.CERTIFICATION),
                String.valueOf(edit.id), before, after, "Edit of approved certification link " + approved.id
                        + ": the approved link counts until this edit is decided");
        return edit.id;
    }

    /** After an edit: a new version, and the audit event with the fields before and after (state unchanged). */
    private void edited(AssociationKind kind, ReviewedAssociation association, Map<String, String> before,
            String actor) {
        associations.forceNewVersion(association);
        associations.flush();
        Map<String, String> after = associations.record(kind, association.partnerId, association.id).orElseThrow()
                .fields();
        audit.record(actor, "ASSOCIATION_EDITED", association.partnerId, AssociationRepository.table(kind),
                String.valueOf(association.id), before, after, null);
    }
}
