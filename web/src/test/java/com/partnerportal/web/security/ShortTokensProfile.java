package com.partnerportal.web.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The test identity provider (Quarkus' OIDC Dev Service) issuing access and ID tokens that expire after
 * {@link #LIFETIME_SECONDS}, so a test can let a session's tokens expire for real. Two settings only this profile
 * needs, for what the Dev Service cannot do: it puts no nonce into its ID tokens (so none is asked for), and its
 * refresh-token grant returns no new ID token (Keycloak's and Entra ID's do), so Quarkus keeps the session with an
 * internal ID token instead of requiring one (signed with the client secret, here one long enough) — and then checks
 * the code flow's access token at the UserInfo endpoint.
 */
public class ShortTokensProfile implements QuarkusTestProfile {

    static final int LIFETIME_SECONDS = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.oidc.devservices.access-token-expires-in", LIFETIME_SECONDS + "S",
                "quarkus.oidc.devservices.id-token-expires-in", LIFETIME_SECONDS + "S",
                "quarkus.oidc.authentication.nonce-required", "false",
                "quarkus.oidc.authentication.id-token-required", "false",
                "quarkus.oidc.authentication.user-info-required", "true",
                // the internal ID token is signed with the client secret, which must be 256 bits at least
                "quarkus.oidc.credentials.secret", "short-tokens-profile-secret-of-at-least-32-characters",
                // the clock skew Quarkus allows by default would outlast these tokens
                "quarkus.oidc.token.lifespan-grace", "0");
    }
}
