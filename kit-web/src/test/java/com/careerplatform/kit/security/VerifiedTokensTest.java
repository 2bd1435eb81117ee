package com.careerplatform.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    static final long EXP = 1_800_000_000L;

    record Jwt(long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return "alice";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
        }
    }

    static SecurityIdentity verified(String token, java.security.Principal principal) {
        return QuarkusSecurityIdentity.builder().setPrincipal(principal).addRole("employee")
                .addCredential(new AccessTokenCredential(token)).build();
    }

    static VerifiedTokens at(long epochSecond, Duration maxLifetime) {
        return at(epochSecond, maxLifetime, new SimpleMeterRegistry());
    }

    private static VerifiedTokens at(long epochSecond, Duration maxLifetime, MeterRegistry metrics) {
        return new VerifiedTokens(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC), metrics, maxLifetime,
                100, 10);
    }

    @Test
    void answersAVerifiedTokenUntilItsExpiryPlusTheGrace() {
        VerifiedTokens beforeExpiry = at(EXP - 60, Duration.ofMinutes(5));
        beforeExpiry.remember(verified("token-a", new Jwt(EXP)));
        assertEquals(Set.of("employee"), beforeExpiry.find("token-a").orElseThrow().getRoles());
        assertEquals(Optional.empty(), beforeExpiry.find("token-b"), "another token is verified afresh");

        VerifiedTokens withinGrace = at(EXP + 10, Duration.ofMinutes(5));
        withinGrace.remember(verified("token-a", new Jwt(EXP)));
        assertTrue(withinGrace.find("token-a").isPresent());

        VerifiedTokens afterGrace = at(EXP + 11, Duration.ofMinutes(5));
        afterGrace.remember(verified("token-a", new Jwt(EXP)));
        assertEquals(Optional.empty(), afterGrace.find("token-a"));
    }

    @Test
    void keepsOnlyIdentitiesFromBearerJwts() {
        VerifiedTokens tokens = at(EXP - 60, Duration.ofMinutes(5));
        tokens.remember(verified("opaque", new QuarkusPrincipal("alice")));
        tokens.remember(QuarkusSecurityIdentity.builder().setPrincipal(new Jwt(EXP)).build());
        assertEquals(Optional.empty(), tokens.find("opaque"));
    }

    @Test
    void forgetsAVerificationAfterTheMaximumLifetime() throws InterruptedException {
        VerifiedTokens tokens = at(EXP - 60, Duration.ofMillis(1));
        tokens.remember(verified("token-a", new Jwt(EXP)));
        Thread.sleep(20);
        assertEquals(Optional.empty(), tokens.find("token-a"));
    }

    @Test
    void countsItsHitsAndMisses() {
        MeterRegistry metrics = new SimpleMeterRegistry();
        VerifiedTokens tokens = at(EXP - 60, Duration.ofMinutes(5), metrics);
        tokens.find("token-a");
        tokens.remember(verified("token-a", new Jwt(EXP)));
        tokens.find("token-a");
        tokens.find("token-a");
        assertEquals(2.0, gets(metrics, "hit"));
        assertEquals(1.0, gets(metrics, "miss"));
    }

    private static double gets(MeterRegistry metrics, String result) {
        return metrics.get("cache.gets").tags("cache", VerifiedTokens.METRIC_NAME, "result", result)
                .functionCounter().count();
    }

    @Test
    void findsTheTokenOfABearerAuthorizationHeaderOnly() {
        VerifiedTokens tokens = at(EXP - 60, Duration.ofMinutes(5));
        tokens.remember(verified("token-a", new Jwt(EXP)));
        assertTrue(tokens.findBearer("Bearer token-a").isPresent());
        assertTrue(tokens.findBearer("bearer  token-a ").isPresent(), "the scheme is case-insensitive (RFC 9110 11.1)");
        assertEquals(Optional.empty(), tokens.findBearer("Basic token-a"));
        assertEquals(Optional.empty(), tokens.findBearer("Bearer"));
        assertEquals(Optional.empty(), tokens.findBearer("Bearer token-b"));
        assertEquals(Optional.empty(), tokens.findBearer(null));
    }
}
