package com.partnerportal.web.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.vertx.ext.web.RoutingContext;

/**
 * Where {@link VerifiedBearerTokens} meets Quarkus security: an identity provider asked before the OIDC extension's
 * (higher priority), which answers a bearer access token it has kept and otherwise answers nothing, so the OIDC
 * extension verifies it as before; and an augmentor that runs first on whatever the OIDC extension verified and keeps
 * it. Every other augmentor ({@link AccessTokensOnly}) runs on a kept identity as on a fresh one.
 */
public final class KeptBearerIdentities {

    /** Higher than any provider's or augmentor's priority Quarkus and its extensions set (1001 the highest seen). */
    static final int FIRST = 10_000;

    private KeptBearerIdentities() {
    }

    /**
     * Before the OIDC extension's provider (whose priority is 1001, as Quarkus' own providers): a kept identity for
     * the same token, else nothing.
     */
    @ApplicationScoped
    public static class Provider implements IdentityProvider<TokenAuthenticationRequest> {

        @Inject
        VerifiedBearerTokens tokens;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public int priority() {
            return FIRST;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                AuthenticationRequestContext context) {
            if (!(request.getToken() instanceof AccessTokenCredential)) {
                return Uni.createFrom().nullItem();
            }
            return Uni.createFrom().item(tokens.find(request.getToken().getToken())
                    .map(identity -> forThisRequest(identity, request, context))
                    .orElse(null));
        }

        /**
         * The kept identity with this request's own attributes where the OIDC extension put the request's (its routing
         * context and the context to run blocking work in), marked as served from the cache.
         */
        private static SecurityIdentity forThisRequest(SecurityIdentity kept, TokenAuthenticationRequest request,
                AuthenticationRequestContext context) {
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(kept)
                    .addAttribute(AuthenticationRequestContext.class.getName(), context)
                    .addAttribute(VerifiedBearerTokens.FROM_CACHE, Boolean.TRUE);
            RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
            if (routingContext != null) {
                builder.addAttribute(RoutingContext.class.getName(), routingContext);
            }
            return builder.build();
        }
    }

    /** First of the augmentors: keeps what the OIDC extension verified (a bearer access token's identity). */
    @ApplicationScoped
    public static class Keeper implements SecurityIdentityAugmentor {

        @Inject
        VerifiedBearerTokens tokens;

        @Override
        public int priority() {
            return FIRST;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            if (!identity.isAnonymous()) {
                tokens.keep(identity);
            }
            return Uni.createFrom().item(identity);
        }
    }
}
