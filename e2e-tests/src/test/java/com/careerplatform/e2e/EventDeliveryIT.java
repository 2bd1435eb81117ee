package com.careerplatform.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.kit.webhook.WebhookReceiver;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Events are never lost: a decision taken while comp-service is down reaches it once it is back, exactly
 * once; a promotion-service killed in the middle of a webhook delivery sends it again after its restart.
 */
class EventDeliveryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aPromotionDecidedWhileCompServiceIsDownBecomesOneProposalAfterItsRestart() {
        Promotions.recordAlicesPay();
        String packet = Promotions.draftStaffPacket(Promotions.openCycle());
        Platform.script("stop.sh", "comp-service");
        Map<String, Object> pending;
        try {
            Promotions.submitReviewAndPromote(packet);
            pending = Promotions.await("a failed attempt to reach the stopped comp-service", PATIENCE, () -> {
                Map<String, Object> delivery = Promotions.compDelivery(packet);
                return delivery != null && ((Integer) delivery.get("attempts")) > 0 ? delivery : null;
            });
            assertEquals("PENDING", pending.get("status"));
        } finally {
            Platform.script("start.sh", "--no-build");
        }

        Promotions.await("the delivery to comp-service after its restart", PATIENCE,
                () -> "DELIVERED".equals(Promotions.compDelivery(packet).get("status")) ? true : null);
        List<Object> proposals = Platform.as("carl").queryParam("size", 200).when().get("/api/v1/adjustment-proposals")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.sourceEventId == '" + pending.get("eventId") + "' }");
        assertEquals(1, proposals.size(), "one proposal for the decision, however often it was sent");
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
