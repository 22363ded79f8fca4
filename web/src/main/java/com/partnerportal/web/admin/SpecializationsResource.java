package com.partnerportal.web.admin;

import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Roles;
import com.partnerportal.web.security.ScopedPartner;
import com.partnerportal.web.support.FormPost;
import com.partnerportal.web.support.Limits;
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
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A partner's specializations, maintained by program admins (issue 12, point 7): the nine of Data &amp; AI with the
 * day each was earned, and the count held under the other Azure designations. Forms post and redirect; a bad field
 * re-renders the page with its message (400, nothing saved); a stale page is a 409.
 */
@Path("/admin/partners/{partnerId}/specializations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class SpecializationsResource {

    /** Where a post goes back to (post/redirect/get). */
    static final String PAGE = "/admin/partners/{id}/specializations";


    /** The page: the nine with what the partner holds, the forms as posted, each form's field errors, a notice. */
    public record SpecializationsView(PartnerEntity partner, List<SpecializationAdminService.Held> held,
            SpecializationForm form, Map<String, String> errors, OtherSpecializationsForm other,
            Map<String, String> otherErrors, String notice) {

        /** The largest count the other-designations field takes. */
        public int otherMax() {
            return Limits.OTHER_AZURE_SPECIALIZATIONS;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance specializations(SpecializationsView view);
    }

    @Inject
    SpecializationAdminService service;

    @Inject
    ScopedPartner scope;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance show(@PathParam("partnerId") String partnerId, @QueryParam("notice") String notice) {
        return page(partnerId, SpecializationForm.empty(), Map.of(), null, Map.of(), notices(notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hold(@PathParam("partnerId") String partnerId, @BeanParam SpecializationForm form) {
        return FormPost.submit(() -> service.hold(partnerId, form, user.actor()),
                errors -> page(partnerId, form, errors, null, Map.of(), null), PAGE, partnerId, "held");
    }

    @POST
    @Path("remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response drop(@PathParam("partnerId") String partnerId, @RestForm String specialization) {
        return FormPost.submit(() -> service.drop(partnerId, specialization, user.actor()),
                errors -> page(partnerId, SpecializationForm.empty(), errors, null, Map.of(), null), PAGE, partnerId,
                "dropped");
    }

    @POST
    @Path("other")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response other(@PathParam("partnerId") String partnerId, @BeanParam OtherSpecializationsForm form) {
        return FormPost.submit(() -> service.other(partnerId, form, user.actor()),
                errors -> page(partnerId, SpecializationForm.empty(), Map.of(), form, errors, null), PAGE, partnerId,
                "other");
    }

    private TemplateInstance page(String partnerId, SpecializationForm form, Map<String, String> errors,
            OtherSpecializationsForm other, Map<String, String> otherErrors, String notice) {
        PartnerEntity partner = scope.partner();
        OtherSpecializationsForm shown = other != null ? other
                : OtherSpecializationsForm.of(partner.otherAzureSpecializations, partner.version);
        return Templates.specializations(new SpecializationsView(partner, service.held(partnerId), form, errors,
                shown, otherErrors, notice));
    }

    private static String notices(String notice) {
        return notice == null ? null : switch (notice) {
            case "held" -> "Saved: the specialization and the day it was earned.";
            case "dropped" -> "Removed: the partner no longer holds that specialization.";
            case "other" -> "Saved: the specializations held under the other Azure designations.";
            default -> null;
        };
    }
}
