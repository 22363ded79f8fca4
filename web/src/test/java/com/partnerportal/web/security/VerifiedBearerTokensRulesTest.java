package com.partnerportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** What {@link VerifiedBearerTokens} keeps and for how long, on a clock and a ticker the test moves. */
class VerifiedBearerTokensRulesTest {

    private static final long NOW = 1_800_000_000L;

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong seconds = new AtomicLong(NOW);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds.get());
        }
    };
    private final Ticker ticker = nanos::get;

    private void advance(Duration by) {
        seconds.addAndGet(by.toSeconds());
        nanos.addAndGet(by.toNanos());
    }

    private VerifiedBearerTokens tokens(long size, Duration maxAge) {
        return new VerifiedBearerTokens(size, maxAge, clock, ticker);
    }

    /** A JWT-shaped token (header.claims.signature; the signature made up: nothing here verifies it). */
    private static String jwt(String claims, String signature) {
        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes()) + "." + base64.encodeToString(claims.getBytes())
                + "." + signature;
    }

    private static SecurityIdentity bearer(String token, String claims) throws Exception {
        return QuarkusSecurityIdentity.builder().addCredential(new AccessTokenCredential(token))
                .setPrincipal(new OidcJwtCallerPrincipal(JwtClaims.parse(claims), null)).build();
    }

    private static final String A = jwt(accessClaims(NOW + 60), "c2lnbmF0dXJl");

    private static String accessClaims(long exp) {
        return "{\"sub\":\"s-1\",\"typ\":\"Bearer\",\"exp\":" + exp + "}";
    }

    @Test
    void anAccessTokenIsFoundUntilItExpires() throws Exception {
        VerifiedBearerTokens tokens = tokens(100, Duration.ofMinutes(5));
        SecurityIdentity identity = bearer(A, accessClaims(NOW + 60));
        tokens.keep(identity);
        assertThat(tokens.find(A)).containsSame(identity);
        advance(Duration.ofSeconds(59));
        assertThat(tokens.find(A)).as("one second before exp").containsSame(identity);
        advance(Duration.ofSeconds(1));
        assertThat(tokens.find(A)).as("at exp").isEmpty();
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterMaxAge() throws Exception {
        VerifiedBearerTokens tokens = tokens(100, Duration.ofMinutes(5));
        tokens.keep(bearer(A, accessClaims(NOW + 3600)));
        advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(tokens.find(A)).isPresent();
        advance(Duration.ofSeconds(1));
        assertThat(tokens.find(A)).as("after max-age, though the token has 55 minutes left").isEmpty();
    }

    @Test
    void onlyTheExactTokenIsFound() throws Exception {
        VerifiedBearerTokens tokens = tokens(100, Duration.ofMinutes(5));
        tokens.keep(bearer(A, accessClaims(NOW + 60)));
        assertThat(tokens.find(A.substring(0, A.length() - 1) + "d")).isEmpty();
        assertThat(tokens.find(A.substring(0, A.length() - 1))).isEmpty();
        assertThat(tokens.find(A + " ")).isEmpty();
    }

    @Test
    void idTokensCodeFlowSessionsAndExpiredTokensAreNotKept() throws Exception {
        VerifiedBearerTokens tokens = tokens(100, Duration.ofMinutes(5));
        tokens.keep(bearer(jwt("{\"t\":\"id.token.1\"}", "c2ln"),
                "{\"sub\":\"s-1\",\"typ\":\"ID\",\"exp\":" + (NOW + 60) + "}"));
        tokens.keep(bearer(jwt("{\"t\":\"id.token.2\"}", "c2ln"),
                "{\"sub\":\"s-1\",\"nonce\":\"n\",\"exp\":" + (NOW + 60) + "}"));
        tokens.keep(bearer(jwt("{\"t\":\"old.token.1\"}", "c2ln"), accessClaims(NOW)));
        SecurityIdentity codeFlow = QuarkusSecurityIdentity
                .builder(bearer(jwt("{\"t\":\"session.token.1\"}", "c2ln"), accessClaims(NOW + 60)))
                .addCredential(new IdTokenCredential("id.of.session")).build();
        tokens.keep(codeFlow);
        assertThat(tokens.find(jwt("{\"t\":\"id.token.1\"}", "c2ln"))).isEmpty();
        assertThat(tokens.find(jwt("{\"t\":\"id.token.2\"}", "c2ln"))).isEmpty();
        assertThat(tokens.find(jwt("{\"t\":\"old.token.1\"}", "c2ln"))).isEmpty();
        assertThat(tokens.find(jwt("{\"t\":\"session.token.1\"}", "c2ln"))).isEmpty();
        tokens.keep(bearer(A, accessClaims(NOW + 60)));
        assertThat(tokens.find(A)).as("the control: an access token is kept by the same cache").isPresent();
    }

    @Test
    void anIdentityServedFromTheCacheIsNotKeptAgainAndSizeZeroTurnsItOff() throws Exception {
        VerifiedBearerTokens tokens = tokens(100, Duration.ofMinutes(5));
        SecurityIdentity served = QuarkusSecurityIdentity.builder(bearer(A, accessClaims(NOW + 60)))
                .addAttribute(VerifiedBearerTokens.FROM_CACHE, Boolean.TRUE).build();
        tokens.keep(served);
        assertThat(tokens.find(A)).isEmpty();
        tokens.keep(bearer(A, accessClaims(NOW + 60)));
        assertThat(tokens.find(A)).as("the control").isPresent();

        VerifiedBearerTokens off = tokens(0, Duration.ofMinutes(5));
        off.keep(bearer(A, accessClaims(NOW + 60)));
        assertThat(off.find(A)).isEmpty();
    }
}
