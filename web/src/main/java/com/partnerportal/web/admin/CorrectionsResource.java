package com.partnerportal.web.admin;

import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Roles;
import com.partnerportal.web.security.ScopedPartner;
import com.partnerportal.web.support.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Map;

/**
 * Corrections of a partner's imported records by program admins (issue 12, point 8): an ACR month, a certification's
 * dates, a deployment, a customer. Forms post and redirect; a bad field or a record that is not there re-renders the
 * page with the field's message (400, nothing saved).
 */
@Path("/admin/partners/{partnerId}/corrections")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class CorrectionsResource {

    /** The page: each form as posted (empty when not), the posted form's field errors, a notice. */
    public record CorrectionsView(PartnerEntity partner, CorrectionForms.Acr acr, CorrectionForms.Certification certification,
            CorrectionForms.Deployment deployment, CorrectionForms.Customer customer, String failed,
            Map<String, String> errors, String notice) {

        /** The errors of one form ({@code acr}, {@code certification}, {@code deployment}, {@code customer}). */
        public Map<String, String> errorsOf(String form) {
            return form.equals(failed) ? errors : Map.of();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance corrections(CorrectionsView view);
    }

    @Inject
    RecordCorrectionService corrections;

    @Inject
    ScopedPartner scope;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance show(@PathParam("partnerId") String partnerId, @QueryParam("notice") String notice) {
        return page(new CorrectionForms.Acr(), new CorrectionForms.Certification(), new CorrectionForms.Deployment(),
                new CorrectionForms.Customer(), null, Map.of(), notices(notice));
    }

    @POST
    @Path("acr")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acr(@PathParam("partnerId") String partnerId, @BeanParam CorrectionForms.Acr form) {
        try {
            corrections.acr(partnerId, form, user.actor());
        } catch (FormErrors errors) {
            return refused(page(form, new CorrectionForms.Certification(), new CorrectionForms.Deployment(),
                    new CorrectionForms.Customer(), "acr", errors.fields(), null));
        }
        return done(partnerId, "acr");
    }

    @POST
    @Path("certification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response certification(@PathParam("partnerId") String partnerId,
            @BeanParam CorrectionForms.Certification form) {
        try {
            corrections.certification(partnerId, form, user.actor());
        } catch (FormErrors errors) {
            return refused(page(new CorrectionForms.Acr(), form, new CorrectionForms.Deployment(),
                    new CorrectionForms.Customer(), "certification", errors.fields(), null));
        }
        return done(partnerId, "certification");
    }

    @POST
    @Path("deployment/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeDeployment(@PathParam("partnerId") String partnerId,
            @BeanParam CorrectionForms.Deployment form) {
        try {
            corrections.removeDeployment(partnerId, form, user.actor());
        } catch (FormErrors errors) {
            return refused(page(new CorrectionForms.Acr(), new CorrectionForms.Certification(), form,
                    new CorrectionForms.Customer(), "deployment", errors.fields(), null));
        }
        return done(partnerId, "deployment");
    }

    @POST
    @Path("customer/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeCustomer(@PathParam("partnerId") String partnerId, @BeanParam CorrectionForms.Customer form) {
        try {
            corrections.removeCustomer(partnerId, form, user.actor());
        } catch (FormErrors errors) {
            return refused(page(new CorrectionForms.Acr(), new CorrectionForms.Certification(),
                    new CorrectionForms.Deployment(), form, "customer", errors.fields(), null));
        }
        return done(partnerId, "customer");
    }

    private TemplateInstance page(CorrectionForms.Acr acr, CorrectionForms.Certification certification,
            CorrectionForms.Deployment deployment, CorrectionForms.Customer customer, String failed,
            Map<String, String> errors, String notice) {
        return Templates.corrections(new CorrectionsView(scope.partner(), acr, certification, deployment, customer,
                failed, errors, notice));
    }

    private static Response refused(TemplateInstance page) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page).build();
    }

    /** Post/redirect/get, with a notice chosen from a fixed set (never echoed input). */
    private static Response done(String partnerId, String notice) {
        return Response.seeOther(UriBuilder.fromPath("/admin/partners/{id}/corrections").queryParam("notice", notice)
                .build(partnerId)).build();
    }

    private static String notices(String notice) {
        return notice == null ? null : switch (notice) {
            case "acr" -> "Saved: the ACR of that month. The open month's scorecard follows.";
            case "certification" -> "Saved: the certification. The open month's scorecard follows.";
            case "deployment" -> "Removed: the deployment. The open month's scorecard follows.";
            case "customer" -> "Removed: the customer with everything recorded for it. The open month's scorecard follows.";
            default -> null;
        };
    }
}
