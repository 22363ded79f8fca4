package com.partnerportal.web.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A bearer token must be an <b>access</b> token. An ID token says who logged in to a client; it is not a grant to
 * call an API, yet it carries the same issuer and (the client id as) audience, so the signature, issuer and
 * audience checks let it through. Refused with 401 here:
 * <ul>
 * <li>a token whose {@code typ} claim is not {@code Bearer} (Keycloak marks ID tokens {@code "typ": "ID"});</li>
 * <li>without a {@code typ} claim (Entra ID): a token with a claim only ID tokens carry ({@code nonce},
 * {@code at_hash}, {@code c_hash}); the portal's own logins ask for a nonce ({@code quarkus.oidc.authentication.nonce-required}),
 * so every ID token issued to the portal's code flow carries one, on Keycloak and Entra ID alike.</li>
 * </ul>
 * Code-flow sessions (an ID token credential) are not affected.
 */
@ApplicationScoped
public class AccessTokensOnly implements SecurityIdentityAugmentor {

    static final Set<String> ID_TOKEN_ONLY_CLAIMS = Set.of("nonce", "at_hash", "c_hash");

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        boolean bearer = identity.getCredential(AccessTokenCredential.class) != null
                && identity.getCredential(IdTokenCredential.class) == null;
        if (bearer && identity.getPrincipal() instanceof JsonWebToken token && !isAccessToken(token)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("An ID token is not an access token"));
        }
        return Uni.createFrom().item(identity);
    }

    static boolean isAccessToken(JsonWebToken token) {
        Object typ = token.getClaim("typ");
        if (typ != null) {
            return "Bearer".equalsIgnoreCase(typ.toString().replace("\"", ""));
        }
        return ID_TOKEN_ONLY_CLAIMS.stream().noneMatch(token::containsClaim);
    }
}
