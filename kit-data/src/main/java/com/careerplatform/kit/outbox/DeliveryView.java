package com.careerplatform.kit.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event's delivery to one subscriber: {@code destination} names a fixed subscriber (such as
 * comp-service) or is {@code webhook}, with {@code webhookId} saying which. The lengths are those of the
 * {@code outbox_event} and {@code event_delivery} columns.
 */
public record DeliveryView(UUID id, UUID eventId,
        @Schema(maxLength = 100) String eventType,
        @Schema(maxLength = 200) String aggregateId,
        @Schema(maxLength = 200) String destination,
        UUID webhookId, DeliveryStatus status,
        @Schema(minimum = "0", maximum = "" + Integer.MAX_VALUE) int attempts,
        @Schema(description = "HTTP status of the last attempt", minimum = "100", maximum = "999") Integer lastStatus,
        @Schema(maxLength = DeliveryRelay.MAX_ERROR_LENGTH) String lastError,
        OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt, OffsetDateTime createdAt) {
}
