package com.careerplatform.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A hiring committee levels a candidate through the gateway: three real members vote, the chair finalizes. */
class HiringCommitteeIT {

    private static final String DECISIONS = "/api/v1/leveling-decisions";

    @Test
    void committeeVotesAndTheChairFinalizesARetriedSubmissionOnce() {
        String candidate = "e2e-" + UUID.randomUUID();
        String body = """
                {"candidateId": "%s", "frameworkSlug": "ai-engineer",
                 "signals": [{"round": "SYSTEM_DESIGN", "interviewer": "hugo",
                              "scores": {"SYSTEM_DESIGN": 3, "TECHNICAL_DEPTH": 3}, "recommendedLevel": "L5"}],
                 "proposedLevel": "L5", "rationale": "Designed a RAG system end to end.", "chair": "hana"}
                """.formatted(candidate);
        String key = UUID.randomUUID().toString();
        String id = Platform.as("hana").header("Idempotency-Key", key).contentType("application/json").body(body)
                .when().post(DECISIONS)
                .then().statusCode(201).extract().path("id");
        Platform.as("hana").header("Idempotency-Key", key).contentType("application/json").body(body)
                .when().post(DECISIONS)
                .then().statusCode(201).header("Idempotency-Replayed", equalTo("true")).body("id", equalTo(id));

        for (String member : new String[] {"hana", "hugo", "hilda"}) {
            Platform.as(member).contentType("application/json").body("{\"level\": \"L5\", \"recused\": false}")
                    .when().put(DECISIONS + "/" + id + "/vote")
                    .then().statusCode(200);
        }
        Platform.as("hugo").contentType("application/json").body("{\"finalLevel\": \"L5\"}")
                .when().post(DECISIONS + "/" + id + "/finalize")
                .then().statusCode(403).body("detail", containsString("chair"));
        Platform.as("hana").contentType("application/json").body("{\"finalLevel\": \"L5\"}")
                .when().post(DECISIONS + "/" + id + "/finalize")
                .then().statusCode(200).body("status", equalTo("FINAL")).body("quorum.counting", equalTo(3));

        Platform.gateway().auth().oauth2(Platform.hrSystemToken()).queryParam("candidateId", candidate)
                .when().get(DECISIONS)
                .then().statusCode(200).body("items[0].finalLevel", equalTo("L5"));
        Platform.as("alice").when().get(DECISIONS + "/" + id).then().statusCode(403);
    }

    @Test
    void portalTranslatesACompanyLevel() {
        Platform.as("alice").queryParam("company", "openai").queryParam("label", "E5")
                .when().get("/api/v1/company-ladders/translate")
                .then().statusCode(200)
                .body("level", equalTo("L5"))
                .body("equivalents.find { it.company == 'meta' }.labels[0]", equalTo("L5"));
    }
}
