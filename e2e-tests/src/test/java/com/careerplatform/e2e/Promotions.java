package com.careerplatform.e2e;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Steps of the promotion flow the end-to-end tests share: alice (E1001, L5 reporting to mark in the
 * people record) is promoted to L6 by the committee, and hr-system registers webhooks and reads the
 * delivery logs.
 */
final class Promotions {

    static final String EVENTS = "/api/v1/events/promotion";
    static final String ALICE = "/api/v1/people/E1001";

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
                 "bonusTargetPercent": "15", "equityAnnualValue": "100000.00"}
                """)
                .when().post("/api/v1/comp-records/E1001/changes")
                .then().statusCode(anyOf(equalTo(201), equalTo(409)));
    }

    /**
     * alice back at L5, the seed's level, when an earlier test promoted her: HR corrects the record, as it
     * would put any wrong level right.
     */
    static void aliceAtL5() {
        String level = Platform.as("helen").when().get(ALICE).then().statusCode(200).extract().path("level");
        if (!"L5".equals(level)) {
            Platform.as("helen").contentType("application/json").body("""
                    {"level": "L5", "effectiveFrom": "%s", "note": "e2e: back to the seed's level for the next journey"}
                    """.formatted(LocalDate.now(ZoneOffset.UTC)))
                    .when().post(ALICE + "/level-corrections").then().statusCode(201);
        }
    }

    /** alice drafts an L6 packet: her current level and manager come from the people record. */
    static String draftStaffPacket(String cycle) {
        aliceAtL5();
        return Platform.as("alice").contentType("application/json").body("""
                {"cycleId": "%s", "targetLevel": "L6", "archetype": "TECH_LEAD",
                 "narrative": "Led the company-wide LLM gateway.", "selfAssessment": {"SYSTEM_DESIGN": "Designed its routing."}}
                """.formatted(cycle))
                .when().post("/api/v1/promotion-packets")
                .then().statusCode(201).body("employeeId", equalTo("E1001")).body("currentLevel", equalTo("L5"))
                .body("managerId", equalTo("E1002")).extract().path("id");
    }

    /** alice submits, mark endorses, paul, priya and quinn review, priya records the decision; the record moves alice. */
    static void submitReviewAndPromote(String packet) {
        submitAndReview(packet);
        decide(packet);
        await("the promotion in alice's level history", Duration.ofSeconds(30), () -> promotionOf(packet));
    }

    /** alice submits, mark endorses, paul, priya and quinn review. */
    static void submitAndReview(String packet) {
        Platform.as("alice").when().post("/api/v1/promotion-packets/" + packet + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        Platform.as("mark").when().post("/api/v1/promotion-packets/" + packet + "/endorse")
                .then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        for (String member : List.of("paul", "priya", "quinn")) {
            Platform.as(member).contentType("application/json").body("{\"recommendation\": \"PROMOTE\"}")
                    .when().put("/api/v1/promotion-packets/" + packet + "/review")
                    .then().statusCode(200);
        }
    }

    static void decide(String packet) {
        Platform.as("priya").contentType("application/json")
                .body("{\"outcome\": \"PROMOTED\", \"feedback\": \"Clear staff-level impact across teams.\"}")
                .when().post("/api/v1/promotion-packets/" + packet + "/decision")
                .then().statusCode(200).body("status", equalTo("PROMOTED"));
    }

    /** The entries of alice's level history that came from the packet, as hr-admin reads them; null while none (or unreadable). */
    static List<Map<String, Object>> promotionOf(String packet) {
        Response history = Platform.as("helen").queryParam("size", 200).when().get(ALICE + "/level-history");
        if (history.statusCode() != 200) {
            return null;
        }
        List<Map<String, Object>> entries = history.jsonPath().getList("items.findAll { it.sourceId == '" + packet + "' }");
        return entries.isEmpty() ? null : entries;
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

    /** The packet's delivery to the people record as promotion-service's delivery log shows it to hr-admin, or null. */
    static Map<String, Object> recordDelivery(String packet) {
        return delivery(EVENTS, "it.aggregateId == '" + packet + "' && it.destination == 'leveling-service'");
    }

    /** The newest delivery matching the Groovy condition in a service's delivery log, or null (also while it cannot be read). */
    static Map<String, Object> delivery(String events, String condition) {
        Response log = Platform.gateway().auth().oauth2(Platform.hrSystemToken())
                .queryParam("size", 200).when().get(events + "/deliveries");
        return log.statusCode() == 200 ? log.jsonPath().get("items.find { " + condition + " }") : null;
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
