package com.careerplatform.kit.webhook;

import com.careerplatform.kit.outbox.DeliveryFailedException;
import com.careerplatform.kit.outbox.OutboxEvent;
import com.careerplatform.kit.outbox.Subscription;
import com.careerplatform.kit.outbox.SubscriptionSender;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * POSTs one event to a registered webhook, signed ({@link WebhookSignature}), to the address the guard
 * checked: the URL's host is named in {@code Host}, TLS's SNI and the certificate check, and never resolved
 * a second time. Any 2xx answer counts as received; anything else, a timeout or a refused target is a
 * failure the relay retries. Redirects are not followed: they could lead to an address the guard would refuse.
 */
@ApplicationScoped
public class WebhookSender implements SubscriptionSender {

    private final WebhookTargetGuard guard;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final WebhookConfig config;
    private final HttpClient client;

    WebhookSender(WebhookTargetGuard guard, ObjectMapper mapper, Clock clock, WebhookConfig config, Vertx vertx) {
        this.guard = guard;
        this.mapper = mapper;
        this.clock = clock;
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setForceSni(true)
                .setVerifyHost(true));
    }

    @Override
    public int send(Subscription target, UUID delivery, OutboxEvent event) {
        CheckedTarget checked;
        try {
            checked = guard.check(target.url());
        } catch (WebhookTargetRefusedException e) {
            throw new DeliveryFailedException("target refused: " + e.getMessage(), null);
        }
        byte[] body = body(event);
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(checked.uri().toString())
                .setServer(SocketAddress.inetSocketAddress(checked.port(), checked.address().getHostAddress()))
                .setFollowRedirects(false)
                .setIdleTimeout(config.timeout().toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "career-platform-webhooks/1")
                .putHeader("Career-Event-Id", event.id().toString())
                .putHeader("Career-Event-Type", event.type())
                .putHeader("Career-Delivery-Id", delivery.toString())
                .putHeader(WebhookSignature.HEADER, WebhookSignature.header(target.secret(), clock.instant().getEpochSecond(), body));
        // The whole exchange, the answer's body included, has one bound: a receiver that trickles its answer
        // would otherwise hold a relay worker.
        AtomicReference<HttpClientRequest> call = new AtomicReference<>();
        CompletableFuture<Integer> exchange = client.request(request)
                .compose(opened -> {
                    call.set(opened);
                    return opened.send(Buffer.buffer(body));
                })
                .compose(answer -> answer.end().map(done -> answer.statusCode()))
                .toCompletionStage().toCompletableFuture();
        int status;
        try {
            status = exchange.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(call.get());
            throw new DeliveryFailedException("webhook did not answer within " + config.timeout().toMillis() + " ms", null, e);
        } catch (ExecutionException e) {
            throw new DeliveryFailedException("webhook not reached: " + e.getCause().getClass().getSimpleName(), null, e);
        } catch (InterruptedException e) {
            abandon(call.get());
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted while sending", null, e);
        }
        if (status < 200 || status > 299) {
            throw new DeliveryFailedException("webhook answered " + status, status);
        }
        return status;
    }

    private static void abandon(HttpClientRequest call) {
        if (call != null) {
            call.reset();
        }
    }

    private byte[] body(OutboxEvent event) {
        try {
            return mapper.writeValueAsBytes(WebhookPayload.of(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.id() + " cannot be written as JSON", e);
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
