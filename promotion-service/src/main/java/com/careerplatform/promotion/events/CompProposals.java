package com.careerplatform.promotion.events;

import com.careerplatform.kit.outbox.DeliveryFailedException;
import com.careerplatform.kit.outbox.EventDestination;
import com.careerplatform.kit.outbox.OutboxEvent;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * comp-service as a subscriber of {@code promotion.decided}: a PROMOTED decision becomes an adjustment
 * proposal, sent as the promotion-relay service account; comp-service ignores a redelivery by its source
 * event id. Other outcomes need nothing from comp-service.
 */
@ApplicationScoped
public class CompProposals implements EventDestination {

    private final CompApi comp;

    CompProposals(@RestClient CompApi comp) {
        this.comp = comp;
    }

    @Override
    public String name() {
        return "comp-service";
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
        LocalDate effective = OffsetDateTime.parse(payload.path("decidedAt").asText()).toLocalDate();
        CompApi.Proposal proposal = new CompApi.Proposal(payload.path("employeeId").asText(),
                payload.path("targetLevel").asText(), effective, event.id().toString());
        try (Response response = comp.propose(proposal)) {
            if (response.getStatus() != 201) {
                throw new DeliveryFailedException("comp-service answered " + response.getStatus(), response.getStatus());
            }
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw new DeliveryFailedException("comp-service answered " + status, status, e);
        } catch (ProcessingException e) {
            throw new DeliveryFailedException("comp-service not reached", null, e);
        }
    }
}
