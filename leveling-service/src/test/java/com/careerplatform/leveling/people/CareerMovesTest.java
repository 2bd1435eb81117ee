package com.careerplatform.leveling.people;

import static com.careerplatform.leveling.people.PeopleFixtures.count;
import static com.careerplatform.leveling.people.PeopleFixtures.employeeId;
import static com.careerplatform.leveling.people.PeopleFixtures.finalDecision;
import static com.careerplatform.leveling.people.PeopleFixtures.person;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Levels move only by a hire from a finalized decision, a decided promotion, or an hr-admin correction. */
@QuarkusTest
class CareerMovesTest {

    private static final String PEOPLE = "/api/v1/people/";

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static long changes(String employeeId) {
        return count("select count(*) from person_level_change where employee_id = ?", employeeId);
    }

    private static long events(String type, String employeeId) {
        return count("select count(*) from outbox_event where type = ? and aggregate_id = ?", type, employeeId);
    }

    private static String promotion(UUID packet, String from, String to) {
        return """
                {"packetId": "%s", "eventId": "%s", "frameworkSlug": "ai-engineer", "fromLevel": "%s", "toLevel": "%s",
                 "effectiveFrom": "2026-12-01"}
                """.formatted(packet, UUID.randomUUID(), from, to);
    }

    @Test
    @TestSecurity(user = "service-account-hr-system", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void aHireTakesTheLevelOfTheCandidatesStandingDecisionPinnedToItsVersion() {
        String candidate = "cand-" + UUID.randomUUID();
        UUID first = finalDecision(candidate, "L4", null);
        UUID correction = finalDecision(candidate, "L5", first);
        String hired = person(employeeId(), null);
        String body = "{\"candidateId\": \"" + candidate + "\", \"startDate\": \"2027-01-04\"}";
        given().contentType(ContentType.JSON).body(body).when().post(PEOPLE + hired + "/hire")
                .then().statusCode(201).header("Location", containsString("/api/v1/people/" + hired + "/level-history"))
                .body("reason", equalTo("HIRED")).body("level", equalTo("L5")).body("sourceId", equalTo(correction.toString()))
                .body("frameworkVersion", equalTo(1)).body("effectiveFrom", equalTo("2027-01-04"))
                .body("recordedBy", equalTo("service-account-hr-system"));
        given().contentType(ContentType.JSON).body(body).when().post(PEOPLE + hired + "/hire")
                .then().statusCode(200).body("sourceId", equalTo(correction.toString()));
        assertEquals(1, changes(hired), "the same hire again changes nothing");
        assertEquals(1, events("person.hired", hired));
        given().queryParam("asOf", "2027-01-03").when().get(PEOPLE + hired).then().body("level", equalTo(null));
        given().queryParam("asOf", "2027-01-04").when().get(PEOPLE + hired).then().body("level", equalTo("L5"));
    }

    @Test
    @TestSecurity(user = "service-account-hr-system", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void aHireIsRefusedWithoutAFinalDecisionOrForSomeoneWithALevel() {
        String nobody = person(employeeId(), null);
        given().contentType(ContentType.JSON).body("{\"candidateId\": \"cand-none\", \"startDate\": \"2027-01-04\"}")
                .when().post(PEOPLE + nobody + "/hire").then().statusCode(422).body("errors[0].field", equalTo("candidateId"));
        String candidate = "cand-" + UUID.randomUUID();
        finalDecision(candidate, "L5", null);
        String leveled = person(employeeId(), null, "L4", LocalDate.of(2024, 1, 1));
        given().contentType(ContentType.JSON).body("{\"candidateId\": \"" + candidate + "\", \"startDate\": \"2027-01-04\"}")
                .when().post(PEOPLE + leveled + "/hire").then().statusCode(409).body("detail", containsString("level-corrections"));
        given().contentType(ContentType.JSON).body("{\"candidateId\": \"" + candidate + "\", \"startDate\": \"2027-01-04\"}")
                .when().post(PEOPLE + "E-NOBODY/hire").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"candidateId\": \"" + candidate + "\", \"startDate\": \"soon\"}")
                .when().post(PEOPLE + nobody + "/hire").then().statusCode(400);
        assertEquals(0, changes(nobody));
    }

    @Test
    @TestSecurity(user = "service-account-promotion-relay", roles = "platform-service")
    void aDecidedPromotionMovesTheLevelOnceHoweverOftenItArrives() {
        String promoted = person(employeeId(), null, "L5", LocalDate.of(2024, 1, 1));
        UUID packet = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(promotion(packet, "L5", "L6")).when().post(PEOPLE + promoted + "/promotions")
                .then().statusCode(201).body("reason", equalTo("PROMOTED")).body("level", equalTo("L6"))
                .body("sourceId", equalTo(packet.toString()));
        given().contentType(ContentType.JSON).body(promotion(packet, "L5", "L6")).when().post(PEOPLE + promoted + "/promotions")
                .then().statusCode(200).body("level", equalTo("L6"));
        assertEquals(2, changes(promoted), "the redelivered promotion changes nothing");
        assertEquals(1, events("person.promoted", promoted));
        assertEquals(1, count("select count(*) from event_delivery d join outbox_event e on e.id = d.event_id"
                + " where e.aggregate_id = ? and d.target = 'comp-service'", promoted), "comp-service is told once");
    }

    @Test
    @TestSecurity(user = "service-account-promotion-relay", roles = "platform-service")
    void aPromotionFromAnotherLevelThanTheRecordsIsAConflict() {
        String promoted = person(employeeId(), null, "L6", LocalDate.of(2024, 1, 1));
        given().contentType(ContentType.JSON).body(promotion(UUID.randomUUID(), "L5", "L6"))
                .when().post(PEOPLE + promoted + "/promotions")
                .then().statusCode(409).body("detail", containsString("at L6"));
        given().contentType(ContentType.JSON).body(promotion(UUID.randomUUID(), "L6", "L12"))
                .when().post(PEOPLE + promoted + "/promotions")
                .then().statusCode(400).body("errors[0].field", equalTo("toLevel"));
        assertEquals(1, changes(promoted));
    }

    @Test
    @TestSecurity(user = "paul", roles = {"employee", "promotion-committee"}, augmentors = PlatformMemberAugmentor.class)
    void noPersonRecordsAPromotion() {
        String promoted = person(employeeId(), null, "L5", LocalDate.of(2024, 1, 1));
        given().contentType(ContentType.JSON).body(promotion(UUID.randomUUID(), "L5", "L6"))
                .when().post(PEOPLE + promoted + "/promotions").then().statusCode(403);
        assertEquals(1, changes(promoted));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void hrAdminCorrectsALevelFromADayOnAndARetryCreatesNoSecondEntry() {
        String corrected = person(employeeId(), null, "L5", LocalDate.of(2024, 1, 1));
        String body = "{\"level\": \"L4\", \"effectiveFrom\": \"2025-01-01\", \"note\": \"Offer letter says L4.\"}";
        given().contentType(ContentType.JSON).header("Idempotency-Key", "fix-" + corrected).body(body)
                .when().post(PEOPLE + corrected + "/level-corrections")
                .then().statusCode(201).body("reason", equalTo("CORRECTED")).body("note", equalTo("Offer letter says L4."));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "fix-" + corrected).body(body)
                .when().post(PEOPLE + corrected + "/level-corrections")
                .then().statusCode(201).header("Idempotency-Replayed", "true");
        assertEquals(2, changes(corrected));
        assertEquals(1, events("person.level-corrected", corrected));
        given().queryParam("asOf", "2024-12-31").when().get(PEOPLE + corrected).then().body("level", equalTo("L5"));
        given().queryParam("asOf", "2025-01-01").when().get(PEOPLE + corrected).then().body("level", equalTo("L4"));
        given().contentType(ContentType.JSON).body("{\"level\": \"L9\", \"effectiveFrom\": \"2025-01-01\", \"note\": \"x\"}")
                .when().post(PEOPLE + corrected + "/level-corrections").then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
        given().contentType(ContentType.JSON).body("{\"level\": \"L4\", \"effectiveFrom\": \"2025-01-01\"}")
                .when().post(PEOPLE + corrected + "/level-corrections").then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        assertEquals(2, changes(corrected));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void anEmployeeMovesNoLevel() {
        String someone = person(employeeId(), null, "L5", LocalDate.of(2024, 1, 1));
        given().contentType(ContentType.JSON).body("{\"level\": \"L8\", \"effectiveFrom\": \"2025-01-01\", \"note\": \"me\"}")
                .when().post(PEOPLE + someone + "/level-corrections").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"candidateId\": \"c\", \"startDate\": \"2027-01-04\"}")
                .when().post(PEOPLE + someone + "/hire").then().statusCode(403);
        assertEquals(1, changes(someone));
    }
}
