package com.careerplatform.kit.webhook;

import com.careerplatform.kit.outbox.OutboxEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The body of a webhook request: the event's envelope, with the event's own data under {@code data}. */
record WebhookPayload(UUID id, String type, String aggregateId, OffsetDateTime occurredAt, JsonNode data) {

    static WebhookPayload of(OutboxEvent event) {
        return new WebhookPayload(event.id(), event.type(), event.aggregateId(), event.occurredAt(), event.payload());
    }
}
