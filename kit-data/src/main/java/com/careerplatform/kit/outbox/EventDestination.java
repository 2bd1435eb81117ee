package com.careerplatform.kit.outbox;

/**
 * A fixed subscriber of a service's events (such as comp-service for {@code promotion.decided}), as a
 * CDI bean. Each event it wants gets its own delivery, retried until {@link #deliver} returns normally or
 * the subscriber refuses it for good.
 * Registered HR webhooks are the other kind of subscriber and need no bean.
 */
public interface EventDestination {

    /** The destination's name in the delivery log; stable, because pending deliveries refer to it. */
    String name();

    boolean wants(String eventType);

    /**
     * Delivers the event and answers the subscriber's HTTP status (null when this event needs no call), or
     * throws {@link DeliveryFailedException}; may be called again for the same event.
     */
    Integer deliver(OutboxEvent event);
}
