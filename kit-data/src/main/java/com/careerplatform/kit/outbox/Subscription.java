package com.careerplatform.kit.outbox;

import java.util.UUID;

/** A subscriber registered through the API (an HR webhook): where its deliveries go and the secret they are signed with. */
public record Subscription(UUID id, String url, String secret) {
}
