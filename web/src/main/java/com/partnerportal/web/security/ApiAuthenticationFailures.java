package com.partnerportal.web.security;

import com.partnerportal.web.error.ErrorMappers;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code /api/**} is for programs: a request without valid credentials (none, an expired or foreign token, an
 * ID token) gets <b>401 with an RFC 9457 problem body</b> and {@code WWW-Authenticate: Bearer} — never the
 * login redirect pages get: a filter between authentication and the permission check answers anonymous API
 * requests, a failure handler the ones whose token was refused.
 */
@ApplicationScoped
public class ApiAuthenticationFailures {

    static final String DETAIL = "This API needs a valid access token: send \"Authorization: Bearer <access token>\"";

    /** Between authentication (priority 200) and the permission check (100), which would redirect to the login. */
    static final int PRIORITY = 120;

    void register(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void register(@Observes Filters filters) {
        filters.register(this::requireCredentials, PRIORITY);
    }

    private void requireCredentials(RoutingContext context) {
        if (context.normalizedPath().startsWith("/api/") && isAnonymous(context)) {
            unauthorized(context);
            return;
        }
        context.next();
    }

    private static boolean isAnonymous(RoutingContext context) {
        return !(context.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous();
    }

    private static void unauthorized(RoutingContext context) {
        context.response().setStatusCode(401)
                .putHeader("Content-Type", ErrorMappers.PROBLEM_JSON)
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader("Cache-Control", "no-store")
                .end(new JsonObject().put("type", "about:blank").put("title", "Unauthorized")
                        .put("status", 401).put("detail", DETAIL).encode());
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationFailedException
                || failure instanceof UnauthorizedException || failure instanceof AuthenticationCompletionException
                || failure instanceof AuthenticationRedirectException) {
            if (!context.response().headWritten()) {
                unauthorized(context);
                return;
            }
        }
        context.next();
    }
}
