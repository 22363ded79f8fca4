package com.partnerportal.web.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Swagger UI's page starts itself with inline script and style, which the portal's Content-Security-Policy forbids.
 * For {@code /q/swagger-ui} only (served in the demo), the policy is replaced — not added to: a browser enforces every
 * policy it receives — by {@code portal.swagger-ui.content-security-policy}, just before the headers are sent.
 */
@ApplicationScoped
public class SwaggerUiPolicy {

    static final String HEADER = "Content-Security-Policy";
    static final String PATH = "/q/swagger-ui";

    @ConfigProperty(name = "portal.swagger-ui.content-security-policy")
    String policy;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (context.normalizedPath().startsWith(PATH)) {
                context.addHeadersEndHandler(done -> context.response().headers().set(HEADER, policy));
            }
            context.next();
        }, 100);
    }
}
