package com.careerplatform.leveling.events;

import com.careerplatform.kit.outbox.EventDestination;
import com.careerplatform.kit.outbox.OutboxEvent;
import com.careerplatform.kit.outbox.SubscriberCall;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * comp-service as a subscriber of {@code person.promoted}: a promotion the people record took becomes an
 * adjustment proposal into the new level's band, sent as the leveling-relay service account; comp-service
 * ignores a redelivery by its source event id. Promotions reach comp-service only once the record holds
 * them, so the level it checks against is already the new one.
 */
@ApplicationScoped
public class CompAdjustments implements EventDestination {

    static final String PROMOTED = "person.promoted";

    private final CompApi comp;

    CompAdjustments(@RestClient CompApi comp) {
        this.comp = comp;
    }

    @Override
    public String name() {
        return "comp-service";
    }

    @Override
    public boolean wants(String eventType) {
        return PROMOTED.equals(eventType);
    }

    @Override
    public Integer deliver(OutboxEvent event) {
        JsonNode payload = event.payload();
        CompApi.Proposal proposal = new CompApi.Proposal(payload.path("employeeId").asText(),
                payload.path("level").asText(), LocalDate.parse(payload.path("effectiveFrom").asText()),
                event.id().toString());
        return SubscriberCall.expect("comp-service", Set.of(201), () -> comp.propose(proposal));
    }
}
