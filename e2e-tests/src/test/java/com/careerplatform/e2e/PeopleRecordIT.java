package com.careerplatform.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The people record as the system of record, through the gateway with real tokens: nobody chooses their
 * own level or manager on a packet, only the recorded manager endorses, a hire takes the level of the
 * finalized leveling decision, and everyone sees exactly whose records they may.
 */
class PeopleRecordIT {

    private static final String PACKETS = "/api/v1/promotion-packets";
    private static final String PEOPLE = "/api/v1/people/";
    private static final String SCIM_JSON = "application/scim+json";

    @Test
    void aPacketTakesLevelAndManagerFromTheRecordAndOnlyTheRecordedManagerEndorses() {
        String cycle = Promotions.openCycle();
        Promotions.aliceAtL5();
        Platform.as("alice").contentType("application/json").body("""
                {"cycleId": "%s", "currentLevel": "L7", "targetLevel": "L8", "managerId": "E1003", "archetype": "SOLVER",
                 "narrative": "I choose my own level and my own endorser."}
                """.formatted(cycle))
                .when().post(PACKETS)
                .then().statusCode(400).body("errors[0].field", equalTo("currentLevel"));
        Platform.as("alice").contentType("application/json").body("""
                {"cycleId": "%s", "targetLevel": "L8", "archetype": "SOLVER", "narrative": "Two levels up."}
                """.formatted(cycle))
                .when().post(PACKETS)
                .then().statusCode(400).body("errors[0].message", equalTo("must be the level right above L5, which is L6"));

        String packet = Promotions.draftStaffPacket(cycle);
        Platform.as("alice").when().post(PACKETS + "/" + packet + "/submit").then().statusCode(200);
        Platform.as("hana").when().post(PACKETS + "/" + packet + "/endorse").then().statusCode(404);
        Platform.as("mark").when().post(PACKETS + "/" + packet + "/endorse")
                .then().statusCode(200).body("status", equalTo("IN_REVIEW")).body("endorsedBy", equalTo("mark"));
    }

    @Test
    void everyoneReadsExactlyTheRecordsTheyMay() {
        Platform.as("alice").when().get(PEOPLE + "E1001").then().statusCode(200)
                .body("managerId", equalTo("E1002")).body("framework", equalTo("ai-engineer"));
        Platform.as("alice").when().get(PEOPLE + "E1001/level-history").then().statusCode(200)
                .body("items.reason", hasItem("IMPORTED"));
        Platform.as("mark").when().get(PEOPLE + "E1001").then().statusCode(200);
        Platform.as("mark").when().get(PEOPLE + "E1002/reports").then().statusCode(200)
                .body("items.employeeId", hasItem("E1001"));
        Platform.as("hana").when().get(PEOPLE + "E1001").then().statusCode(404);
        Platform.as("alice").when().get(PEOPLE + "E1002").then().statusCode(404);
        Platform.as("alice").when().get(PEOPLE + "E1002/reports").then().statusCode(404);
        Platform.as("carl").when().get(PEOPLE + "E1001").then().statusCode(200);
        Platform.gateway().auth().oauth2(Platform.hrSystemToken()).when().get(PEOPLE + "E1003").then().statusCode(200)
                .body("level", equalTo("L6"));
    }

    @Test
    void aHireFromAFinalizedDecisionIsThePersonsFirstLevelPinnedToItsVersion() {
        String candidate = "e2e-hire-" + UUID.randomUUID();
        String decision = HiringCommitteeIT.decideWithRealCommittee(candidate);
        String number = "H" + UUID.randomUUID().toString().substring(0, 8);
        Platform.gateway().auth().oauth2(Platform.hrSystemToken()).contentType(SCIM_JSON).body(ScimProvisioningIT.user(
                        number, "hire-" + number, null))
                .when().post("/scim/v2/Users").then().statusCode(201);
        Platform.gateway().auth().oauth2(Platform.hrSystemToken()).when().get(PEOPLE + number).then().statusCode(200)
                .body("level", nullValue());

        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(14);
        String hire = "{\"candidateId\": \"" + candidate + "\", \"startDate\": \"" + start + "\"}";
        Platform.gateway().auth().oauth2(Platform.hrSystemToken()).contentType("application/json").body(hire)
                .when().post(PEOPLE + number + "/hire")
                .then().statusCode(201).body("reason", equalTo("HIRED")).body("sourceId", equalTo(decision))
                .body("level", equalTo("L5")).body("frameworkVersion", equalTo(1));
        Platform.gateway().auth().oauth2(Platform.hrSystemToken()).contentType("application/json").body(hire)
                .when().post(PEOPLE + number + "/hire").then().statusCode(200).body("sourceId", equalTo(decision));

        List<Map<String, Object>> history = Platform.gateway().auth().oauth2(Platform.hrSystemToken())
                .when().get(PEOPLE + number + "/level-history").then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(1, history.size(), "one hire, however often the HR system says so");
        Platform.gateway().auth().oauth2(Platform.hrSystemToken()).queryParam("asOf", start.minusDays(1).toString())
                .when().get(PEOPLE + number).then().body("level", nullValue());
        Platform.gateway().auth().oauth2(Platform.hrSystemToken()).queryParam("asOf", start.toString())
                .when().get(PEOPLE + number).then().body("level", equalTo("L5")).body("levelReason", equalTo("HIRED"));

        String unhired = "H" + UUID.randomUUID().toString().substring(0, 8);
        Platform.gateway().auth().oauth2(Platform.hrSystemToken()).contentType(SCIM_JSON).body(ScimProvisioningIT.user(
                        unhired, "hire-" + unhired, null))
                .when().post("/scim/v2/Users").then().statusCode(201);
        Platform.gateway().auth().oauth2(Platform.hrSystemToken()).contentType("application/json")
                .body("{\"candidateId\": \"e2e-nobody\", \"startDate\": \"" + start + "\"}")
                .when().post(PEOPLE + unhired + "/hire")
                .then().statusCode(422).body("detail", containsString("no finalized leveling decision"));
    }
}
