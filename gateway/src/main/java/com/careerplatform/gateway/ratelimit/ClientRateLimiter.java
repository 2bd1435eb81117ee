package com.careerplatform.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Token buckets, refilled at a steady rate up to a burst: one per route and client (the token's
 * {@code azp} and subject) for authenticated calls, one per remote address for calls without a valid
 * token. Buckets not used for ten minutes are dropped, and there are at most 100,000 at a time, so that
 * a flood of new subjects or addresses cannot exhaust the gateway's memory.
 */
@ApplicationScoped
public class ClientRateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            // Maintenance on the caller's thread, not handed to the common pool (a thread woken up every few reads).
            .executor(Runnable::run)
            .build();

    /** Takes one token from the named bucket, creating it with this rate and burst when new. */
    public RateLimitDecision acquire(String bucket, int requestsPerSecond, int burst) {
        ConsumptionProbe probe = buckets.get(bucket, key -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(burst).refillGreedy(requestsPerSecond, Duration.ofSeconds(1)))
                        .build())
                .tryConsumeAndReturnRemaining(1);
        return new RateLimitDecision(probe.isConsumed(), requestsPerSecond, burst, probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
