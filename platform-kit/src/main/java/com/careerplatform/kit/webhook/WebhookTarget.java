package com.careerplatform.kit.webhook;

import java.util.UUID;

/** Where a webhook delivery goes and the secret it is signed with. */
public record WebhookTarget(UUID subscriptionId, String url, String secret) {
}
