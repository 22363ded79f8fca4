package com.partnerportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** Which tokens count as access tokens (the end-to-end test sends Keycloak's real ID token: 401). */
class AccessTokensOnlyTest {

    private static boolean accessToken(String claimsJson) throws Exception {
        return AccessTokensOnly.isAccessToken(new OidcJwtCallerPrincipal(JwtClaims.parse(claimsJson), null));
    }

    @Test
    void keycloakMarksItsTokensWithTyp() throws Exception {
        assertThat(accessToken("{\"sub\":\"a\",\"typ\":\"Bearer\",\"aud\":\"capability-portal\"}")).isTrue();
        assertThat(accessToken("{\"sub\":\"a\",\"typ\":\"ID\",\"aud\":\"capability-portal\"}")).isFalse();
        assertThat(accessToken("{\"sub\":\"a\",\"typ\":\"Refresh\"}")).isFalse();
    }

    @Test
    void withoutTypClaimsOnlyIdTokensCarryGiveThemAway() throws Exception {
        assertThat(accessToken("{\"sub\":\"a\",\"scp\":\"access_as_user\",\"ver\":\"2.0\"}")).isTrue();
        assertThat(accessToken("{\"sub\":\"a\",\"nonce\":\"n-1\",\"ver\":\"2.0\"}")).isFalse();
        assertThat(accessToken("{\"sub\":\"a\",\"at_hash\":\"h\"}")).isFalse();
        assertThat(accessToken("{\"sub\":\"a\",\"c_hash\":\"h\"}")).isFalse();
    }
}
