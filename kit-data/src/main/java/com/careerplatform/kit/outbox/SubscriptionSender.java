package com.careerplatform.kit.outbox;

import java.util.UUID;

/**
 * Sends one delivery to a {@link Subscription} (the webhook package's sender) and answers the subscriber's
 * HTTP status, or throws {@link DeliveryFailedException}.
 */
public interface SubscriptionSender {

    int send(Subscription subscription, UUID delivery, OutboxEvent event);
}
