package com.careerplatform.gateway.route;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The gateway's route table, upstream limits and protections, from {@code gateway.*} configuration. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Upstream services by name. */
    Map<String, Upstream> upstreams();

    /** Routes by name. */
    Map<String, Route> routes();

    /** How long an upstream may stay silent before the gateway answers 504 (a route may set its own). */
    @WithDefault("PT10S")
    Duration timeout();

    /** How long connecting to an upstream may take before the attempt counts as refused. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /** Pooled HTTP/1.1 connections per upstream URL (Vert.x keeps 5 by default, too few for a gateway). */
    @WithDefault("64")
    int maxConnectionsPerUpstream();

    /**
     * Send exchanges without a request body to the upstreams over HTTP/2 without TLS, by prior knowledge
     * ({@link UpstreamClients}). Off where one upstream URL is an address that balances connections, not
     * requests, over instances (a Kubernetes Service): one connection would reach one instance.
     */
    @WithDefault("true")
    boolean upstreamHttp2();

    /** Largest request body the gateway forwards; larger ones are answered 413. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Longest request URI (path and query) the gateway forwards; longer ones are answered 414. */
    @WithDefault("8192")
    int maxUriLength();

    /** Largest sum of request header names and values the gateway forwards; more is answered 431. */
    @WithDefault("16384")
    int maxHeaderSize();

    Ejection ejection();

    Retry retry();

    /** The rate limit of routes that name none. */
    RateLimit rateLimit();

    /** The rate limit per remote address of requests without a valid token (they get 401, 404 or 429). */
    RateLimit anonymousRateLimit();

    interface Upstream {
        /** Base URLs of the service's instances, balanced round-robin. */
        List<URI> urls();

        /** Exchanges in flight per instance at most (bulkhead); more are answered 503 at once. */
        @WithDefault("64")
        int maxInFlight();
    }

    interface Route {
        /** Path prefix, matched on whole segments: /api/v1/frameworks matches /api/v1/frameworks/x, not /api/v1/frameworksx. */
        String prefix();

        /** Name of the upstream in {@link #upstreams()}. */
        String upstream();

        /** Roles of which the caller needs at least one. */
        List<String> roles();

        /** This route's upstream timeout, when it differs from {@code gateway.timeout}. */
        Optional<Duration> timeout();

        /** This route's rate limit per client, when it differs from {@code gateway.rate-limit}. */
        Optional<RateLimit> rateLimit();
    }

    /** When an instance is taken out of rotation, and how it comes back. */
    interface Ejection {
        /** Failures in a row (refused connection, timeout, broken exchange) that take an instance out. */
        @WithDefault("3")
        int consecutiveFailures();

        /** How long an instance stays out before it gets traffic again. */
        @WithDefault("PT10S")
        Duration duration();

        /** How often an instance that is out is probed at its readiness endpoint, to bring it back early. */
        @WithDefault("PT2S")
        Duration probeInterval();

        @WithDefault("/q/health/ready")
        String probePath();
    }

    /** Retries of idempotent requests after a refused connection or a 503. */
    interface Retry {
        /** Attempts per request, the first one included. */
        @WithDefault("2")
        int maxAttempts();

        @WithDefault("GET,HEAD,OPTIONS,PUT,DELETE")
        Set<String> methods();
    }

    /** A token bucket per route and client (the token's azp and subject): steady rate and burst. */
    interface RateLimit {
        @WithDefault("50")
        int requestsPerSecond();

        @WithDefault("100")
        int burst();
    }
}
