package com.partnerportal.web.home;

import jakarta.annotation.security.PermitAll;

import io.quarkus.security.Authenticated;

import com.partnerportal.web.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The page a user lands on after login; and the page after logout. */
@Authenticated
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home();

        static native TemplateInstance noAccess();

        static native TemplateInstance signedOut();
    }

    @Inject
    CurrentUser user;

    @GET
    public Response home() {
        if (!user.hasAccess()) {
            return Response.status(Response.Status.FORBIDDEN).entity(Templates.noAccess()).build();
        }
        if (!user.isStaff() && user.memberships().size() == 1) {
            // A partner user lands on their own partner's dashboard.
            return Response.seeOther(URI.create("/partners/" + user.memberships().get(0).partnerId())).build();
        }
        return Response.ok(Templates.home()).build();
    }

    @GET
    @Path("signed-out")
    @PermitAll
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
