package com.careerplatform.e2e;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Steps of the promotion flow the end-to-end tests share: alice (E1001) is promoted to L6 by the
 * committee, and hr-system registers webhooks and reads the delivery log.
 */
final class Promotions {

    static final String EVENTS = "/api/v1/events/promotion";

    private Promotions() {
    }

    static String openCycle() {
        return Platform.as("helen").contentType("application/json").body("""
                {"name": "e2e %s", "frameworkSlug": "ai-engineer", "submissionOpens": "2026-01-01", "submissionCloses": "2030-12-31"}
                """.formatted(UUID.randomUUID()))
                .when().post("/api/v1/promotion-cycles")
                .then().statusCode(201).extract().path("id");
    }

    /** comp-service turns a promotion into a proposal only for someone whose pay it records. */
    static void recordAlicesPay() {
        Platform.as("carl").contentType("application/json").body("""
                {"effectiveFrom": "2025-06-01", "reason": "MERIT", "frameworkSlug": "ai-engineer", "level": "L5",
                 "market": "US", "segment": "BIG_TECH", "currency": "USD", "base": "200000.00",
                 "bonusTargetPercent": 15, "equityAnnualValue": "100000.00"}
                """)
                .when().post("/api/v1/comp-records/E1001/changes")
                .then().statusCode(anyOf(equalTo(201), equalTo(409)));
    }

    static String draftStaffPacket(String cycle) {
        return Platform.as("alice").contentType("application/json").body("""
                {"cycleId": "%s", "managerId": "E1002", "currentLevel": "L5", "targetLevel": "L6", "archetype": "TECH_LEAD",
                 "narrative": "Led the company-wide LLM gateway.", "selfAssessment": {"SYSTEM_DESIGN": "Designed its routing."}}
                """.formatted(cycle))
                .when().post("/api/v1/promotion-packets")
                .then().statusCode(201).body("employeeId", equalTo("E1001")).extract().path("id");
    }

    /** alice submits, mark endorses, paul, priya and quinn review, priya records the decision. */
    static void submitReviewAndPromote(String packet) {
        Platform.as("alice").when().post("/api/v1/promotion-packets/" + packet + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        Platform.as("mark").when().post("/api/v1/promotion-packets/" + packet + "/endorse")
                .then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        for (String member : List.of("paul", "priya", "quinn")) {
            Platform.as(member).contentType("application/json").body("{\"recommendation\": \"PROMOTE\"}")
                    .when().put("/api/v1/promotion-packets/" + packet + "/review")
                    .then().statusCode(200);
        }
        Platform.as("priya").contentType("application/json")
                .body("{\"outcome\": \"PROMOTED\", \"feedback\": \"Clear staff-level impact across teams.\"}")
                .when().post("/api/v1/promotion-packets/" + packet + "/decision")
                .then().statusCode(200).body("status", equalTo("PROMOTED"));
    }

    /** A promoted packet of alice's, with her pay on record at comp-service. */
    static String promotedPacket() {
        recordAlicesPay();
        String packet = draftStaffPacket(openCycle());
        submitReviewAndPromote(packet);
        return packet;
    }

    /** hr-system registers a webhook for promotion.decided; returns its id and secret. */
    static JsonPath registerWebhook(String url) {
        return Platform.gateway().auth().oauth2(Platform.hrSystemToken()).contentType("application/json")
                .body("{\"url\": \"" + url + "\", \"eventTypes\": [\"promotion.decided\"], \"description\": \"e2e HRIS\"}")
                .when().post(EVENTS + "/webhooks")
                .then().statusCode(201).extract().jsonPath();
    }

    static void deactivateWebhook(String id) {
        Platform.gateway().auth().oauth2(Platform.hrSystemToken()).when().delete(EVENTS + "/webhooks/" + id)
                .then().statusCode(204);
    }

    /** The packet's delivery to comp-service as the delivery log shows it to hr-admin, or null. */
    static Map<String, Object> compDelivery(String packet) {
        return Platform.gateway().auth().oauth2(Platform.hrSystemToken())
                .queryParam("size", 200).when().get(EVENTS + "/deliveries")
                .then().statusCode(200).extract().jsonPath()
                .get("items.find { it.aggregateId == '" + packet + "' && it.destination == 'comp-service' }");
    }

    /** Polls until the condition yields a value (not null) or the time is up. */
    static <T> T await(String what, Duration limit, Supplier<T> condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + limit.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
