package com.careerplatform.kit.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A registered webhook. {@code secret}, the HMAC key of its signatures, is shown once, in the answer to
 * the registration; it is never read back. The bounds are those a registration accepts.
 */
public record WebhookView(UUID id,
        @Schema(maxLength = 2000) String url,
        @Schema(maxItems = 20) List<@Size(max = 100) String> eventTypes,
        @Schema(maxLength = 500) String description,
        boolean active,
        @Schema(maxLength = 200) String createdBy,
        OffsetDateTime createdAt,
        @Schema(maxLength = 49, pattern = "whsec_[A-Za-z0-9_-]{43}")
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
}
