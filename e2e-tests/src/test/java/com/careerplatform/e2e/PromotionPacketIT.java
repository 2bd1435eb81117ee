package com.careerplatform.e2e;

import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An employee drafts a staff packet (the promotion service asks the real leveling-service); only those concerned see it. */
class PromotionPacketIT {

    @Test
    void anEmployeeDraftsAStaffPacketThatTheirManagerSeesAndAColleagueDoesNot() {
        String cycle = Platform.as("helen").contentType("application/json").body("""
                {"name": "e2e %s", "frameworkSlug": "ai-engineer", "submissionOpens": "2026-01-01", "submissionCloses": "2030-12-31"}
                """.formatted(UUID.randomUUID()))
                .when().post("/api/v1/promotion-cycles")
                .then().statusCode(201).extract().path("id");

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
    }
}
