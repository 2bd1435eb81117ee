package com.careerplatform.kit.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.kit.outbox.DeliveryFailedException;
import com.careerplatform.kit.outbox.OutboxEvent;
import com.careerplatform.kit.outbox.Subscription;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    /** A name no DNS knows: only the guard's resolver below maps it. */
    private static final String HOST = "hris.example.invalid";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private static WebhookSender sender(String resolvesTo) {
        WebhookConfig config = WebhookConfigs.allowing("127.0.0.0/8");
        WebhookTargetGuard guard = new WebhookTargetGuard(config, host -> {
            if (!host.equals(HOST)) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(resolvesTo)};
        });
        return new WebhookSender(guard, JSON, Clock.systemUTC(), config, vertx);
    }

    private static OutboxEvent event() {
        return new OutboxEvent(UUID.randomUUID(), "promotion.decided", "packet-1", JSON.valueToTree(Map.of("outcome", "PROMOTED")),
                OffsetDateTime.now());
    }

    @Test
    void callsTheAddressTheGuardCheckedAndNamesTheHostWithoutResolvingItAgain() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            int port = URI.create(receiver.url()).getPort();
            String url = "http://" + HOST + ":" + port + "/hooks/career";

            int status = sender("127.0.0.1").send(new Subscription(UUID.randomUUID(), url, "whsec_test"), UUID.randomUUID(), event());

            assertEquals(200, status);
            WebhookReceiver.Received received = receiver.received().get(0);
            assertEquals(HOST + ":" + port, received.header("Host"));
            assertTrue(WebhookReceiver.signedWith("whsec_test", received));
        }
    }

    @Test
    void aHostThatResolvesToARefusedAddressIsNotCalled() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String url = "http://" + HOST + ":" + URI.create(receiver.url()).getPort() + "/hooks/career";

            DeliveryFailedException refused = assertThrows(DeliveryFailedException.class,
                    () -> sender("10.1.2.3").send(new Subscription(UUID.randomUUID(), url, "whsec_test"), UUID.randomUUID(), event()));

            assertTrue(refused.getMessage().startsWith("target refused: url resolves to 10.1.2.3"), refused.getMessage());
            assertEquals(0, receiver.received().size());
        }
    }
}
