package com.careerplatform.kit.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event's delivery to one subscriber: {@code destination} names a fixed subscriber (such as
 * comp-service) or is {@code webhook}, with {@code webhookId} saying which.
 */
public record DeliveryView(UUID id, UUID eventId, String eventType, String aggregateId, String destination,
        UUID webhookId, DeliveryStatus status, int attempts, Integer lastStatus, String lastError,
        OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt, OffsetDateTime createdAt) {
}
