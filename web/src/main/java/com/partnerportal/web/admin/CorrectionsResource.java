package com.partnerportal.web.admin;

import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Roles;
import com.partnerportal.web.security.ScopedPartner;
import com.partnerportal.web.support.FormPost;
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

    /** Where a post goes back to (post/redirect/get). */
    static final String PAGE = "/admin/partners/{id}/corrections";


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
        return FormPost.submit(() -> corrections.acr(partnerId, form, user.actor()),
                errors -> page(form, new CorrectionForms.Certification(), new CorrectionForms.Deployment(),
                        new CorrectionForms.Customer(), "acr", errors, null),
                PAGE, partnerId, "acr");
    }

    @POST
    @Path("certification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response certification(@PathParam("partnerId") String partnerId,
            @BeanParam CorrectionForms.Certification form) {
        return FormPost.submit(() -> corrections.certification(partnerId, form, user.actor()),
                errors -> page(new CorrectionForms.Acr(), form, new CorrectionForms.Deployment(),
                        new CorrectionForms.Customer(), "certification", errors, null),
                PAGE, partnerId, "certification");
    }

    @POST
    @Path("deployment/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeDeployment(@PathParam("partnerId") String partnerId,
            @BeanParam CorrectionForms.Deployment form) {
        return FormPost.submit(() -> corrections.removeDeployment(partnerId, form, user.actor()),
                errors -> page(new CorrectionForms.Acr(), new CorrectionForms.Certification(), form,
                        new CorrectionForms.Customer(), "deployment", errors, null),
                PAGE, partnerId, "deployment");
    }

    @POST
    @Path("customer/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeCustomer(@PathParam("partnerId") String partnerId, @BeanParam CorrectionForms.Customer form) {
        return FormPost.submit(() -> corrections.removeCustomer(partnerId, form, user.actor()),
                errors -> page(new CorrectionForms.Acr(), new CorrectionForms.Certification(),
                        new CorrectionForms.Deployment(), form, "customer", errors, null),
                PAGE, partnerId, "customer");
    }

    private TemplateInstance page(CorrectionForms.Acr acr, CorrectionForms.Certification certification,
            CorrectionForms.Deployment deployment, CorrectionForms.Customer customer, String failed,
            Map<String, String> errors, String notice) {
        return Templates.corrections(new CorrectionsView(scope.partner(), acr, certification, deployment, customer,
                failed, errors, notice));
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
