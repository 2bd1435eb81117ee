package com.careerplatform.gateway.ratelimit;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import java.time.Duration;

/**
 * The answer of a bucket to one request, and the headers that tell the client where it stands
 * ({@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset}, after the IETF RateLimit header fields
 * draft; {@code Retry-After} when refused).
 */
public record RateLimitDecision(boolean allowed, int requestsPerSecond, int burst, long remaining, Duration retryAfter) {

    private static final CharSequence LIMIT = HttpHeaders.createOptimized("RateLimit-Limit");
    private static final CharSequence REMAINING = HttpHeaders.createOptimized("RateLimit-Remaining");
    private static final CharSequence RESET = HttpHeaders.createOptimized("RateLimit-Reset");

    public void writeTo(MultiMap headers) {
        headers.set(LIMIT, String.valueOf(burst));
        headers.set(REMAINING, String.valueOf(remaining));
        headers.set(RESET, String.valueOf(secondsUntilFull()));
        if (!allowed) {
            headers.set("Retry-After", String.valueOf(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
        }
    }

    /** Seconds until the bucket is full again at the steady rate. */
    private long secondsUntilFull() {
        long missing = burst - remaining;
        return (missing + requestsPerSecond - 1) / requestsPerSecond;
    }
}
