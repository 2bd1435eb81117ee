package com.careerplatform.kit.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One call of a fixed subscriber's REST API by an {@link EventDestination}: an answer with another status
 * than those accepted, an error answer or no answer at all is a {@link DeliveryFailedException} naming
 * the subscriber, the status and the {@code detail} of its problem answer, so the delivery log says why.
 */
public final class SubscriberCall {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SubscriberCall() {
    }

    /** Calls the subscriber and answers the status it accepted the event with. */
    public static int expect(String subscriber, Set<Integer> accepted, Supplier<Response> call) {
        try (Response response = call.get()) {
            if (!accepted.contains(response.getStatus())) {
                throw refused(subscriber, response);
            }
            return response.getStatus();
        } catch (WebApplicationException e) {
            throw refused(subscriber, e.getResponse());
        } catch (ProcessingException e) {
            throw new DeliveryFailedException(subscriber + " not reached", null, e);
        }
    }

    private static DeliveryFailedException refused(String subscriber, Response response) {
        String detail = detail(response);
        return new DeliveryFailedException(subscriber + " answered " + response.getStatus()
                + (detail == null ? "" : ": " + detail), response.getStatus());
    }

    private static String detail(Response response) {
        try {
            if (!response.hasEntity()) {
                return null;
            }
            JsonNode problem = JSON.readTree(response.readEntity(String.class));
            return problem != null && problem.path("detail").isTextual() ? problem.path("detail").asText() : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
