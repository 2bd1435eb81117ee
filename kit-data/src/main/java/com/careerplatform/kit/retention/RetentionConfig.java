package com.careerplatform.kit.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a service keeps what it no longer needs, and how often it sweeps it away. */
@ConfigMapping(prefix = "career.retention")
public interface RetentionConfig {

    /** How often the sweep runs ({@code off}: never). */
    @WithDefault("off")
    String every();

    /** How long a delivered delivery, and an event all of whose deliveries are gone, stay readable. */
    @WithDefault("30d")
    Duration delivered();

    /** How long a dead letter waits for hr-admin to redeliver it before it is removed. */
    @WithDefault("90d")
    Duration deadLetters();
}
