package com.partnerportal.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer access tokens this node has verified, with the identity the OIDC extension made of each, kept until the
 * token expires (or for {@code portal.security.bearer-token-cache.max-age}, whichever comes first). An API client or a
 * script sends the same token on every call for its lifetime; verifying its signature and claims again each time was
 * 15–20 % of a kept dashboard's cost (JFR, {@code docs/performance.md}). What is skipped on a hit is only the work whose
 * answer cannot change for the same token string before it expires: the signature (the key is keyed by the SHA-256
 * of the whole token, signature included, so a token altered in any byte is verified afresh), issuer, audience and
 * lifetime. What still runs on every request: the augmentors ({@link AccessTokensOnly}), the partner checks and the
 * memberships (read from the database per request), so a membership removed or a role taken away in the portal
 * applies at once. What is deferred by at most {@code max-age}: the identity provider removing the signing key from
 * its JWKS (a token already verified under it stays accepted until it expires or its entry ages out) — the same as
 * for any locally verified JWT, which is never checked for revocation. Only access tokens presented as bearer tokens
 * are kept: never code-flow sessions, ID tokens or tokens that failed.
 */
@ApplicationScoped
public class VerifiedBearerTokens {

    /** The identity attribute marking an identity served from here (so it is not kept again). */
    static final String FROM_CACHE = "portal.bearer-token-cache.hit";

    private final Cache<String, Kept> kept;
    private final Clock clock;
    private final Duration maxAge;
    private final boolean enabled;

    private record Kept(SecurityIdentity identity, long expiresAtEpochSecond) {
    }

    @Inject
    VerifiedBearerTokens(
            @ConfigProperty(name = "portal.security.bearer-token-cache.maximum-size", defaultValue = "10000") long size,
            @ConfigProperty(name = "portal.security.bearer-token-cache.max-age", defaultValue = "PT5M") Duration maxAge,
            MeterRegistry registry) {
        this(size, maxAge, Clock.systemUTC(), Ticker.systemTicker());
        CaffeineCacheMetrics.monitor(registry, kept, "bearer-tokens");
    }

    /** For tests: a clock for the tokens' expiry and a ticker for the cache's own ageing, both movable. */
    VerifiedBearerTokens(long size, Duration maxAge, Clock clock, Ticker ticker) {
        this.clock = clock;
        this.maxAge = maxAge;
        this.enabled = size > 0 && !maxAge.isZero() && !maxAge.isNegative();
        this.kept = Caffeine.newBuilder().maximumSize(Math.max(size, 0)).ticker(ticker).recordStats()
                .expireAfter(new Expiry<String, Kept>() {
                    @Override
                    public long expireAfterCreate(String key, Kept value, long now) {
                        long untilExpiry = value.expiresAtEpochSecond() * 1_000_000_000L - clock.millis() * 1_000_000L;
                        return Math.max(0, Math.min(untilExpiry, maxAge.toNanos()));
                    }

                    @Override
                    public long expireAfterUpdate(String key, Kept value, long now, long current) {
                        return expireAfterCreate(key, value, now);
                    }

                    @Override
                    public long expireAfterRead(String key, Kept value, long now, long current) {
                        return current;
                    }
                }).build();
    }

    /** The identity kept for this exact token, if it was verified here and has not expired since. */
    Optional<SecurityIdentity> find(String token) {
        if (!enabled) {
            return Optional.empty();
        }
        Kept found = kept.getIfPresent(key(token));
        if (found == null || clock.instant().getEpochSecond() >= found.expiresAtEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(found.identity());
    }

    /**
     * Keeps the identity the OIDC extension verified, when it is a bearer access token's: an access-token credential
     * without an ID token (a code-flow session has both), a JWT principal that is an access token by
     * {@link AccessTokensOnly}'s rule, and an expiry in the future.
     */
    void keep(SecurityIdentity identity) {
        if (!enabled || identity.getAttribute(FROM_CACHE) != null) {
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.isOpaque() || identity.getCredential(IdTokenCredential.class) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || !AccessTokensOnly.isAccessToken(jwt)) {
            return;
        }
        long expiresAt = jwt.getExpirationTime();
        if (expiresAt <= clock.instant().getEpochSecond()) {
            return;
        }
        kept.put(key(credential.getToken()), new Kept(identity, expiresAt));
    }

    /** How the cache has done (for tests and {@code /q/metrics}: {@code cache_gets_total{cache="bearer-tokens"}}). */
    CacheStats stats() {
        return kept.stats();
    }

    private static String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
