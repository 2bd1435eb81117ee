package com.careerplatform.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.webhook.WebhookReceiver;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A hiring committee levels a candidate through the gateway: the interviewer reads the bank of the round
 * and names the questions asked, three real members vote, the chair finalizes, and the HR system's webhook
 * receives the finalized decision.
 */
class HiringCommitteeIT {

    private static final String DECISIONS = "/api/v1/leveling-decisions";
    private static final String EVENTS = "/api/v1/events/leveling/webhooks";

    @Test
    void committeeVotesAndTheChairFinalizesARetriedSubmissionOnce() {
        try (WebhookReceiver hris = WebhookReceiver.start()) {
            String webhook = Platform.gateway().auth().oauth2(Platform.hrSystemToken()).contentType("application/json")
                    .body("{\"url\": \"" + hris.url() + "\", \"eventTypes\": [\"leveling-decision.finalized\"]}")
                    .when().post(EVENTS)
                    .then().statusCode(201).extract().path("id");
            try {
                String id = decideWithRealCommittee("e2e-" + UUID.randomUUID());
                WebhookReceiver.Received event = Promotions.await("the finalized decision at the HR system",
                        Duration.ofSeconds(30), () -> hris.received().isEmpty() ? null : hris.received().get(0));
                assertEquals("leveling-decision.finalized", event.header("Career-Event-Type"));
                assertEquals("L5", JsonPath.from(event.body()).getString("data.finalLevel"));
                assertEquals(id, JsonPath.from(event.body()).getString("data.decisionId"));
            } finally {
                Platform.gateway().auth().oauth2(Platform.hrSystemToken()).when().delete(EVENTS + "/" + webhook)
                        .then().statusCode(204);
            }
        }
    }

    /**
     * hugo asks the system design round two questions of its bank; hana, hugo and hilda level the candidate L5
     * and hana, the chair, finalizes; returns the decision's id.
     */
    static String decideWithRealCommittee(String candidate) {
        JsonPath bank = Platform.as("hugo").queryParam("round", "SYSTEM_DESIGN")
                .when().get("/api/v1/frameworks/ai-engineer/interview-loop")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("System design staples", bank.getString("banks[0].title"));
        assertEquals("\"Design an AI assistant that replies in Slack\" (multi-tenant, PII, retention).",
                bank.getString("banks[0].entries[0].text"));
        List<String> asked = bank.<String>getList("banks[0].entries.id").subList(0, 2);
        String body = """
                {"candidateId": "%s", "frameworkSlug": "ai-engineer",
                 "signals": [{"round": "SYSTEM_DESIGN", "interviewer": "hugo",
                              "scores": {"SYSTEM_DESIGN": 3, "TECHNICAL_DEPTH": 3}, "recommendedLevel": "L5",
                              "questions": ["%s", "%s"]}],
                 "proposedLevel": "L5", "rationale": "Designed a RAG system end to end.", "chair": "hana"}
                """.formatted(candidate, asked.get(0), asked.get(1));
        String key = UUID.randomUUID().toString();
        String id = Platform.as("hana").header("Idempotency-Key", key).contentType("application/json").body(body)
                .when().post(DECISIONS)
                .then().statusCode(201).body("signals[0].questions", equalTo(asked))
                .body("loop.roundsHeard", equalTo(1)).body("loop.typical", equalTo(false))
                .extract().path("id");
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
        return id;
    }

    @Test
    void aMemberWhoRecusesLeavesTheQuorumToTheOtherThree() {
        String body = """
                {"candidateId": "e2e-recusal-%s", "frameworkSlug": "ai-engineer",
                 "signals": [{"round": "CODING", "interviewer": "hugo", "scores": {"TECHNICAL_DEPTH": 3}, "recommendedLevel": "L4"}],
                 "proposedLevel": "L4", "rationale": "Solid coding round.", "chair": "hana"}
                """.formatted(UUID.randomUUID());
        String id = Platform.as("hana").contentType("application/json").body(body).when().post(DECISIONS)
                .then().statusCode(201).extract().path("id");
        Platform.as("hilda").contentType("application/json").body("{\"recused\": true}")
                .when().put(DECISIONS + "/" + id + "/vote").then().statusCode(200);
        for (String member : new String[] {"hana", "hugo", "holly"}) {
            Platform.as(member).contentType("application/json").body("{\"level\": \"L4\", \"recused\": false}")
                    .when().put(DECISIONS + "/" + id + "/vote").then().statusCode(200);
        }
        Platform.as("hana").contentType("application/json").body("{\"finalLevel\": \"L4\"}")
                .when().post(DECISIONS + "/" + id + "/finalize")
                .then().statusCode(200).body("status", equalTo("FINAL")).body("quorum.counting", equalTo(3));
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
