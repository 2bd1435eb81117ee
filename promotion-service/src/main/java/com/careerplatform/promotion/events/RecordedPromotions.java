package com.careerplatform.promotion.events;

import com.careerplatform.kit.outbox.EventDestination;
import com.careerplatform.kit.outbox.OutboxEvent;
import com.careerplatform.kit.outbox.SubscriberCall;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The people record (leveling-service) as a subscriber of {@code promotion.decided}: a PROMOTED packet
 * moves its employee's level from the decision's day, sent as the promotion-relay service account; the
 * record takes a packet's promotion once however often it arrives. NOT_YET changes nothing. Pay follows
 * from there: the record tells comp-service of the promotion it took.
 */
@ApplicationScoped
public class RecordedPromotions implements EventDestination {

    private final PromotionsApi people;

    RecordedPromotions(@RestClient PromotionsApi people) {
        this.people = people;
    }

    @Override
    public String name() {
        return "leveling-service";
    }

    @Override
    public boolean wants(String eventType) {
        return "promotion.decided".equals(eventType);
    }

    @Override
    public Integer deliver(OutboxEvent event) {
        JsonNode payload = event.payload();
        if (!"PROMOTED".equals(payload.path("outcome").asText())) {
            return null;
        }
        PromotionsApi.Promotion promotion = new PromotionsApi.Promotion(UUID.fromString(payload.path("packetId").asText()),
                event.id(), payload.path("frameworkSlug").asText(), payload.path("currentLevel").asText(),
                payload.path("targetLevel").asText(), OffsetDateTime.parse(payload.path("decidedAt").asText()).toLocalDate());
        return SubscriberCall.expect("leveling-service", Set.of(200, 201), () -> people.promote(payload.path("employeeId").asText(), promotion));
    }
}
