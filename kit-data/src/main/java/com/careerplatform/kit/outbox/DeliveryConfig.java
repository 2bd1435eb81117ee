package com.careerplatform.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

    /** Deliveries sent at once, to different subscribers (each worker is a thread). */
    @WithDefault("4")
    @Min(1)
    @Max(64)
    int workers();

    /**
     * How long a delivery being sent stays claimed: longer than any send may take (a webhook's timeout is
     * 10 s); a relay that stops mid-send leaves the delivery due again after it.
     */
    @WithDefault("1m")
    Duration claimFor();
}
