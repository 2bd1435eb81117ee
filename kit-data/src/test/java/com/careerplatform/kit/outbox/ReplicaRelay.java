package com.careerplatform.kit.outbox;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;

/**
 * A second outbox relay beside the service's own, with workers of its own over the same database: what
 * another replica of the service runs. For tests of relays that claim deliveries at the same time.
 */
public final class ReplicaRelay implements AutoCloseable {

    private final DeliveryRelay relay;

    private ReplicaRelay(DeliveryRelay relay) {
        this.relay = relay;
    }

    public static ReplicaRelay start() {
        ArcContainer container = Arc.container();
        return new ReplicaRelay(new DeliveryRelay(container.instance(DeliveryClaims.class).get(),
                container.instance(DeliveryConfig.class).get(), container.instance(SubscriptionSender.class).get(),
                container.select(EventDestination.class)));
    }

    /** As {@link DeliveryRelay#dispatch()}. */
    public int dispatch() {
        return relay.dispatch();
    }

    @Override
    public void close() throws InterruptedException {
        relay.stop();
    }
}
