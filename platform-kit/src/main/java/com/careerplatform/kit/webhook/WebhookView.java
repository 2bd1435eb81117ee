package com.careerplatform.kit.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A registered webhook. {@code secret}, the HMAC key of its signatures, is shown once, in the answer to
 * the registration; it is never read back.
 */
public record WebhookView(UUID id, String url, List<String> eventTypes, String description, boolean active,
        String createdBy, OffsetDateTime createdAt, @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
}
