package com.careerplatform.gateway.upstream;

import io.vertx.core.http.RequestOptions;
import java.net.URI;
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
    private final String host;
    private final int port;
    private final boolean ssl;
    private final String basePath;
    private final int consecutiveFailuresToEject;
    private final long ejectionNanos;
    private final AtomicInteger inFlight = new AtomicInteger();
    private int consecutiveFailures;
    private long ejectedUntil;

    UpstreamInstance(String baseUrl, int consecutiveFailuresToEject, Duration ejection) {
        this.baseUrl = baseUrl;
        URI uri = URI.create(baseUrl);
        this.host = uri.getHost();
        this.ssl = "https".equalsIgnoreCase(uri.getScheme());
        this.port = uri.getPort() != -1 ? uri.getPort() : ssl ? 443 : 80;
        this.basePath = uri.getRawPath() == null ? "" : uri.getRawPath();
        this.consecutiveFailuresToEject = consecutiveFailuresToEject;
        this.ejectionNanos = ejection.toNanos();
    }

    /** The base URL, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * A request to this instance, {@code pathAndQuery} under the base URL's own path. The base URL is
     * parsed once, at construction: parsing an absolute URI for every request cost the gateway 3% of its CPU.
     */
    public RequestOptions target(String pathAndQuery) {
        return new RequestOptions().setHost(host).setPort(port).setSsl(ssl).setURI(basePath + pathAndQuery);
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
