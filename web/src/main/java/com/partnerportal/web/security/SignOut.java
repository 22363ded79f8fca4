package com.partnerportal.web.security;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The header's sign-out form ({@code inject:signOut} in the layout): the CSRF token of this request, or none when
 * the page is rendered outside a resource (an error page for an unknown path), where the form is left out.
 */
@Named("signOut")
@RequestScoped
public class SignOut {

    /** Where quarkus-rest-csrf keeps the request's token. */
    static final String CSRF_TOKEN_ATTRIBUTE = "csrf_token";

    @Inject
    CurrentVertxRequest request;

    public String csrfToken() {
        Object token = request.getCurrent() == null ? null : request.getCurrent().get(CSRF_TOKEN_ATTRIBUTE);
        return token == null ? null : token.toString();
    }
}
