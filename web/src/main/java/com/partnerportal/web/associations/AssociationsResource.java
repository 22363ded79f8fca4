package com.partnerportal.web.associations;

import com.partnerportal.persistence.association.AssociationType;
import com.partnerportal.core.evidence.Segment;
import com.partnerportal.web.support.Forms;
import com.partnerportal.web.support.FormErrors;
import com.partnerportal.web.error.ProblemException;
import com.partnerportal.web.security.PartnerAdminOnly;
import io.quarkus.security.Authenticated;
import com.partnerportal.core.review.AssociationKind;
import com.partnerportal.core.review.AssociationState;
import com.partnerportal.core.review.ReviewModel;
import com.partnerportal.persistence.association.AssociationRecord;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.ScopedPartner;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import com.partnerportal.core.review.CertificationClaim;
import com.partnerportal.core.scoring.DataAiCertification;
import com.partnerportal.core.scoring.RuleSet;
import com.partnerportal.web.scorecard.ScorecardService;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A partner's customer and professional associations: partner users read them; partner admins submit new ones,
 * withdraw pending ones (and approved certification links), resubmit those sent back for changes, and edit drafts,
 * those sent back for changes, and approved certification links (as a new submission).
 */
@Authenticated
@Path("/partners/{partnerId}/associations")
@Produces(MediaType.TEXT_HTML)
public class AssociationsResource {

    /** What the page shows: both lists, the two forms (with what was typed and its messages) and a notice. */
    public record AssociationsView(PartnerEntity partner, boolean canAdmin, AssociationTable customers,
            AssociationTable professionals, CustomerAssociationForm customerForm, Map<String, String> customerErrors,
            ProfessionalAssociationForm professionalForm, Map<String, String> professionalErrors, String notice,
            AssociationTable certifications, AssociationService.People people,
            List<DataAiCertification> catalogue, String ruleSet, CertificationClaimForm certificationForm,
            Map<String, String> certificationErrors, AssociationLists lists) {

        /** The choice for a certification the catalogue does not name. */
        public String other() {
            return CertificationClaim.OTHER;
        }

        public List<String> segments() {
            return Forms.names(Segment.class);
        }

        public List<String> types() {
            return Forms.names(AssociationType.class);
        }
    }

    /**
     * The edit page of a draft or of an association sent back for changes: the association as it is, the form of its
     * kind (what was typed, its messages), the version the page shows, and for a certification link the catalogue.
     */
    public record EditView(PartnerEntity partner, AssociationRecord association, long version,
            CustomerAssociationForm customerForm, ProfessionalAssociationForm professionalForm,
            CertificationClaimForm certificationForm, Map<String, String> errors, List<DataAiCertification> catalogue,
            String ruleSet) {

        public String other() {
            return CertificationClaim.OTHER;
        }

        public List<String> segments() {
            return Forms.names(Segment.class);
        }

        public List<String> types() {
            return Forms.names(AssociationType.class);
        }

        /**
         * An approved association the partner edits as a new submission (core's review model: an approved
         * certification link), not in place.
         */
        public boolean editOfApproved() {
            return association.state() == AssociationState.APPROVED
                    && ReviewModel.mayOpenEdit(association.kind(), association.state());
        }

        /** "Resubmit" after changes were requested, "Submit" for a draft, "Submit the edit" for an approved link. */
        public String submitLabel() {
            if (editOfApproved()) {
                return "Submit the edit for review";
            }
            return association.state() == AssociationState.DRAFT ? "Save and submit for review"
                    : "Save and resubmit for review";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance associations(AssociationsView view);

        static native TemplateInstance edit(EditView view);
    }

    @Inject
    ScopedPartner scope;

    @Inject
    CurrentUser user;

    @Inject
    AssociationService associations;

    @Inject
    AssociationWorkflow workflow;

    @Inject
    ScorecardService scorecards;

    Clock clock = Clock.systemUTC();

    /**
     * The page: the three lists, each searched, sorted and paged on the server (issue 12, point 5), and the forms.
     * Refused list parameters (an unknown sort, a page below 1, a size above the maximum…) re-render the page with
     * every list's first page and the problems, status 400.
     */
    @GET
    public Response list(@PathParam("partnerId") String partnerId,
            @jakarta.ws.rs.QueryParam("notice") String notice, @BeanParam AssociationListRequest request) {
        PartnerEntity partner = scope.partner();
        AssociationLists lists = request.lists(partner.partnerId);
        TemplateInstance page = page(partner, CustomerAssociationForm.empty(), Map.of(),
                new ProfessionalAssociationForm(), Map.of(), notices(notice), new CertificationClaimForm(), Map.of(),
                lists);
        return Response.status(lists.problems().isEmpty() ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .entity(page).build();
    }

    /**
     * A partner admin submits a certification link of one of the partner's professionals (400 with a message per field
     * when it is refused; nothing is saved then).
     */
    @POST
    @Path("certifications")
    @PartnerAdminOnly
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitCertification(@PathParam("partnerId") String partnerId,
            @BeanParam CertificationClaimForm form) {
        PartnerEntity partner = scope.partner();
        try {
            associations.submitCertification(partnerId, form, ruleSetInForce().certifications(), LocalDate.now(clock),
                    user.actor());
            if (isDraft(form.draft)) {
                return done(partnerId, "drafted");
            }
        } catch (FormErrors errors) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(partner, CustomerAssociationForm.empty(),
                    Map.of(), new ProfessionalAssociationForm(), Map.of(), null, form, errors.fields())).build();
        }
        return done(partnerId, "submitted");
    }

    /** The rule set in force today: its catalogue is what a certification link may name. */
    private RuleSet ruleSetInForce() {
        return scorecards.ruleSets().forMonth(YearMonth.now(clock));
    }

    @POST
    @Path("customers")
    @PartnerAdminOnly
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitCustomer(@PathParam("partnerId") String partnerId, @BeanParam CustomerAssociationForm form) {
        PartnerEntity partner = scope.partner();
        try {
            associations.submitCustomer(partnerId, form, user.actor());
            if (isDraft(form.draft)) {
                return done(partnerId, "drafted");
            }
        } catch (FormErrors errors) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(partner, form, errors.fields(),
                    new ProfessionalAssociationForm(), Map.of(), null, new CertificationClaimForm(), Map.of())).build();
        }
        return done(partnerId, "submitted");
    }

    @POST
    @Path("professionals")
    @PartnerAdminOnly
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitProfessional(@PathParam("partnerId") String partnerId,
            @BeanParam ProfessionalAssociationForm form) {
        PartnerEntity partner = scope.partner();
        try {
            associations.submitProfessional(partnerId, form, user.actor());
            if (isDraft(form.draft)) {
                return done(partnerId, "drafted");
            }
        } catch (FormErrors errors) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(partner, CustomerAssociationForm.empty(),
                    Map.of(), form, errors.fields(), null, new CertificationClaimForm(), Map.of())).build();
        }
        return done(partnerId, "submitted");
    }

    @POST
    @Path("{kind}/{id}/withdraw")
    @PartnerAdminOnly
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("partnerId") String partnerId, @PathParam("kind") String kind,
            @PathParam("id") long id, @RestForm Long version) {
        return move(partnerId, kind, id, version, AssociationState.WITHDRAWN, "withdrawn");
    }

    @POST
    @Path("{kind}/{id}/resubmit")
    @PartnerAdminOnly
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resubmit(@PathParam("partnerId") String partnerId, @PathParam("kind") String kind,
            @PathParam("id") long id, @RestForm Long version) {
        return move(partnerId, kind, id, version, AssociationState.SUBMITTED, "resubmitted");
    }

    /** A partner admin's move of an association (no reason asked) through the review model, then back to the list. */
    private Response move(String partnerId, String kind, long id, Long version, AssociationState target,
            String notice) {
        requireVersion(version);
        workflow.moveOrExplain(kind(kind), partnerId, id, version, target, user.actor(), null);
        return done(partnerId, notice);
    }

    /**
     * The edit page of a draft, of an association sent back for changes, or of an approved certification link (409
     * for any other, and for an approved link whose edit is open already).
     */
    @GET
    @Path("{kind}/{id}/edit")
    @PartnerAdminOnly
    public TemplateInstance editPage(@PathParam("partnerId") String partnerId, @PathParam("kind") String kind,
            @PathParam("id") long id) {
        AssociationRecord association = associations.toEdit(kind(kind), partnerId, id);
        return editView(scope.partner(), association, association.version(), filled(association), Map.of());
    }

    /**
     * A partner admin saves the edit of a draft or of an association sent back for changes, and with
     * {@code submit} submits it for review at once (issue 12, point 3). 400 re-renders the page with a message per
     * field (nothing saved), 409 when it is not editable or changed since the page was opened.
     */
    @POST
    @Path("{kind}/{id}/edit")
    @PartnerAdminOnly
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("partnerId") String partnerId, @PathParam("kind") String kind,
            @PathParam("id") long id, @RestForm Long version, @RestForm String submit,
            @BeanParam CustomerAssociationForm customer, @BeanParam ProfessionalAssociationForm professional,
            @BeanParam CertificationClaimForm certification) {
        requireVersion(version);
        AssociationKind what = kind(kind);
        try {
            switch (what) {
                case CUSTOMER -> associations.editCustomer(partnerId, id, version, customer, user.actor());
                case PROFESSIONAL -> associations.editProfessional(partnerId, id, version, professional,
                        user.actor());
                case CERTIFICATION -> {
                    if (associations.editCertification(partnerId, id, version, certification,
                            ruleSetInForce().certifications(), LocalDate.now(clock), user.actor()).newSubmission()) {
                        return done(partnerId, "edit-submitted");
                    }
                }
            }
        } catch (FormErrors errors) {
            AssociationRecord association = associations.toEdit(what, partnerId, id);
            return Response.status(Response.Status.BAD_REQUEST).entity(editView(scope.partner(), association, version,
                    new Filled(customer, professional, certification), errors.fields())).build();
        }
        if (submit != null && !submit.isBlank()) {
            workflow.moveOrExplain(what, partnerId, id, null, AssociationState.SUBMITTED, user.actor(), null);
            return done(partnerId, "resubmitted");
        }
        return done(partnerId, "edited");
    }

    /** The three forms of an edit page, one of them filled (the one of the association's kind). */
    private record Filled(CustomerAssociationForm customer, ProfessionalAssociationForm professional,
            CertificationClaimForm certification) {
    }

    /** The forms filled with the association as it is. */
    private static Filled filled(AssociationRecord a) {
        CustomerAssociationForm customer = new CustomerAssociationForm();
        ProfessionalAssociationForm professional = new ProfessionalAssociationForm();
        CertificationClaimForm certification = new CertificationClaimForm();
        switch (a.kind()) {
            case CUSTOMER -> {
                customer.customerId = a.subjectId();
                customer.customerName = a.subjectName();
                customer.segment = a.detail();
                customer.type = a.type();
                customer.reference = a.reference();
            }
            case PROFESSIONAL -> {
                professional.personId = a.subjectId();
                professional.name = a.subjectName();
                professional.email = a.detail();
            }
            case CERTIFICATION -> {
                certification.personId = a.subjectId();
                boolean catalogued = DataAiCertification.byId(a.detail()).isPresent();
                certification.certificationId = catalogued ? a.detail() : CertificationClaim.OTHER;
                certification.otherName = catalogued ? null : a.detail();
                certification.earned = a.earned() == null ? null : a.earned().toString();
                certification.expires = a.expires() == null ? null : a.expires().toString();
                certification.proof = a.reference();
            }
        }
        return new Filled(customer, professional, certification);
    }

    private TemplateInstance editView(PartnerEntity partner, AssociationRecord association, long version,
            Filled forms, Map<String, String> errors) {
        RuleSet ruleSet = ruleSetInForce();
        return Templates.edit(new EditView(partner, association, version, forms.customer(), forms.professional(),
                forms.certification(), errors, ruleSet.certifications().counting(), ruleSet.id()));
    }

    private TemplateInstance page(PartnerEntity partner, CustomerAssociationForm customerForm,
            Map<String, String> customerErrors, ProfessionalAssociationForm professionalForm,
            Map<String, String> professionalErrors, String notice, CertificationClaimForm certificationForm,
            Map<String, String> certificationErrors) {
        return page(partner, customerForm, customerErrors, professionalForm, professionalErrors, notice,
                certificationForm, certificationErrors, AssociationLists.first(partner.partnerId));
    }

    private TemplateInstance page(PartnerEntity partner, CustomerAssociationForm customerForm,
            Map<String, String> customerErrors, ProfessionalAssociationForm professionalForm,
            Map<String, String> professionalErrors, String notice, CertificationClaimForm certificationForm,
            Map<String, String> certificationErrors, AssociationLists lists) {
        boolean canAdmin = user.membership(partner.partnerId).map(m -> m.admin()).orElse(false);
        RuleSet ruleSet = ruleSetInForce();
        return Templates.associations(new AssociationsView(partner, canAdmin,
                table(partner, AssociationKind.CUSTOMER, lists), table(partner, AssociationKind.PROFESSIONAL, lists),
                customerForm, customerErrors, professionalForm, professionalErrors, notice,
                table(partner, AssociationKind.CERTIFICATION, lists),
                canAdmin ? associations.people(partner.partnerId) : AssociationService.People.NONE,
                ruleSet.certifications().counting(), ruleSet.id(), certificationForm, certificationErrors, lists));
    }

    private AssociationTable table(PartnerEntity partner, AssociationKind kind, AssociationLists lists) {
        return new AssociationTable(kind, associations.list(partner.partnerId, lists.of(kind), true), lists);
    }

    /** Post/redirect/get: back to the list, with a notice chosen from a fixed set (never echoed input). */
    private static Response done(String partnerId, String notice) {
        return Response.seeOther(URI.create("/partners/" + partnerId + "/associations?notice=" + notice)).build();
    }

    private static String notices(String notice) {
        return notice == null ? null : switch (notice) {
            case "submitted" -> "Submitted for review. A reviewer will approve it, reject it or ask for changes.";
            case "drafted" -> "Saved as a draft. Edit it or submit it for review when it is ready.";
            case "edited" -> "Saved. Submit it for review when it is ready.";
            case "withdrawn" -> "Withdrawn. It no longer counts for the score.";
            case "edit-submitted" -> "Your edit was submitted for review. The approved certification link counts as it"
                    + " is until a reviewer decides the edit.";
            case "resubmitted" -> "Submitted again for review.";
            default -> null;
        };
    }

    private static boolean isDraft(String draft) {
        return draft != null && !draft.isBlank();
    }

    private static AssociationKind kind(String slug) {
        return AssociationKind.fromSlug(slug).orElseThrow(() -> new NotFoundException("No such kind of association"));
    }

    /** The version the page showed: without it a stale page could overwrite a newer decision. */
    static void requireVersion(Long version) {
        if (version == null) {
            throw ProblemException.badRequest("The form has no version: reload the page and try again.",
                    List.of("version: required"));
        }
    }
}
