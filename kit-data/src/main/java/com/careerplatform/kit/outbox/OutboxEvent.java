package com.careerplatform.kit.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One event as recorded in the outbox: its id is how consumers recognise a redelivery. */
public record OutboxEvent(UUID id, String type, String aggregateId, JsonNode payload, OffsetDateTime occurredAt) {
}
