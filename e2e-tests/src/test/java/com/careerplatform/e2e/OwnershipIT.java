package com.careerplatform.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Broken object-level authorisation, attempted with real identities: someone else's packet, evidence,
 * comp record or pay information request answers exactly as one that does not exist, whatever the
 * method; a manager sees only their reports' packets; a cursor replayed by another caller gives only
 * what that caller may see.
 */
class OwnershipIT {

    private static final String NOBODY = "00000000-0000-4000-8000-00000000beef";

    /** The answer a stranger gets for a resource of alice's, next to the one for a resource that does not exist. */
    private record Pair(String operation, int theirs, int missing, String theirsType, String missingType) {
    }

    private static Pair probe(String user, String method, String existing, String missing, String body) {
        Response theirs = Platform.as(user).contentType("application/json").body(body).when().request(method, existing);
        Response none = Platform.as(user).contentType("application/json").body(body).when().request(method, missing);
        return new Pair(method + " " + existing, theirs.statusCode(), none.statusCode(),
                theirs.jsonPath().getString("type"), none.jsonPath().getString("type"));
    }

    @Test
    void someoneElsesPacketAnswersLikeOneThatDoesNotExistForEveryMethod() {
        String packet = Promotions.draftStaffPacket(Promotions.openCycle());
        String evidence = Platform.as("alice").contentType("application/json").body("""
                {"kind": "RFC", "title": "RFC-7: eval harness", "url": "https://wiki.example.com/rfc-7",
                 "happenedOn": "2026-02-01", "role": "AUTHOR", "docStatus": "ACCEPTED", "axes": ["SYSTEM_DESIGN"]}
                """)
                .when().post("/api/v1/promotion-packets/" + packet + "/evidence")
                .then().statusCode(201).extract().path("id");
        String packets = "/api/v1/promotion-packets/";
        String edit = """
                {"targetLevel": "L6", "archetype": "TECH_LEAD", "narrative": "Mine now."}""";
        List<Pair> answers = new ArrayList<>();
        for (String user : List.of("hugo", "carl")) {
            answers.add(probe(user, "GET", packets + packet, packets + NOBODY, "{}"));
            answers.add(probe(user, "PUT", packets + packet, packets + NOBODY, edit));
            for (String action : List.of("readiness", "evidence")) {
                answers.add(probe(user, "GET", packets + packet + "/" + action, packets + NOBODY + "/" + action, "{}"));
            }
            answers.add(probe(user, "DELETE", packets + packet + "/evidence/" + evidence,
                    packets + NOBODY + "/evidence/" + evidence, "{}"));
            for (String action : List.of("submit", "endorse", "withdraw")) {
                answers.add(probe(user, "POST", packets + packet + "/" + action, packets + NOBODY + "/" + action, "{}"));
            }
        }
        for (Pair pair : answers) {
            assertEquals(404, pair.theirs(), pair.operation());
            assertEquals(pair.missing(), pair.theirs(), pair.operation() + ": same status as for a packet that does not exist");
            assertEquals(pair.missingType(), pair.theirsType(), pair.operation() + ": same problem type");
        }
        Platform.as("alice").when().get(packets + packet)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("narrative", not(equalTo("Mine now.")));
        Platform.as("alice").when().get(packets + packet + "/evidence").then().statusCode(200).body("id", hasItem(evidence));
    }

    @Test
    void aManagerSeesOnlyTheirReportsPackets() {
        String packet = Promotions.draftStaffPacket(Promotions.openCycle());
        Platform.as("mark").queryParam("size", 200).when().get("/api/v1/promotion-packets")
                .then().statusCode(200)
                .body("items.id", hasItem(packet))
                .body("items.findAll { it.employeeId != 'E1002' }.managerId", everyItem(equalTo("E1002")));
        Platform.as("hugo").queryParam("size", 200).when().get("/api/v1/promotion-packets")
                .then().statusCode(200)
                .body("items.id", not(hasItem(packet)))
                .body("items.findAll { it.employeeId != 'E1007' }.managerId", everyItem(equalTo("E1007")));
    }

    @Test
    void someoneElsesPayAnswersLikeNobodysPay() {
        Promotions.recordAlicesPay();
        Pair record = probe("hugo", "GET", "/api/v1/comp-records/E1001", "/api/v1/comp-records/E9999", "{}");
        assertEquals(404, record.theirs());
        assertEquals(record.missing(), record.theirs());
        String request = Platform.as("alice").contentType("application/json").body("{}")
                .when().post("/api/v1/pay-transparency/requests")
                .then().statusCode(201).extract().path("id");
        Pair information = probe("hugo", "GET", "/api/v1/pay-transparency/requests/" + request,
                "/api/v1/pay-transparency/requests/" + NOBODY, "{}");
        assertEquals(404, information.theirs());
        assertEquals(information.missing(), information.theirs());
        Pair filedForOthers = probe("hugo", "POST", "/api/v1/pay-transparency/requests", "/api/v1/pay-transparency/requests",
                "{\"employeeId\": \"E1001\"}");
        Response forNobody = Platform.as("hugo").contentType("application/json").body("{\"employeeId\": \"E9999\"}")
                .when().post("/api/v1/pay-transparency/requests");
        assertEquals(403, filedForOthers.theirs(), "only comp-admin files for someone else");
        assertEquals(forNobody.statusCode(), filedForOthers.theirs(), "whether or not that someone exists");
    }

    @Test
    void aCursorReplayedByAnotherCallerGivesOnlyWhatThatCallerMaySee() {
        for (int i = 0; i < 2; i++) {
            Platform.as("hana").contentType("application/json").body("""
                    {"candidateId": "cursor-%s", "frameworkSlug": "ai-engineer",
                     "signals": [{"round": "CODING", "interviewer": "hugo", "scores": {"TECHNICAL_DEPTH": 3},
                                  "recommendedLevel": "L5"}],
                     "proposedLevel": "L5", "rationale": "Cursor test.", "chair": "hana"}
                    """.formatted(UUID.randomUUID()))
                    .when().post("/api/v1/leveling-decisions")
                    .then().statusCode(201);
        }
        String first = Platform.gateway().auth().oauth2(Platform.hrSystemToken()).queryParam("limit", 1)
                .when().get("/api/v1/leveling-decisions")
                .then().statusCode(200).extract().path("nextCursor");
        assertNotNull(first, "two decisions make two pages");
        Platform.as("hana").queryParam("limit", 1).queryParam("cursor", first).when().get("/api/v1/leveling-decisions")
                .then().statusCode(200);
        Platform.as("alice").queryParam("limit", 1).queryParam("cursor", first).when().get("/api/v1/leveling-decisions")
                .then().statusCode(403).contentType("application/problem+json");
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String forged = base64.encodeToString("2026-01-01T00:00:00Z|' or 1=1 --".getBytes(StandardCharsets.UTF_8));
        Platform.as("hana").queryParam("cursor", forged).when().get("/api/v1/leveling-decisions")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        String wellFormed = base64.encodeToString(("2999-01-01T00:00:00Z|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        Platform.as("hana").queryParam("cursor", wellFormed).when().get("/api/v1/leveling-decisions")
                .then().statusCode(200);
    }
}
