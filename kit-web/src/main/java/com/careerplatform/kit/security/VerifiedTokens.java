package com.careerplatform.kit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens this service has verified (signature, issuer, audience, expiry), by their exact text, with
 * the identity they gave. Checking a token costs about 85 µs of CPU; a portal or HR system sends the same
 * token thousands of times. A token is taken from here only until its {@code exp} (plus the lifespan
 * grace the verification allows) and at most {@code career.token-cache.max-lifetime} after it was
 * verified, so a changed signing key is trusted no longer than that. The same bytes carry the same
 * signature, issuer and audience, so nothing is weakened; as PostgREST does with its JWT cache. Its hits
 * and misses are the metric {@code cache_gets_total{cache="verified-tokens"}}, there from the start.
 */
@Startup
@ApplicationScoped
public class VerifiedTokens {

    static final String METRIC_NAME = "verified-tokens";
    private static final String BEARER = "Bearer ";

    /** An identity with the expiry of its token, read from the token's claims once. */
    private record Verified(SecurityIdentity identity, long expiresAtEpochSecond) {
    }

    private final Cache<String, Verified> identities;
    private final Clock clock;
    private final long graceSeconds;

    VerifiedTokens(Clock clock, MeterRegistry metrics,
            @ConfigProperty(name = "career.token-cache.max-lifetime", defaultValue = "PT5M") Duration maxLifetime,
            @ConfigProperty(name = "career.token-cache.max-entries", defaultValue = "10000") long maxEntries,
            @ConfigProperty(name = "quarkus.oidc.token.lifespan-grace", defaultValue = "0") long graceSeconds) {
        this.clock = clock;
        this.graceSeconds = graceSeconds;
        // Maintenance on the caller's thread: Caffeine hands it to the common pool otherwise, a thread woken up
        // every few reads (2% of the gateway's CPU in the read benchmark).
        this.identities = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(maxLifetime)
                .executor(Runnable::run).recordStats().build();
        CaffeineCacheMetrics.monitor(metrics, identities, METRIC_NAME);
    }

    /** The identity a token gave when it was verified, while the token is still unexpired. */
    public Optional<SecurityIdentity> find(String token) {
        Verified verified = identities.getIfPresent(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (clock.instant().getEpochSecond() > verified.expiresAtEpochSecond() + graceSeconds) {
            identities.invalidate(token);
            return Optional.empty();
        }
        return Optional.of(verified.identity());
    }

    /** As {@link #find}, for the token of an {@code Authorization: Bearer} header; empty for any other header or none. */
    public Optional<SecurityIdentity> findBearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return find(authorization.substring(BEARER.length()).strip());
    }

    /** Keeps an identity that Quarkus OIDC has just verified from a bearer token. */
    void remember(SecurityIdentity identity) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential != null && identity.getPrincipal() instanceof JsonWebToken jwt) {
            identities.asMap().putIfAbsent(credential.getToken(), new Verified(identity, jwt.getExpirationTime()));
        }
    }
}
