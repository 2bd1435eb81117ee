package com.careerplatform.kit.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A webhook registration: where to POST and which of the service's event types to send. */
public record WebhookRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> eventTypes,
        @Size(max = 500) String description) {
}
