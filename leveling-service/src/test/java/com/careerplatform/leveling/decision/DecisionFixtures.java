package com.careerplatform.leveling.decision;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;

/** Request bodies and steps the decision tests share. */
final class DecisionFixtures {

    static final String DECISIONS = "/api/v1/leveling-decisions";

    private DecisionFixtures() {
    }

    static String candidate() {
        return "cand-" + UUID.randomUUID();
    }

    static String decision(String candidate, String proposed, String supersedes) {
        return """
                {"candidateId": "%s", "frameworkSlug": "ai-engineer",
                 "signals": [
                   {"round": "SYSTEM_DESIGN", "interviewer": "hugo", "scores": {"SYSTEM_DESIGN": 3, "TECHNICAL_DEPTH": 3},
                    "recommendedLevel": "L6"},
                   {"round": "CODING", "interviewer": "hilda", "scores": {"TECHNICAL_DEPTH": 4}, "recommendedLevel": "L5"}],
                 "proposedLevel": "%s", "rationale": "Strong design round.", "chair": "hana"%s}
                """.formatted(candidate, proposed, supersedes == null ? "" : ", \"supersedes\": \"" + supersedes + "\"");
    }

    static String vote(String level) {
        return "{\"level\": \"" + level + "\", \"recused\": false}";
    }

    /** Opens a decision as the current test identity and returns its id. */
    static String open(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(DECISIONS)
                .then().statusCode(201).extract().path("id");
    }
}
