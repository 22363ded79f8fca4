package com.partnerportal.web.admin;

import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.support.FormErrors;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.Roles;
import com.partnerportal.web.view.Page;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Program admins: the partners (create; edit name and anniversary date) and their memberships (add; remove). */
@Path("/admin/partners")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class PartnersResource {

    static final Map<String, Comparator<PartnerEntity>> SORTS = Map.of(
            "id", Comparator.comparing((PartnerEntity p) -> p.partnerId),
            "name", Comparator.comparing((PartnerEntity p) -> p.name).thenComparing(p -> p.partnerId),
            "anniversary", Comparator.comparing((PartnerEntity p) -> p.anniversaryDate,
                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).thenComparing(p -> p.partnerId));

    /** The list page, with the create form (what was typed and its messages). */
    public record PartnersView(Page<PartnerEntity> page, PartnerForm form, Map<String, String> errors, String notice) {
    }

    /** One partner: the edit form, its members and the add-member form. */
    public record PartnerView(PartnerEntity partner, PartnerForm form, Map<String, String> errors,
            List<MembershipEntity> members, MembershipForm memberForm, Map<String, String> memberErrors,
            String notice) {

        public List<String> roles() {
            return List.of(MembershipEntity.PARTNER_USER, MembershipEntity.PARTNER_ADMIN);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance partners(PartnersView view);

        static native TemplateInstance partner(PartnerView view);
    }

    @Inject
    AdminService admin;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance list(@QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("page") String page, @QueryParam("notice") String notice) {
        return listPage(sort, dir, Page.number(page), PartnerForm.empty(), Map.of(), notices(notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam PartnerForm form) {
        PartnerEntity partner;
        try {
            partner = admin.create(form, user.actor());
        } catch (FormErrors errors) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(listPage(null, null, null, form, errors.fields(), null)).build();
        }
        return done(partner.partnerId, "created");
    }

    @GET
    @Path("{partnerId}")
    public TemplateInstance show(@PathParam("partnerId") String partnerId, @QueryParam("notice") String notice) {
        PartnerEntity partner = admin.partner(partnerId);
        return partnerPage(partner, PartnerForm.of(partner), Map.of(), MembershipForm.empty(), Map.of(),
                notices(notice));
    }

    @POST
    @Path("{partnerId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("partnerId") String partnerId, @BeanParam PartnerForm form) {
        try {
            admin.update(partnerId, form, user.actor());
        } catch (FormErrors errors) {
            form.partnerId = partnerId;
            return Response.status(Response.Status.BAD_REQUEST).entity(partnerPage(admin.partner(partnerId), form,
                    errors.fields(), MembershipForm.empty(), Map.of(), null)).build();
        }
        return done(partnerId, "updated");
    }

    @POST
    @Path("{partnerId}/memberships")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@PathParam("partnerId") String partnerId, @BeanParam MembershipForm form) {
        try {
            admin.addMember(partnerId, form, user.actor());
        } catch (FormErrors errors) {
            PartnerEntity partner = admin.partner(partnerId);
            return Response.status(Response.Status.BAD_REQUEST).entity(partnerPage(partner, PartnerForm.of(partner),
                    Map.of(), form, errors.fields(), null)).build();
        }
        return done(partnerId, "member-added");
    }

    @POST
    @Path("{partnerId}/memberships/{membershipId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeMember(@PathParam("partnerId") String partnerId,
            @PathParam("membershipId") long membershipId) {
        admin.removeMember(partnerId, membershipId, user.actor());
        return done(partnerId, "member-removed");
    }

    private TemplateInstance listPage(String sort, String dir, Integer page, PartnerForm form,
            Map<String, String> errors, String notice) {
        return Templates.partners(new PartnersView(Page.of(admin.partners(), SORTS, sort, dir, "id", page), form,
                errors, notice));
    }

    private TemplateInstance partnerPage(PartnerEntity partner, PartnerForm form, Map<String, String> errors,
            MembershipForm memberForm, Map<String, String> memberErrors, String notice) {
        return Templates.partner(new PartnerView(partner, form, errors, admin.memberships(partner.partnerId),
                memberForm, memberErrors, notice));
    }

    /** Post/redirect/get: to the partner's page, with a notice chosen from a fixed set (never echoed input). */
    private static Response done(String partnerId, String notice) {
        return Response.seeOther(UriBuilder.fromPath("/admin/partners/{id}").queryParam("notice", notice)
                .build(partnerId)).build();
    }

    private static String notices(String notice) {
        return notice == null ? null : switch (notice) {
            case "created" -> "Partner created.";
            case "updated" -> "Saved.";
            case "member-added" -> "Member added.";
            case "member-removed" -> "Member removed.";
            default -> null;
        };
    }
}
