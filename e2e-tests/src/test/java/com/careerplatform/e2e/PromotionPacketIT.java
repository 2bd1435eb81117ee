package com.careerplatform.e2e;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An employee drafts a staff packet (the promotion service asks the real leveling-service); only those concerned
 * see it; evidence, readiness, submission, the manager's endorsement, three committee reviews and the
 * decision follow with real tokens, and the decision reaches comp-service as an adjustment proposal.
 */
class PromotionPacketIT {

    @Test
    void aStaffPacketGoesFromDraftToPromotedWithOnlyThoseConcernedSeeingIt() {
        String cycle = Platform.as("helen").contentType("application/json").body("""
                {"name": "e2e %s", "frameworkSlug": "ai-engineer", "submissionOpens": "2026-01-01", "submissionCloses": "2030-12-31"}
                """.formatted(UUID.randomUUID()))
                .when().post("/api/v1/promotion-cycles")
                .then().statusCode(201).extract().path("id");

        Platform.as("carl").contentType("application/json").body("""
                {"effectiveFrom": "2025-06-01", "reason": "MERIT", "frameworkSlug": "ai-engineer", "level": "L5",
                 "market": "US", "segment": "BIG_TECH", "currency": "USD", "base": "200000.00",
                 "bonusTargetPercent": 15, "equityAnnualValue": "100000.00"}
                """)
                .when().post("/api/v1/comp-records/E1001/changes")
                .then().statusCode(anyOf(equalTo(201), equalTo(409)));

        String packet = Platform.as("alice").contentType("application/json").body("""
                {"cycleId": "%s", "managerId": "E1002", "currentLevel": "L5", "targetLevel": "L6", "archetype": "TECH_LEAD",
                 "narrative": "Led the company-wide LLM gateway.", "selfAssessment": {"SYSTEM_DESIGN": "Designed its routing."}}
                """.formatted(cycle))
                .when().post("/api/v1/promotion-packets")
                .then().statusCode(201).body("employeeId", equalTo("E1001")).extract().path("id");

        Platform.as("alice").contentType("application/json").body("""
                {"cycleId": "%s", "managerId": "E1002", "currentLevel": "L5", "targetLevel": "L6",
                 "narrative": "No archetype."}
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
                .body("gaps", hasItem("Promotion bar DESIGN_DOCS (Write 3-5 Design Docs or RFCs.): 1 of 3 pieces of evidence"));
        Platform.as("alice").when().post("/api/v1/promotion-packets/" + packet + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        Platform.as("mark").when().post("/api/v1/promotion-packets/" + packet + "/endorse")
                .then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        Platform.as("paul").contentType("application/json").body("{\"recommendation\": \"PROMOTE\"}")
                .when().put("/api/v1/promotion-packets/" + packet + "/review")
                .then().statusCode(200);
        Platform.as("mark").contentType("application/json").body("{\"recommendation\": \"PROMOTE\"}")
                .when().put("/api/v1/promotion-packets/" + packet + "/review")
                .then().statusCode(403);
        for (String member : new String[] {"priya", "quinn"}) {
            Platform.as(member).contentType("application/json").body("{\"recommendation\": \"PROMOTE\"}")
                    .when().put("/api/v1/promotion-packets/" + packet + "/review")
                    .then().statusCode(200);
        }
        Platform.as("priya").contentType("application/json")
                .body("{\"outcome\": \"PROMOTED\", \"feedback\": \"Clear staff-level impact across teams.\"}")
                .when().post("/api/v1/promotion-packets/" + packet + "/decision")
                .then().statusCode(200).body("status", equalTo("PROMOTED"));
        Platform.as("alice").when().get("/api/v1/promotion-packets/" + packet)
                .then().statusCode(200)
                .body("status", equalTo("PROMOTED"))
                .body("decisionFeedback", equalTo("Clear staff-level impact across teams."));

        // The decision reaches comp-service through the outbox relay as an adjustment proposal.
        String proposal = null;
        for (int attempt = 0; attempt < 60 && proposal == null; attempt++) {
            proposal = Platform.as("carl").when().get("/api/v1/adjustment-proposals")
                    .then().statusCode(200).extract().jsonPath()
                    .getString("find { it.employeeId == 'E1001' && it.newLevel == 'L6' }.id");
            if (proposal == null) {
                pause();
            }
        }
        assertNotNull(proposal, "no adjustment proposal reached comp-service");
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the relay", e);
        }
    }
}
