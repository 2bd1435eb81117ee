package com.careerplatform.leveling.events;

import com.careerplatform.kit.webhook.WebhookResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** leveling-service's events for HR systems: signed webhooks for finalized leveling decisions, deliveries. */
@Path("/api/v1/events/leveling")
@Tag(name = "Leveling events", description = "Webhooks for finalized leveling decisions, and their deliveries (hr-admin)")
public class LevelingEventsResource extends WebhookResource {
}
