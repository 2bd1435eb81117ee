package com.careerplatform.gateway.ratelimit;

import com.careerplatform.gateway.route.RouteTable;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * A token bucket per route and client (the token's {@code azp} and subject), refilled at the route's
 * rate up to its burst. Buckets of clients not seen for ten minutes are dropped, and there are at most
 * 100,000 at a time, so that a flood of new subjects cannot exhaust the gateway's memory.
 */
@ApplicationScoped
public class ClientRateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    /** Empty when the request may pass; otherwise how long the client should wait. */
    public Optional<Duration> acquire(RouteTable.Route route, String client) {
        Bucket bucket = buckets.get(route.name() + " " + client, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(route.burst())
                        .refillGreedy(route.requestsPerSecond(), Duration.ofSeconds(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
