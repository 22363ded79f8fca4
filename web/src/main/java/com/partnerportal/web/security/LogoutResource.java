package com.partnerportal.web.security;

import io.quarkus.security.Authenticated;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Logout is a form POST with the CSRF token (the header's "Sign out" button), so another site cannot sign a user
 * out. It ends the portal session (the {@code q_session} cookies) and sends the browser to the identity
 * provider's {@code end_session_endpoint} with {@code id_token_hint} and
 * {@code post_logout_redirect_uri=<portal>/signed-out}, which ends the IdP's session too; an IdP without that
 * endpoint: straight to {@code /signed-out}.
 */
@Authenticated
@Path("/logout")
public class LogoutResource {

    @Inject
    OidcSession session;

    @Inject
    OidcConfigurationMetadata metadata;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> logout(@Context UriInfo uri) {
        URI signedOut = uri.getBaseUriBuilder().path("signed-out").build();
        String endSession = metadata.getEndSessionUri();
        JsonWebToken idToken = session.getIdToken();
        URI next = endSession == null ? signedOut : UriBuilder.fromUri(endSession)
                .queryParam("post_logout_redirect_uri", signedOut)
                .queryParam("id_token_hint", idToken != null && idToken.getRawToken() != null ? idToken.getRawToken() : "")
                .build();
        return session.logout().replaceWith(Response.seeOther(next).build());
    }
}
