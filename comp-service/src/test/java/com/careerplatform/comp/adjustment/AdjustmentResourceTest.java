package com.careerplatform.comp.adjustment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.careerplatform.comp.leveling.LevelingStub;
import com.careerplatform.comp.record.CompRecordFixture;
import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdjustmentResourceTest {

    private static final String PROPOSALS = "/api/v1/adjustment-proposals";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A person at L5 since 2025 in the people record and in their comp record; promoted on 2026-04-01 to {@code promoted}. */
    private static String person(String promoted) {
        String person = "A" + UUID.randomUUID().toString().substring(0, 8);
        LevelingStub.holds(person, "L5", LocalDate.of(2025, 1, 1));
        LevelingStub.holds(person, promoted, LocalDate.of(2026, 4, 1));
        given().contentType("application/json").body("""
                {"effectiveFrom": "2025-01-01", "reason": "HIRE", "frameworkSlug": "ai-engineer", "level": "L5",
                 "market": "US", "segment": "BIG_TECH", "currency": "USD", "base": "200000.00",
                 "bonusTargetPercent": "15", "equityAnnualValue": "100000.00"}
                """).when().post("/api/v1/comp-records/" + person + "/changes").then().statusCode(201);
        return person;
    }

    private static String propose(String person, String level, String event) {
        return """
                {"employeeId": "%s", "newLevel": "%s", "effectiveFrom": "2026-04-01", "sourceEventId": "%s"}
                """.formatted(person, level, event);
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void aPromotionIsMovedIntoTheNewBandOnceAndApprovalRecordsIt() {
        String person = person("L6");
        String event = "promotion.decided/" + UUID.randomUUID();
        // L6 big tech starts at 600,000; with 15 % bonus and 100,000 equity the base must reach
        // (600,000 - 100,000) / 1.15 = 434,782.608... -> 434,782.61, so the total is 600,000.00.
        String id = given().contentType("application/json").body(propose(person, "L6", event)).when().post(PROPOSALS)
                .then().statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("currentTotalComp", equalTo("330000.00"))
                .body("band.sourceLabel", equalTo("$600K-$900K"))
                .body("proposedBase", equalTo("434782.61"))
                .body("proposedTotalComp", equalTo("600000.00"))
                .extract().path("id");
        given().contentType("application/json").body(propose(person, "L6", event)).when().post(PROPOSALS)
                .then().statusCode(201).body("id", equalTo(id));

        given().contentType("application/json").body("{\"note\": \"in line with the L6 floor\"}")
                .when().post(PROPOSALS + "/" + id + "/approve")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("decidedBy", equalTo("carl"));
        given().when().get("/api/v1/comp-records/" + person)
                .then().statusCode(200)
                .body("history.items[0].reason", equalTo("PROMOTION"))
                .body("history.items[0].level", equalTo("L6"))
                .body("history.items[0].base", equalTo("434782.61"));
        given().contentType("application/json").body("{}").when().post(PROPOSALS + "/" + id + "/reject")
                .then().statusCode(409).body("detail", containsString("APPROVED"));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void payAlreadyInTheNewBandIsKeptAndAProposalCanBeRejected() {
        String person = person("L4");
        // L4 big tech is 280,000-380,000: 330,000 is in it, so the base stays.
        String id = given().contentType("application/json").body(propose(person, "L4", UUID.randomUUID().toString()))
                .when().post(PROPOSALS)
                .then().statusCode(201).body("proposedBase", equalTo("200000.00")).extract().path("id");
        given().contentType("application/json").body("{\"note\": \"not a promotion\"}").when().post(PROPOSALS + "/" + id + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        given().queryParam("status", "rejected").when().get(PROPOSALS)
                .then().statusCode(200).body("items.find { it.id == '%s' }.decisionNote".formatted(id), equalTo("not a promotion"));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void proposalsArePagedNewestFirstWithinTheirStatus() {
        String first = given().contentType("application/json").body(propose(person("L4"), "L4", UUID.randomUUID().toString()))
                .when().post(PROPOSALS).then().statusCode(201).extract().path("id");
        String second = given().contentType("application/json").body(propose(person("L4"), "L4", UUID.randomUUID().toString()))
                .when().post(PROPOSALS).then().statusCode(201).extract().path("id");

        int pending = given().queryParam("status", "PENDING").queryParam("size", 1).when().get(PROPOSALS)
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("items.id", contains(second))
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .body("hasNext", equalTo(true))
                .body("totalItems", greaterThanOrEqualTo(2))
                .extract().path("totalItems");
        given().queryParam("status", "PENDING").queryParam("size", 1).queryParam("page", 1).when().get(PROPOSALS)
                .then().statusCode(200).body("items.id", contains(first)).body("page", equalTo(1));
        given().queryParam("status", "PENDING").queryParam("size", 1).queryParam("page", pending - 1).when().get(PROPOSALS)
                .then().statusCode(200).body("items", hasSize(1)).body("hasNext", equalTo(false));

        given().contentType("application/json").body("{}").when().post(PROPOSALS + "/" + second + "/reject")
                .then().statusCode(200);
        given().queryParam("status", "PENDING").queryParam("size", 200).when().get(PROPOSALS)
                .then().statusCode(200)
                .body("totalItems", equalTo(pending - 1))
                .body("items.status", everyItem(equalTo("PENDING")))
                .body("items.id", not(hasItem(second)));
        given().queryParam("size", 201).when().get(PROPOSALS)
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void refusesProposalsWithoutARecordABandOrAKnownLevel() {
        given().contentType("application/json").body(propose("NOBODY", "L6", "e1")).when().post(PROPOSALS)
                .then().statusCode(422).body("detail", containsString("No comp record"));
        String person = person("L8");
        given().contentType("application/json").body(propose(person, "L9", "e2")).when().post(PROPOSALS)
                .then().statusCode(422).body("errors[0].field", equalTo("newLevel"));
        given().contentType("application/json").body(propose(person, "L7", "e3")).when().post(PROPOSALS)
                .then().statusCode(422).body("errors[0].field", equalTo("newLevel"))
                .body("errors[0].message", containsString("must be L8"));
        given().contentType("application/json").body(propose(person, "L8", "e3")).when().post(PROPOSALS)
                .then().statusCode(422).body("detail", containsString("No L8 band"));
        given().queryParam("status", "MAYBE").when().get(PROPOSALS).then().statusCode(400);
        given().when().get(PROPOSALS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "service-account-leveling-relay", roles = "platform-service")
    void thePeopleRecordsRelayProposesButDoesNotDecide() {
        given().contentType("application/json").body(propose("NOBODY", "L6", "e4")).when().post(PROPOSALS)
                .then().statusCode(422);
        given().when().get(PROPOSALS).then().statusCode(403);
        given().contentType("application/json").body("{}").when().post(PROPOSALS + "/" + UUID.randomUUID() + "/approve")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void hrAdminProposesAndFollowsProposalsWithoutSeeingPay() {
        String person = "H" + UUID.randomUUID().toString().substring(0, 8);
        LevelingStub.holds(person, "L5", LocalDate.of(2025, 1, 1));
        LevelingStub.holds(person, "L6", LocalDate.of(2026, 4, 1));
        CompRecordFixture.insert(person, "L5", LocalDate.of(2025, 1, 1));
        String id = given().contentType("application/json").body(propose(person, "L6", "h-" + person)).when().post(PROPOSALS)
                .then().statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("$", not(hasKey("currentBase")))
                .body("$", not(hasKey("proposedBase")))
                .body("$", not(hasKey("band")))
                .extract().path("id");
        given().when().get(PROPOSALS + "/" + id)
                .then().statusCode(200)
                .body("employeeId", equalTo(person))
                .body("newLevel", equalTo("L6"))
                .body("$", not(hasKey("currentTotalComp")))
                .body("$", not(hasKey("proposedTotalComp")));
        given().queryParam("size", 200).when().get(PROPOSALS)
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.currentBase.findAll { it != null }", empty());
        given().contentType("application/json").body("{}").when().post(PROPOSALS + "/" + id + "/approve").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "paul", roles = {"employee", "promotion-committee"}, augmentors = PlatformMemberAugmentor.class)
    void aCommitteeMemberProposesNoPay() {
        given().contentType("application/json").body(propose("E1001", "L6", "e6")).when().post(PROPOSALS)
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void employeesCannotProposeTheirOwnRaise() {
        given().contentType("application/json").body(propose("E1001", "L6", "e5")).when().post(PROPOSALS)
                .then().statusCode(403);
    }
}
