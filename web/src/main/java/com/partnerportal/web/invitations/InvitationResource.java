package com.partnerportal.web.invitations;

import com.partnerportal.web.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/**
 * The invitation link, {@code /invitations/{token}}: whoever opens it signed in (any identity provider; the login
 * brings them back here) sees the partner and role and accepts with a CSRF-checked form. The token is the only
 * credential: the route names no partner, so {@code PartnerScope} does not apply — the invitee is not a member yet.
 * An unknown token is a 404; a used, revoked or expired invitation shows why with 410 and changes nothing.
 */
@Authenticated
@Path("/invitations")
@Produces(MediaType.TEXT_HTML)
public class InvitationResource {

    /** The page: the invitation, the token for the form's action, who is signed in, and whether they can be bound. */
    public record InvitationPage(OpenedInvitation invitation, String token, String signedInAs, boolean hasSubject) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invitation(InvitationPage view);
    }

    @Inject
    InvitationService invitations;

    @Inject
    CurrentUser user;

    @GET
    @Path("{token}")
    public Response show(@PathParam("token") String token) {
        OpenedInvitation invitation = invitations.open(token)
                .orElseThrow(() -> new NotFoundException("No such invitation"));
        return page(invitation, token);
    }

    @POST
    @Path("{token}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("token") String token) {
        String subject = user.stableSubject().orElseThrow(() -> new ForbiddenException(
                "Your sign-in carries no stable subject claim, so it cannot be made a member."));
        InvitationService.Accepted accepted = invitations.accept(token, subject, user.displayName(), user.actor());
        if (accepted.refused() != null) {
            return page(accepted.refused(), token);
        }
        return Response.seeOther(UriBuilder.fromPath("/partners/{id}").build(accepted.partnerId())).build();
    }

    private Response page(OpenedInvitation invitation, String token) {
        InvitationPage page = new InvitationPage(invitation, token, user.actor(), user.stableSubject().isPresent());
        return Response.status(invitation.acceptable() ? Response.Status.OK : Response.Status.GONE)
                .entity(Templates.invitation(page)).header("Cache-Control", "no-store").build();
    }

    /** Where the links of new invitations point: {@code <portal>/invitations/{token}}. */
    public static UriBuilder links(UriBuilder base) {
        return base.path(InvitationResource.class).path("{token}");
    }
}
