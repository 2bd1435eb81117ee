package com.careerplatform.gateway.upstream;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One instance of an upstream service and what the gateway has seen of it. After
 * {@code consecutiveFailuresToEject} failures in a row (refused connections, timeouts, broken
 * exchanges) it is taken out of rotation for the ejection time; then it gets traffic again, and one more
 * failure takes it out again at once. A successful exchange or a passing probe puts it back for good.
 */
public final class UpstreamInstance {

    private final String baseUrl;
    private final int consecutiveFailuresToEject;
    private final long ejectionNanos;
    private final AtomicInteger inFlight = new AtomicInteger();
    private int consecutiveFailures;
    private long ejectedUntil;

    UpstreamInstance(String baseUrl, int consecutiveFailuresToEject, Duration ejection) {
        this.baseUrl = baseUrl;
        this.consecutiveFailuresToEject = consecutiveFailuresToEject;
        this.ejectionNanos = ejection.toNanos();
    }

    /** The base URL, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public synchronized boolean inRotation(long now) {
        return consecutiveFailures < consecutiveFailuresToEject || now - ejectedUntil >= 0;
    }

    public synchronized boolean ejected(long now) {
        return !inRotation(now);
    }

    public synchronized void succeeded() {
        consecutiveFailures = 0;
    }

    public synchronized void failed(long now) {
        consecutiveFailures++;
        if (consecutiveFailures >= consecutiveFailuresToEject) {
            ejectedUntil = now + ejectionNanos;
        }
    }

    /** Takes a slot of the instance's bulkhead; false when all are taken. */
    boolean enter(int maxInFlight) {
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    void leave() {
        inFlight.decrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }
}
