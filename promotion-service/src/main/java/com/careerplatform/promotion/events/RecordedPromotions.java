package com.careerplatform.promotion.events;

import com.careerplatform.kit.outbox.DeliveryFailedException;
import com.careerplatform.kit.outbox.EventDestination;
import com.careerplatform.kit.outbox.OutboxEvent;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
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
    public void deliver(OutboxEvent event) {
        JsonNode payload = event.payload();
        if (!"PROMOTED".equals(payload.path("outcome").asText())) {
            return;
        }
        PromotionsApi.Promotion promotion = new PromotionsApi.Promotion(UUID.fromString(payload.path("packetId").asText()),
                event.id(), payload.path("frameworkSlug").asText(), payload.path("currentLevel").asText(),
                payload.path("targetLevel").asText(), OffsetDateTime.parse(payload.path("decidedAt").asText()).toLocalDate());
        try (Response response = people.promote(payload.path("employeeId").asText(), promotion)) {
            if (response.getStatus() != 201 && response.getStatus() != 200) {
                throw new DeliveryFailedException("leveling-service answered " + response.getStatus(), response.getStatus());
            }
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw new DeliveryFailedException("leveling-service answered " + status, status, e);
        } catch (ProcessingException e) {
            throw new DeliveryFailedException("leveling-service not reached", null, e);
        }
    }
}
