package com.careerplatform.kit.webhook;

import com.careerplatform.kit.outbox.DeliveryFailedException;
import com.careerplatform.kit.outbox.OutboxEvent;
import com.careerplatform.kit.outbox.Subscription;
import com.careerplatform.kit.outbox.SubscriptionSender;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs one event to a registered webhook, signed ({@link WebhookSignature}). Any 2xx answer counts as
 * received; anything else, a timeout or a refused target is a failure the relay retries. Redirects are
 * not followed: they could lead to an address the guard would refuse.
 */
@ApplicationScoped
public class WebhookSender implements SubscriptionSender {

    private final WebhookTargetGuard guard;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final WebhookConfig config;
    private final HttpClient client;

    WebhookSender(WebhookTargetGuard guard, ObjectMapper mapper, Clock clock, WebhookConfig config) {
        this.guard = guard;
        this.mapper = mapper;
        this.clock = clock;
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public int send(Subscription target, UUID delivery, OutboxEvent event) {
        URI uri;
        try {
            uri = guard.check(target.url());
        } catch (WebhookTargetRefusedException e) {
            throw new DeliveryFailedException("target refused: " + e.getMessage(), null);
        }
        byte[] body = body(event);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "career-platform-webhooks/1")
                .header("Career-Event-Id", event.id().toString())
                .header("Career-Event-Type", event.type())
                .header("Career-Delivery-Id", delivery.toString())
                .header(WebhookSignature.HEADER, WebhookSignature.header(target.secret(), clock.instant().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        int status;
        // The request timeout covers the wait for the headers only; the whole exchange, body included, gets
        // the same bound, or a receiver that trickles its body would hold a relay worker.
        CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            status = exchange.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS).statusCode();
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new DeliveryFailedException("webhook did not answer within " + config.timeout().toMillis() + " ms", null, e);
        } catch (ExecutionException e) {
            throw new DeliveryFailedException("webhook not reached: " + e.getCause().getClass().getSimpleName(), null, e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted while sending", null, e);
        }
        if (status < 200 || status > 299) {
            throw new DeliveryFailedException("webhook answered " + status, status);
        }
        return status;
    }

    private byte[] body(OutboxEvent event) {
        try {
            return mapper.writeValueAsBytes(WebhookPayload.of(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.id() + " cannot be written as JSON", e);
        }
    }
}
