package com.careerplatform.gateway.route;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The gateway's route table and upstream limits, from {@code gateway.*} configuration. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Upstream services by name. */
    Map<String, Upstream> upstreams();

    /** Routes by name. */
    Map<String, Route> routes();

    /** How long an upstream may stay silent before the gateway answers 504. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How long connecting to an upstream may take before the gateway answers 503. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /** Pooled connections per upstream URL (Vert.x keeps 5 by default, too few for a gateway). */
    @WithDefault("64")
    int maxConnectionsPerUpstream();

    /** Largest request body the gateway forwards; larger ones are answered 413. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    interface Upstream {
        /** Base URLs of the service's instances, balanced round-robin. */
        List<URI> urls();
    }

    interface Route {
        /** Path prefix, matched on whole segments: /api/v1/frameworks matches /api/v1/frameworks/x, not /api/v1/frameworksx. */
        String prefix();

        /** Name of the upstream in {@link #upstreams()}. */
        String upstream();

        /** Roles of which the caller needs at least one. */
        List<String> roles();
    }
}
