package com.careerplatform.promotion.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.kit.outbox.DeliveryRelay;
import com.careerplatform.kit.outbox.Outbox;
import com.careerplatform.kit.outbox.ReplicaRelay;
import com.careerplatform.kit.security.PlatformMemberAugmentor;
import com.careerplatform.kit.webhook.WebhookReceiver;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
class WebhookDeliveryTest {

    private static final String EVENTS = "/api/v1/events/promotion";
    private static final String AUDIT = "/api/v1/audit-log/promotion";

    @Inject
    DeliveryRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Outbox outbox;

    private Deliveries deliveries;
    private WebhookReceiver receiver;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void start() throws SQLException {
        deliveries = new Deliveries(dataSource, outbox);
        receiver = WebhookReceiver.start();
        while (relay.deliverNext()) {
            // Deliveries other tests left behind go first.
        }
    }

    @AfterEach
    void stop() throws SQLException {
        deliveries.execute("update webhook_subscription set active = false");
        receiver.close();
    }

    private JsonPath register(String url) {
        return given().contentType("application/json")
                .body("{\"url\": \"" + url + "\", \"eventTypes\": [\"promotion.decided\"], \"description\": \"HRIS sync\"}")
                .when().post(EVENTS + "/webhooks")
                .then().statusCode(201).extract().jsonPath();
    }

    private void relayUntilIdle() throws SQLException {
        while (relay.deliverNext()) {
            // Send everything that is due.
        }
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheEventOnceSuccessfullyAndSigned() throws SQLException {
        JsonPath webhook = register(receiver.url());
        String secret = webhook.getString("secret");
        String target = "webhook:" + webhook.getString("id");
        receiver.answer(500, 503);
        String packet = UUID.randomUUID().toString();
        UUID event = deliveries.decided(packet, "E1001", "PROMOTED");

        relayUntilIdle();
        assertEquals("1", deliveries.column(event, target, "attempts"));
        assertEquals("500", deliveries.column(event, target, "last_status"));
        deliveries.dueNow(event);
        relayUntilIdle();
        assertEquals("503", deliveries.column(event, target, "last_status"));
        deliveries.dueNow(event);
        relayUntilIdle();

        List<WebhookReceiver.Received> received = receiver.received();
        assertEquals(List.of(500, 503, 200), received.stream().map(WebhookReceiver.Received::answered).toList());
        WebhookReceiver.Received success = received.get(2);
        assertTrue(WebhookReceiver.signedWith(secret, success), "signed with the webhook's secret");
        assertFalse(WebhookReceiver.signedWith("whsec_someone-else", success));
        assertEquals(event.toString(), success.header("Career-Event-Id"));
        assertEquals("promotion.decided", success.header("Career-Event-Type"));
        JsonPath body = JsonPath.from(success.body());
        assertEquals(event.toString(), body.getString("id"));
        assertEquals(packet, body.getString("aggregateId"));
        assertEquals("PROMOTED", body.getString("data.outcome"));
        assertEquals("E1001", body.getString("data.employeeId"));
        assertEquals("DELIVERED", deliveries.column(event, target, "status"));

        given().queryParam("webhookId", webhook.getString("id")).when().get(EVENTS + "/deliveries")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].attempts", equalTo(3))
                .body("items[0].destination", equalTo("webhook"))
                .body("items[0].eventType", equalTo("promotion.decided"));
    }

    @Test
    void aReceiverThatRefusesTheEventGetsItOnceAndAReceiverThatIsBusyGetsItAgain() throws SQLException {
        String webhookId = register(receiver.url()).getString("id");
        String target = "webhook:" + webhookId;
        receiver.answer(410);
        UUID refused = deliveries.decided(UUID.randomUUID().toString(), "E1001", "NOT_YET");
        relayUntilIdle();
        assertEquals("DEAD", deliveries.column(refused, target, "status"));
        assertEquals("1", deliveries.column(refused, target, "attempts"));
        assertEquals("410", deliveries.column(refused, target, "last_status"));

        receiver.answer(429);
        UUID busy = deliveries.decided(UUID.randomUUID().toString(), "E1001", "NOT_YET");
        relayUntilIdle();
        assertEquals("PENDING", deliveries.column(busy, target, "status"));
        deliveries.execute("update event_delivery set next_attempt_at = now() where event_id = ?", busy);
        relayUntilIdle();
        assertEquals("DELIVERED", deliveries.column(busy, target, "status"));
        assertEquals("200", deliveries.column(busy, target, "last_status"));
        assertNull(deliveries.column(busy, target, "last_error"));
    }

    @Test
    void aDeadLetterIsListedAndRedeliveredOnRequest() throws SQLException {
        String webhookId = register(receiver.url()).getString("id");
        String target = "webhook:" + webhookId;
        receiver.answer(500);
        UUID event = deliveries.decided(UUID.randomUUID().toString(), "E1001", "NOT_YET");
        deliveries.execute("update event_delivery set attempts = 9 where event_id = ? and target = ?", event, target);
        relayUntilIdle();
        assertEquals("DEAD", deliveries.column(event, target, "status"));

        String delivery = given().queryParam("status", "dead").queryParam("webhookId", webhookId)
                .when().get(EVENTS + "/deliveries")
                .then().statusCode(200)
                .body("items[0].eventId", equalTo(event.toString()))
                .body("items[0].lastStatus", equalTo(500))
                .body("items[0].lastError", equalTo("webhook answered 500"))
                .extract().path("items[0].id");

        given().when().post(EVENTS + "/deliveries/" + delivery + "/redeliver")
                .then().statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("attempts", equalTo(0));
        given().when().post(EVENTS + "/deliveries/" + delivery + "/redeliver")
                .then().statusCode(409)
                .body("detail", containsString("pending already"));
        given().queryParam("resourceType", "event-delivery").queryParam("resourceId", delivery)
                .when().get(AUDIT)
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("event-delivery.redelivered"))
                .body("items[0].actor", equalTo("helen"))
                .body("items[0].before.status", equalTo("DEAD"))
                .body("items[0].after.status", equalTo("PENDING"));
        relayUntilIdle();
        assertEquals("DELIVERED", deliveries.column(event, target, "status"));
        assertEquals(2, receiver.received().size());
    }

    @Test
    void aDeactivatedWebhookGetsNoFurtherEventsAndItsPendingOnesAreDead() throws SQLException {
        String webhookId = register(receiver.url()).getString("id");
        UUID pending = deliveries.decided(UUID.randomUUID().toString(), "E1001", "NOT_YET");

        given().when().delete(EVENTS + "/webhooks/" + webhookId).then().statusCode(204);
        given().when().get(EVENTS + "/webhooks/" + webhookId)
                .then().statusCode(200)
                .body("active", equalTo(false))
                .body("secret", nullValue());
        given().queryParam("resourceType", "webhook").queryParam("resourceId", webhookId)
                .when().get(AUDIT)
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("webhook.deactivated", "webhook.registered")))
                .body("items[0].before.active", equalTo(true))
                .body("items[0].after.active", equalTo(false));
        assertEquals("DEAD", deliveries.column(pending, "webhook:" + webhookId, "status"));
        UUID later = deliveries.decided(UUID.randomUUID().toString(), "E1001", "NOT_YET");
        relayUntilIdle();
        assertEquals(null, deliveries.column(later, "webhook:" + webhookId, "status"));
        assertEquals(0, receiver.received().size());
        given().when().post(EVENTS + "/deliveries/" + deliveries.column(pending, "webhook:" + webhookId, "id") + "/redeliver")
                .then().statusCode(409)
                .body("detail", containsString("deactivated"));
    }

    @Test
    void aReceiverThatDoesNotAnswerHoldsBackNoOtherSubscriber() throws Exception {
        try (WebhookReceiver silent = WebhookReceiver.start()) {
            silent.answer(WebhookReceiver.HOLD);
            String silentTarget = "webhook:" + register(silent.url()).getString("id");
            String target = "webhook:" + register(receiver.url()).getString("id");
            UUID event = deliveries.decided(UUID.randomUUID().toString(), "E1001", "PROMOTED");

            assertTrue(relay.dispatch() >= 2, "both deliveries are handed to workers at once");
            awaitStatus(event, target, "DELIVERED");

            awaitReceived(silent, 1);
            assertEquals("PENDING", deliveries.column(event, silentTarget, "status"), "the silent receiver still holds its request");
        }
    }

    @Test
    void aDeliveryWhoseClaimLapsedIsSentAgain() throws SQLException {
        String target = "webhook:" + register(receiver.url()).getString("id");
        UUID event = deliveries.decided(UUID.randomUUID().toString(), "E1001", "PROMOTED");
        // As a relay leaves it that stopped while sending.
        deliveries.execute("update event_delivery set claim = gen_random_uuid(), claimed_until = now() + interval '1 minute'"
                + " where event_id = ?", event);
        assertFalse(relay.deliverNext(), "claimed by another relay");
        deliveries.execute("update event_delivery set claimed_until = now() - interval '1 second' where event_id = ?", event);

        relayUntilIdle();
        assertEquals("DELIVERED", deliveries.column(event, target, "status"));
        assertEquals(1, receiver.received().size());
    }

    @Test
    void twoRelaysAtOnceDeliverEveryEventOncePerSubscriber() throws Exception {
        try (WebhookReceiver second = WebhookReceiver.start(); ReplicaRelay replica = ReplicaRelay.start()) {
            register(receiver.url());
            register(second.url());
            Set<String> events = new HashSet<>();
            for (int packet = 0; packet < 40; packet++) {
                events.add(deliveries.decided(UUID.randomUUID().toString(), "E1001", "PROMOTED").toString());
            }

            CountDownLatch go = new CountDownLatch(1);
            ExecutorService replicas = Executors.newFixedThreadPool(2);
            for (Runnable dispatch : List.<Runnable>of(relay::dispatch, replica::dispatch)) {
                replicas.execute(() -> {
                    awaitQuietly(go);
                    dispatch.run();
                });
            }
            go.countDown();
            replicas.shutdown();
            for (int wait = 0; wait < 400 && receiver.received().size() + second.received().size() < 80; wait++) {
                Thread.sleep(50);
                relay.dispatch();
                replica.dispatch();
            }
            Thread.sleep(300);

            for (WebhookReceiver subscriber : List.of(receiver, second)) {
                List<String> received = subscriber.received().stream().map(r -> r.header("Career-Event-Id")).toList();
                assertEquals(events.size(), received.size(), "one request per event, no duplicates");
                assertEquals(events, new HashSet<>(received));
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitStatus(UUID event, String target, String status) throws SQLException, InterruptedException {
        for (int wait = 0; wait < 200 && !status.equals(deliveries.column(event, target, "status")); wait++) {
            Thread.sleep(50);
        }
        assertEquals(status, deliveries.column(event, target, "status"));
    }

    private static void awaitReceived(WebhookReceiver receiver, int requests) throws InterruptedException {
        for (int wait = 0; wait < 200 && receiver.received().size() < requests; wait++) {
            Thread.sleep(50);
        }
        assertEquals(requests, receiver.received().size(), "requests received");
    }

    @Test
    void theSecretIsShownOnlyInTheAnswerToTheRegistration() {
        JsonPath webhook = register(receiver.url());
        assertTrue(webhook.getString("secret").startsWith("whsec_"));
        given().when().get(EVENTS + "/webhooks/" + webhook.getString("id"))
                .then().statusCode(200)
                .body("url", equalTo(receiver.url()))
                .body("eventTypes", equalTo(List.of("promotion.decided")))
                .body("createdBy", equalTo("helen"))
                .body("secret", nullValue());
        given().when().get(EVENTS + "/webhooks")
                .then().statusCode(200)
                .body("items.id", hasItem(webhook.getString("id")))
                .body(not(containsString(webhook.getString("secret"))));
        given().queryParam("resourceType", "webhook").queryParam("resourceId", webhook.getString("id"))
                .when().get(AUDIT)
                .then().statusCode(200)
                .body("items[0].after.url", equalTo(receiver.url()))
                .body(not(containsString(webhook.getString("secret"))));
    }

    @Test
    void anHttpsWebhookOnAPublicAddressIsAccepted() {
        given().contentType("application/json")
                .body("{\"url\": \"https://93.184.216.34/career-events\", \"eventTypes\": [\"promotion.decided\"]}")
                .when().post(EVENTS + "/webhooks")
                .then().statusCode(201)
                .header("Location", containsString(EVENTS + "/webhooks/"))
                .body("active", equalTo(true));
    }

    @Test
    void refusesTargetsThePlatformMustNotCall() {
        for (String url : List.of("http://10.1.2.3/hook", "https://192.168.0.10/hook", "https://169.254.169.254/latest",
                "https://[::1]/hook", "https://[fd00::1]/hook", "ftp://93.184.216.34/hook", "http://93.184.216.34/hook",
                "https://admin:secret@93.184.216.34/hook", "not a url")) {
            given().contentType("application/json")
                    .body("{\"url\": \"" + url + "\", \"eventTypes\": [\"promotion.decided\"]}")
                    .when().post(EVENTS + "/webhooks")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", startsWith("url "));
        }
    }

    @Test
    void refusesEventTypesThisServiceDoesNotPublish() {
        given().contentType("application/json")
                .body("{\"url\": \"" + receiver.url() + "\", \"eventTypes\": [\"leveling-decision.finalized\"]}")
                .when().post(EVENTS + "/webhooks")
                .then().statusCode(422)
                .body("detail", containsString("promotion.decided"));
    }

    @Test
    void refusesMalformedRegistrations() {
        for (String body : List.of("{\"eventTypes\": [\"promotion.decided\"]}",
                "{\"url\": \"" + receiver.url() + "\", \"eventTypes\": []}",
                "{\"url\": \"" + receiver.url() + "\", \"eventTypes\": [\"promotion.decided\"], \"secret\": \"mine\"}",
                "{\"url\": \"" + receiver.url() + "\", \"eventTypes\": \"promotion.decided\"}",
                "{\"url\": \"" + "x".repeat(2001) + "\", \"eventTypes\": [\"promotion.decided\"]}",
                "{\"url\": ")) {
            given().contentType("application/json").body(body)
                    .when().post(EVENTS + "/webhooks")
                    .then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void refusesBadQueriesAndUnknownIds() {
        given().queryParam("status", "LOST").when().get(EVENTS + "/deliveries")
                .then().statusCode(400).body("detail", containsString("PENDING"));
        given().queryParam("webhookId", "42").when().get(EVENTS + "/deliveries")
                .then().statusCode(400).body("detail", containsString("UUID"));
        given().queryParam("size", 0).when().get(EVENTS + "/webhooks").then().statusCode(400);
        given().when().get(EVENTS + "/webhooks/" + UUID.randomUUID()).then().statusCode(404);
        given().when().delete(EVENTS + "/webhooks/" + UUID.randomUUID()).then().statusCode(404);
        given().when().post(EVENTS + "/deliveries/" + UUID.randomUUID() + "/redeliver").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "quinn", roles = "promotion-committee", augmentors = PlatformMemberAugmentor.class)
    void onlyHrAdminManagesWebhooksAndDeliveries() {
        given().contentType("application/json")
                .body("{\"url\": \"" + receiver.url() + "\", \"eventTypes\": [\"promotion.decided\"]}")
                .when().post(EVENTS + "/webhooks").then().statusCode(403);
        given().when().get(EVENTS + "/webhooks").then().statusCode(403);
        given().when().get(EVENTS + "/webhooks/" + UUID.randomUUID()).then().statusCode(403);
        given().when().delete(EVENTS + "/webhooks/" + UUID.randomUUID()).then().statusCode(403);
        given().when().get(EVENTS + "/deliveries").then().statusCode(403);
        given().when().post(EVENTS + "/deliveries/" + UUID.randomUUID() + "/redeliver").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void anEmployeeCannotRegisterAWebhook() {
        given().contentType("application/json")
                .body("{\"url\": \"" + receiver.url() + "\", \"eventTypes\": [\"promotion.decided\"]}")
                .when().post(EVENTS + "/webhooks").then().statusCode(403);
    }

    @Test
    @TestSecurity
    void anonymousCallersAreUnauthenticated() {
        given().when().get(EVENTS + "/deliveries").then().statusCode(401);
        given().when().get(EVENTS + "/webhooks").then().statusCode(401);
    }
}
