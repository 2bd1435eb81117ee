package com.careerplatform.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often the outbox relay runs, and how it retries. */
@ConfigMapping(prefix = "career.delivery")
public interface DeliveryConfig {

    /** How often the relay looks for due deliveries ({@code off}: never, for services without events). */
    @WithDefault("off")
    String every();

    /** Attempts after which a delivery is dead (a dead letter, listed and redelivered by hr-admin). */
    @WithDefault("10")
    int maxAttempts();

    /** The wait after the first failure; it doubles with every further failure. */
    @WithDefault("2s")
    Duration firstBackoff();

    @WithDefault("5m")
    Duration maxBackoff();
}
