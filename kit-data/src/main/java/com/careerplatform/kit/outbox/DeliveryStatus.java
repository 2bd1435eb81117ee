package com.careerplatform.kit.outbox;

/** Where a delivery stands: waiting to be sent (again), received by the subscriber, or given up on. */
public enum DeliveryStatus {
    PENDING, DELIVERED, DEAD
}
