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
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A partner's customer and professional associations: partner users read them; partner admins submit new ones,
 * withdraw pending ones and resubmit those sent back for changes.
 */
@Authenticated
@Path("/partners/{partnerId}/associations")
@Produces(MediaType.TEXT_HTML)
public class AssociationsResource {

    /** What the page shows: both lists, the two forms (with what was typed and its messages) and a notice. */
    public record AssociationsView(PartnerEntity partner, boolean canAdmin, List<AssociationRow> customers,
            List<AssociationRow> professionals, CustomerAssociationForm customerForm, Map<String, String> customerErrors,
            ProfessionalAssociationForm professionalForm, Map<String, String> professionalErrors, String notice) {

        public List<String> segments() {
            return Forms.names(Segment.class);
        }

        public List<String> types() {
            return Forms.names(AssociationType.class);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance associations(AssociationsView view);
    }

    @Inject
    ScopedPartner scope;

    @Inject
    CurrentUser user;

    @Inject
    AssociationService associations;

    @Inject
    AssociationWorkflow workflow;

    @GET
    public TemplateInstance list(@PathParam("partnerId") String partnerId,
            @jakarta.ws.rs.QueryParam("notice") String notice) {
        PartnerEntity partner = scope.partner();
        return page(partner, CustomerAssociationForm.empty(), Map.of(), new ProfessionalAssociationForm(), Map.of(),
                notices(notice));
    }

    @POST
    @Path("customers")
    @PartnerAdminOnly
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitCustomer(@PathParam("partnerId") String partnerId, @BeanParam CustomerAssociationForm form) {
        PartnerEntity partner = scope.partner();
        try {
            associations.submitCustomer(partnerId, form, user.actor());
        } catch (FormErrors errors) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(partner, form, errors.fields(),
                    new ProfessionalAssociationForm(), Map.of(), null)).build();
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
        } catch (FormErrors errors) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(partner, CustomerAssociationForm.empty(),
                    Map.of(), form, errors.fields(), null)).build();
        }
        return done(partnerId, "submitted");
    }

    @POST
    @Path("{kind}/{id}/withdraw")
    @PartnerAdminOnly
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("partnerId") String partnerId, @PathParam("kind") String kind,
            @PathParam("id") long id, @RestForm Long version) {
        requireVersion(version);
        workflow.moveOrExplain(kind(kind), partnerId, id, version, AssociationState.WITHDRAWN, user.actor(), null);
        return done(partnerId, "withdrawn");
    }

    @POST
    @Path("{kind}/{id}/resubmit")
    @PartnerAdminOnly
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resubmit(@PathParam("partnerId") String partnerId, @PathParam("kind") String kind,
            @PathParam("id") long id, @RestForm Long version) {
        requireVersion(version);
        workflow.moveOrExplain(kind(kind), partnerId, id, version, AssociationState.SUBMITTED, user.actor(), null);
        return done(partnerId, "resubmitted");
    }

    private TemplateInstance page(PartnerEntity partner, CustomerAssociationForm customerForm,
            Map<String, String> customerErrors, ProfessionalAssociationForm professionalForm,
            Map<String, String> professionalErrors, String notice) {
        boolean canAdmin = user.membership(partner.partnerId).map(m -> m.admin()).orElse(false);
        return Templates.associations(new AssociationsView(partner, canAdmin,
                associations.customerAssociations(partner.partnerId),
                associations.professionalAssociations(partner.partnerId), customerForm, customerErrors,
                professionalForm, professionalErrors, notice));
    }

    /** Post/redirect/get: back to the list, with a notice chosen from a fixed set (never echoed input). */
    private static Response done(String partnerId, String notice) {
        return Response.seeOther(URI.create("/partners/" + partnerId + "/associations?notice=" + notice)).build();
    }

    private static String notices(String notice) {
        return notice == null ? null : switch (notice) {
            case "submitted" -> "Submitted for review. A reviewer will approve it, reject it or ask for changes.";
            case "withdrawn" -> "Withdrawn.";
            case "resubmitted" -> "Submitted again for review.";
            default -> null;
        };
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
