package com.careerplatform.kit.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webhook settings for tests: the given non-public networks allowed, short timeouts. */
final class WebhookConfigs {

    private WebhookConfigs() {
    }

    static WebhookConfig allowing(String... allowedNetworks) {
        return new WebhookConfig() {
            @Override
            public Optional<List<String>> eventTypes() {
                return Optional.empty();
            }

            @Override
            public Optional<List<String>> allowedNetworks() {
                return Optional.of(List.of(allowedNetworks));
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(1);
            }
        };
    }
}
