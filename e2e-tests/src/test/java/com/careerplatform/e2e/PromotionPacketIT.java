package com.careerplatform.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.kit.webhook.WebhookReceiver;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An employee drafts a staff packet (the promotion service asks the real leveling-service); only those concerned
 * see it; evidence, readiness, submission, the manager's endorsement, three committee reviews and the
 * decision follow with real tokens. The decision moves alice's level in the people record, which makes it an
 * adjustment proposal at comp-service, and the HR system's webhook, which fails twice, then receives it
 * once successfully, signed.
 */
class PromotionPacketIT {

    @Test
    void aStaffPacketGoesFromDraftToPromotedAndTheDecisionReachesCompServiceAndTheHrSystem() {
        try (WebhookReceiver hris = WebhookReceiver.start()) {
            JsonPath webhook = Promotions.registerWebhook(hris.url());
            hris.answer(500, 503);
            try {
                String packet = promote();
                assertProposalReachesCompService();
                assertHrSystemReceivesTheSignedDecisionOnce(hris, webhook.getString("secret"), packet);
            } finally {
                Promotions.deactivateWebhook(webhook.getString("id"));
            }
        }
    }

    @Test
    void aRetriedCycleOrPacketIsCreatedOnceAndAPersonHasOnePacketPerCycle() {
        String cycleBody = """
                {"name": "e2e retried %s", "frameworkSlug": "ai-engineer", "submissionOpens": "2026-01-01", "submissionCloses": "2030-12-31"}
                """.formatted(UUID.randomUUID());
        String cycleKey = UUID.randomUUID().toString();
        String cycle = Platform.as("helen").header("Idempotency-Key", cycleKey).contentType("application/json").body(cycleBody)
                .when().post("/api/v1/promotion-cycles").then().statusCode(201).extract().path("id");
        Platform.as("helen").header("Idempotency-Key", cycleKey).contentType("application/json").body(cycleBody)
                .when().post("/api/v1/promotion-cycles")
                .then().statusCode(201).header("Idempotency-Replayed", "true").body("id", equalTo(cycle));

        Promotions.aliceAtL5();
        String packetBody = """
                {"cycleId": "%s", "targetLevel": "L6", "archetype": "TECH_LEAD", "narrative": "Led the company-wide LLM gateway."}
                """.formatted(cycle);
        String packetKey = UUID.randomUUID().toString();
        String packet = Platform.as("alice").header("Idempotency-Key", packetKey).contentType("application/json").body(packetBody)
                .when().post("/api/v1/promotion-packets").then().statusCode(201).extract().path("id");
        Platform.as("alice").header("Idempotency-Key", packetKey).contentType("application/json").body(packetBody)
                .when().post("/api/v1/promotion-packets")
                .then().statusCode(201).header("Idempotency-Replayed", "true").body("id", equalTo(packet));
        Platform.as("alice").contentType("application/json").body(packetBody)
                .when().post("/api/v1/promotion-packets")
                .then().statusCode(409).body("detail", containsString(packet));
        Platform.as("alice").header("Idempotency-Key", packetKey).when().post("/api/v1/promotion-packets/" + packet + "/submit")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private static String promote() {
        Promotions.recordAlicesPay();
        String cycle = Promotions.openCycle();
        String packet = Promotions.draftStaffPacket(cycle);

        Platform.as("alice").contentType("application/json").body("""
                {"cycleId": "%s", "targetLevel": "L6", "narrative": "No archetype."}
                """.formatted(cycle))
                .when().post("/api/v1/promotion-packets")
                .then().statusCode(400).body("errors[0].field", equalTo("archetype"));

        Platform.as("mark").when().get("/api/v1/promotion-packets/" + packet).then().statusCode(200);
        Platform.as("paul").when().get("/api/v1/promotion-packets/" + packet).then().statusCode(200);
        Platform.as("hugo").when().get("/api/v1/promotion-packets/" + packet).then().statusCode(404);

        Platform.as("alice").contentType("application/json").body("""
                {"kind": "RFC", "title": "RFC-42: company-wide LLM gateway", "url": "https://wiki.example.com/rfc-42",
                 "happenedOn": "2026-03-02", "role": "AUTHOR", "docStatus": "ACCEPTED", "axes": ["SYSTEM_DESIGN"]}
                """)
                .when().post("/api/v1/promotion-packets/" + packet + "/evidence")
                .then().statusCode(201);
        Platform.as("alice").when().get("/api/v1/promotion-packets/" + packet + "/readiness")
                .then().statusCode(200)
                .body("targetLevel", equalTo("L6"))
                .body("ready", equalTo(false))
                .body("bar.code", hasItem("DESIGN_DOCS"))
                .body("gaps", hasItem("Promotion bar DESIGN_DOCS (Write 3-5 Design Docs or RFCs.): 1 of 3 pieces of evidence"))
                .body("hints.section", hasItem("8.5"))
                .body("hints.find { it.section == '8.5' }.title", equalTo("Technical blogging strategy"));
        Platform.as("mark").contentType("application/json").body("{\"recommendation\": \"PROMOTE\"}")
                .when().put("/api/v1/promotion-packets/" + packet + "/review")
                .then().statusCode(403);
        Promotions.submitReviewAndPromote(packet);
        Platform.as("alice").when().get("/api/v1/promotion-packets/" + packet)
                .then().statusCode(200)
                .body("status", equalTo("PROMOTED"))
                .body("decisionFeedback", equalTo("Clear staff-level impact across teams."));
        return packet;
    }

    private static void assertProposalReachesCompService() {
        String proposal = Promotions.await("an adjustment proposal at comp-service", Duration.ofSeconds(30),
                () -> Platform.as("carl").queryParam("size", 200).when().get("/api/v1/adjustment-proposals")
                        .then().statusCode(200).extract().jsonPath()
                        .getString("items.find { it.employeeId == 'E1001' && it.newLevel == 'L6' }.id"));
        assertNotNull(proposal);
    }

    private static void assertHrSystemReceivesTheSignedDecisionOnce(WebhookReceiver hris, String secret, String packet) {
        List<WebhookReceiver.Received> received = Promotions.await("the webhook's third attempt", Duration.ofSeconds(60),
                () -> hris.received().size() >= 3 ? hris.received() : null);
        assertEquals(List.of(500, 503, 200), received.stream().map(WebhookReceiver.Received::answered).toList());
        WebhookReceiver.Received success = received.get(2);
        assertTrue(WebhookReceiver.signedWith(secret, success), "a valid HMAC-SHA256 signature");
        JsonPath event = JsonPath.from(success.body());
        assertEquals("promotion.decided", event.getString("type"));
        assertEquals(packet, event.getString("aggregateId"));
        assertEquals("PROMOTED", event.getString("data.outcome"));
        assertEquals("E1001", event.getString("data.employeeId"));
        assertEquals(received.get(0).header("Career-Event-Id"), success.header("Career-Event-Id"), "one event, retried");
    }
}
