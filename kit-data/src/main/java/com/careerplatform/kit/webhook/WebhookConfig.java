package com.careerplatform.kit.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** HR webhooks: which events a service offers, where they may point, how long a receiver may take. */
@ConfigMapping(prefix = "career.webhooks")
public interface WebhookConfig {

    /** The event types this service publishes; a registration may name only these. */
    Optional<List<String>> eventTypes();

    /**
     * Non-public networks (CIDR) webhooks may point at anyway, such as {@code 127.0.0.0/8} for local tests.
     * Empty by default: loopback, private, link-local and other non-public addresses are refused, so the
     * platform cannot be turned against its own network. Targets in these networks may use plain http.
     */
    Optional<List<String>> allowedNetworks();

    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a receiver may take to answer before the attempt counts as failed. */
    @WithDefault("10s")
    Duration timeout();
}
