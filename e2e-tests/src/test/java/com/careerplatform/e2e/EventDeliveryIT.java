package com.careerplatform.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.kit.webhook.WebhookReceiver;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Events are never lost: a promotion decided while leveling-service (the people record) is down moves
 * the level once after its restart, and a replay of the event changes nothing; a promotion taken while
 * comp-service is down reaches it once it is back, exactly once; a promotion-service killed in the middle
 * of a webhook delivery sends it again after its restart.
 */
class EventDeliveryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String LEVELING_EVENTS = "/api/v1/events/leveling";
    private static final List<String> LEVELING_INSTANCES = List.of("leveling-service", "leveling-service-8091");

    @Test
    void aPromotionDecidedWhileTheRecordIsDownMovesTheLevelOnceAfterItsRestartAndAReplayChangesNothing() {
        String packet = Promotions.draftStaffPacket(Promotions.openCycle());
        Promotions.submitAndReview(packet);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LEVELING_INSTANCES.forEach(instance -> Platform.script("stop.sh", instance));
        try {
            Promotions.decide(packet);
            Map<String, Object> pending = Promotions.await("a failed attempt to reach the stopped people record", PATIENCE,
                    () -> {
                        Map<String, Object> delivery = Promotions.recordDelivery(packet);
                        return delivery != null && ((Integer) delivery.get("attempts")) > 0 ? delivery : null;
                    });
            assertEquals("PENDING", pending.get("status"));
        } finally {
            Platform.script("start.sh", "--no-build");
            bothLevelingInstancesServe();
        }

        List<Map<String, Object>> moved = Promotions.await("the promotion in the record after its restart", PATIENCE,
                () -> Promotions.promotionOf(packet));
        assertEquals(1, moved.size(), "one level change for the packet");
        assertEquals("PROMOTED", moved.get(0).get("reason"));
        assertEquals("L6", moved.get(0).get("level"));
        assertEquals(today.toString(), moved.get(0).get("effectiveFrom"));
        Platform.as("alice").queryParam("asOf", today.minusDays(1).toString()).when().get(Promotions.ALICE)
                .then().statusCode(200).body("level", equalTo("L5"));
        Platform.as("alice").queryParam("asOf", today.toString()).when().get(Promotions.ALICE)
                .then().statusCode(200).body("level", equalTo("L6")).body("levelReason", equalTo("PROMOTED"));

        String delivery = (String) Promotions.recordDelivery(packet).get("id");
        Platform.gateway().auth().oauth2(Platform.hrSystemToken())
                .when().post(Promotions.EVENTS + "/deliveries/" + delivery + "/redeliver").then().statusCode(200);
        Promotions.await("the replayed promotion.decided delivered again", PATIENCE, () -> {
            Map<String, Object> replayed = Promotions.recordDelivery(packet);
            return replayed != null && "DELIVERED".equals(replayed.get("status")) ? true : null;
        });
        assertEquals(1, Promotions.promotionOf(packet).size(), "the replayed event changed nothing");
    }

    @Test
    void aPromotionTakenWhileCompServiceIsDownBecomesOneProposalAfterItsRestart() {
        Promotions.recordAlicesPay();
        String packet = Promotions.draftStaffPacket(Promotions.openCycle());
        Set<Object> before = compDeliveries().stream().map(delivery -> delivery.get("id")).collect(Collectors.toSet());
        Platform.script("stop.sh", "comp-service");
        Map<String, Object> pending;
        try {
            Promotions.submitReviewAndPromote(packet);
            pending = Promotions.await("a failed attempt to reach the stopped comp-service", PATIENCE, () ->
                    compDeliveries().stream().filter(delivery -> !before.contains(delivery.get("id")))
                            .filter(delivery -> ((Integer) delivery.get("attempts")) > 0).findFirst().orElse(null));
            assertEquals("PENDING", pending.get("status"));
        } finally {
            Platform.script("start.sh", "--no-build");
        }

        Promotions.await("the delivery to comp-service after its restart", PATIENCE,
                () -> compDeliveries().stream().anyMatch(delivery -> delivery.get("id").equals(pending.get("id"))
                        && "DELIVERED".equals(delivery.get("status"))) ? true : null);
        List<Object> proposals = Platform.as("carl").queryParam("size", 200).when().get("/api/v1/adjustment-proposals")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.sourceEventId == '" + pending.get("eventId") + "' }");
        assertEquals(1, proposals.size(), "one proposal for the promotion, however often it was sent");
    }

    /**
     * Waits until the gateway has both restarted instances back in rotation (it ejected them while they
     * were down), so that the tests after this one meet the platform whole.
     */
    private static void bothLevelingInstancesServe() {
        Promotions.await("both leveling-service instances behind the gateway", PATIENCE, () -> {
            for (int i = 0; i < 10; i++) {
                if (Platform.as("alice").when().get("/api/v1/frameworks/ai-engineer").statusCode() != 200) {
                    return null;
                }
            }
            return true;
        });
    }

    /** leveling-service's deliveries of alice's events to comp-service, newest first. */
    private static List<Map<String, Object>> compDeliveries() {
        Response log = Platform.gateway().auth().oauth2(Platform.hrSystemToken()).queryParam("size", 200)
                .when().get(LEVELING_EVENTS + "/deliveries");
        return log.statusCode() != 200 ? List.of() : log.jsonPath()
                .getList("items.findAll { it.aggregateId == 'E1001' && it.destination == 'comp-service' }");
    }

    @Test
    void killingTheRelayMidDeliveryLosesNoWebhookEvent() throws IOException {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonPath webhook = Promotions.registerWebhook(receiver.url());
            receiver.answer(WebhookReceiver.HOLD);
            try {
                String packet = Promotions.promotedPacket();
                Promotions.await("the first delivery to reach the receiver", PATIENCE,
                        () -> receiver.received().isEmpty() ? null : true);
                killPromotionService();
                Platform.script("start.sh", "--no-build");

                WebhookReceiver.Received delivered = Promotions.await("the delivery after the restart", PATIENCE,
                        () -> receiver.received().stream().filter(request -> request.answered() == 200).findFirst()
                                .orElse(null));
                assertEquals(packet, JsonPath.from(delivered.body()).getString("aggregateId"));
                assertEquals(receiver.received().get(0).header("Career-Event-Id"), delivered.header("Career-Event-Id"),
                        "the event the killed relay was sending");
                assertTrue(WebhookReceiver.signedWith(webhook.getString("secret"), delivered));
            } finally {
                Promotions.deactivateWebhook(webhook.getString("id"));
            }
        }
    }

    /** SIGKILL, so that the relay gets no chance to finish or to record anything. */
    private static void killPromotionService() throws IOException {
        String pid = Files.readString(Platform.pidFile("promotion-service")).strip();
        Platform.run("kill", "-KILL", "--", "-" + pid);
        Promotions.await("promotion-service to die", PATIENCE,
                () -> ProcessHandle.of(Long.parseLong(pid)).map(process -> process.isAlive() ? null : true).orElse(true));
    }
}
