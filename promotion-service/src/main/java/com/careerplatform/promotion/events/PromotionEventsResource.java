package com.careerplatform.promotion.events;

import com.careerplatform.kit.webhook.WebhookResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** promotion-service's events for HR systems: signed webhooks for {@code promotion.decided}, deliveries. */
@Path("/api/v1/events/promotion")
@Tag(name = "Promotion events", description = "Webhooks for promotion decisions, and every subscriber's deliveries (hr-admin)")
public class PromotionEventsResource extends WebhookResource {
}
