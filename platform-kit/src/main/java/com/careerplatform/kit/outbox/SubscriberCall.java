package com.careerplatform.kit.outbox;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One call of a fixed subscriber's REST API by an {@link EventDestination}: an answer with another status
 * than those accepted, an error answer or no answer at all is a {@link DeliveryFailedException} naming
 * the subscriber and the status, so the relay retries it.
 */
public final class SubscriberCall {

    private SubscriberCall() {
    }

    public static void expect(String subscriber, Set<Integer> accepted, Supplier<Response> call) {
        try (Response response = call.get()) {
            if (!accepted.contains(response.getStatus())) {
                throw new DeliveryFailedException(subscriber + " answered " + response.getStatus(), response.getStatus());
            }
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw new DeliveryFailedException(subscriber + " answered " + status, status, e);
        } catch (ProcessingException e) {
            throw new DeliveryFailedException(subscriber + " not reached", null, e);
        }
    }
}
