package com.partnerportal.web.invitations;

import com.partnerportal.persistence.partner.MembershipEntity;
import com.partnerportal.persistence.partner.PartnerEntity;
import com.partnerportal.web.security.CurrentUser;
import com.partnerportal.web.security.PartnerAdminOnly;
import com.partnerportal.web.security.ScopedPartner;
import com.partnerportal.web.support.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * A partner admin's members page, {@code /partners/{partnerId}/members}: the partner's members, its open
 * invitations (revoke) and the invite form. Only that partner's partner admins ({@link PartnerAdminOnly}: others who
 * may see the partner get 403, everyone else 404), so a partner admin invites only into their own partner, and only
 * with a partner role ({@link InvitationForm}).
 */
@Authenticated
@PartnerAdminOnly
@Path("/partners/{partnerId}/members")
@Produces(MediaType.TEXT_HTML)
public class MembersResource {

    public record MembersView(PartnerEntity partner, List<MembershipEntity> members, InvitationsPanel invitations,
            String notice) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(MembersView view);
    }

    @Inject
    ScopedPartner scope;

    @Inject
    CurrentUser user;

    @Inject
    InvitationService invitations;

    @GET
    public TemplateInstance show(@PathParam("partnerId") String partnerId, @QueryParam("notice") String notice) {
        return page(InvitationForm.empty(), Map.of(), null,
                "invitation-revoked".equals(notice) ? "Invitation revoked." : null);
    }

    /** Issues an invitation and shows its link once (200); bad input re-renders the form with 400. */
    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("partnerId") String partnerId, @BeanParam InvitationForm form,
            @Context UriInfo uri) {
        IssuedInvitation issued;
        try {
            issued = invitations.invite(scope.partnerId(), form, user.actor(),
                    InvitationResource.links(uri.getBaseUriBuilder()));
        } catch (FormErrors errors) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(form, errors.fields(), null, null)).build();
        }
        return Response.ok(page(InvitationForm.empty(), Map.of(), issued, null)).header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("invitations/{invitationId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("partnerId") String partnerId, @PathParam("invitationId") long invitationId) {
        invitations.revoke(scope.partnerId(), invitationId, user.actor());
        return Response.seeOther(UriBuilder.fromPath("/partners/{id}/members").queryParam("notice",
                "invitation-revoked").build(scope.partnerId())).build();
    }

    private TemplateInstance page(InvitationForm form, Map<String, String> errors, IssuedInvitation issued,
            String notice) {
        String base = "/partners/" + scope.partnerId() + "/members/invitations";
        return Templates.members(new MembersView(scope.partner(), invitations.members(scope.partnerId()),
                new InvitationsPanel(base, base, invitations.unused(scope.partnerId()), form, errors, issued), notice));
    }
}
