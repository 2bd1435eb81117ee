package com.careerplatform.comp.record;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import com.careerplatform.comp.leveling.LevelingStub;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CompRecordResourceTest {

    private static final String RECORDS = "/api/v1/comp-records/";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static String change(String day, String reason, String level, String base) {
        return """
                {"effectiveFrom": "%s", "reason": "%s", "frameworkSlug": "ai-engineer", "level": "%s",
                 "market": "US", "segment": "BIG_TECH", "currency": "USD", "base": "%s",
                 "bonusTargetPercent": "15", "equityAnnualValue": "100000.00", "sex": "FEMALE"}
                """.formatted(day, reason, level, base);
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void compAdminRecordsChangesAndReadsTheHistoryWithSex() {
        String person = "E" + UUID.randomUUID().toString().substring(0, 8);
        LevelingStub.holds(person, "L4", LocalDate.of(2024, 1, 1));
        LevelingStub.holds(person, "L5", LocalDate.of(2025, 4, 1));
        given().contentType("application/json").body(change("2024-01-01", "HIRE", "L4", "180000")).when().post(RECORDS + person + "/changes")
                .then().statusCode(201).body("totalComp", equalTo("307000.00"));
        given().contentType("application/json").body(change("2025-04-01", "PROMOTION", "L5", "200000")).when().post(RECORDS + person + "/changes")
                .then().statusCode(201);
        given().when().get(RECORDS + person)
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("current.level", equalTo("L5"))
                .body("current.totalComp", equalTo("330000.00"))
                .body("current.sex", equalTo("FEMALE"))
                .body("history.items.reason", contains("PROMOTION", "HIRE"))
                .body("history.totalItems", equalTo(2));
        given().queryParam("resourceType", "comp-record").queryParam("resourceId", person)
                .when().get("/api/v1/audit-log/comp")
                .then().statusCode(200)
                .body("items.action", hasItem("comp-record.read"))
                .body("items[0].actor", equalTo("carl"));
        given().contentType("application/json").body(change("2025-04-01", "CORRECTION", "L5", "205000")).when().post(RECORDS + person + "/changes")
                .then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void theHistoryIsPagedNewestFirstBesideThePayInForceToday() {
        String person = "E" + UUID.randomUUID().toString().substring(0, 8);
        LevelingStub.holds(person, "L4", LocalDate.of(2024, 1, 1));
        LevelingStub.holds(person, "L5", LocalDate.of(2025, 4, 1));
        given().contentType("application/json").body(change("2024-01-01", "HIRE", "L4", "180000")).when().post(RECORDS + person + "/changes")
                .then().statusCode(201);
        given().contentType("application/json").body(change("2025-04-01", "PROMOTION", "L5", "200000")).when().post(RECORDS + person + "/changes")
                .then().statusCode(201);
        given().contentType("application/json").body(change("2099-01-01", "MERIT", "L5", "210000")).when().post(RECORDS + person + "/changes")
                .then().statusCode(201);

        given().queryParam("size", 2).when().get(RECORDS + person)
                .then().statusCode(200)
                .body("current.reason", equalTo("PROMOTION"))
                .body("history.items.reason", contains("MERIT", "PROMOTION"))
                .body("history.page", equalTo(0))
                .body("history.size", equalTo(2))
                .body("history.totalItems", equalTo(3))
                .body("history.hasNext", equalTo(true));
        given().queryParam("size", 2).queryParam("page", 1).when().get(RECORDS + person)
                .then().statusCode(200)
                .body("current.reason", equalTo("PROMOTION"))
                .body("history.items.reason", contains("HIRE"))
                .body("history.hasNext", equalTo(false));
        given().queryParam("size", 201).when().get(RECORDS + person)
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E7001"))
    void aPersonReadsTheirOwnRecordWithoutSexAndNobodyElses() {
        insertAsCompAdmin("E7001");
        given().when().get(RECORDS + "E7001")
                .then().statusCode(200)
                .body("employeeId", equalTo("E7001"))
                .body("current.sex", nullValue());
        given().when().get(RECORDS + "E7002").then().statusCode(404);
        given().when().get(RECORDS + "E0000").then().statusCode(404);
        given().contentType("application/json").body(change("2026-01-01", "MERIT", "L5", "1")).when().post(RECORDS + "E7001/changes")
                .then().statusCode(403);
        given().when().get("/api/v1/audit-log/comp").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsBadChanges() {
        given().contentType("application/json").body(change("2024-01-01", "HIRE", "L4", "-1")).when().post(RECORDS + "E1/changes")
                .then().statusCode(400).body("errors[0].field", equalTo("base"));
        given().contentType("application/json").body(change("2024-01-01", "BONUS", "L4", "1")).when().post(RECORDS + "E1/changes")
                .then().statusCode(400).body("errors[0].message", equalTo("must be one of [HIRE, PROMOTION, MERIT, MARKET_ADJUSTMENT, CORRECTION]"));
        given().contentType("application/json").body(change("2024-01-01", "HIRE", "L4", "1").replace("\"USD\"", "\"ZZZ\""))
                .when().post(RECORDS + "E1/changes").then().statusCode(400);
        given().contentType("application/json").body(change("2024-01-01", "HIRE", "L4", "1").replace("15", "101"))
                .when().post(RECORDS + "E1/changes").then().statusCode(400);
        given().when().get(RECORDS + "bad id!").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void aRecordCarriesTheLevelThePeopleRecordHasOnItsDay() {
        String person = "E" + UUID.randomUUID().toString().substring(0, 8);
        LevelingStub.holds(person, "L5", LocalDate.of(2025, 1, 1));
        given().contentType("application/json").body(change("2025-06-01", "MERIT", "L7", "300000"))
                .when().post(RECORDS + person + "/changes")
                .then().statusCode(422).body("errors[0].field", equalTo("level"))
                .body("errors[0].message", containsString("must be L5"));
        given().contentType("application/json").body(change("2024-06-01", "HIRE", "L5", "300000"))
                .when().post(RECORDS + person + "/changes")
                .then().statusCode(422).body("detail", containsString("holds no level in the people record on 2024-06-01"));
        given().contentType("application/json").body(change("2025-06-01", "MERIT", "L5", "300000"))
                .when().post(RECORDS + "E-NOBODY/changes")
                .then().statusCode(422).body("detail", containsString("people record has no E-NOBODY"));
        given().when().get(RECORDS + person).then().statusCode(404);
        given().contentType("application/json").body(change("2025-06-01", "MERIT", "L5", "300000"))
                .when().post(RECORDS + person + "/changes").then().statusCode(201);
        // Last: the failures open the circuit breaker, as they would in production, until the next test.
        given().contentType("application/json").body(change("2025-06-01", "MERIT", "L5", "300000"))
                .when().post(RECORDS + "E-BROKEN/changes")
                .then().statusCode(503).body("detail", containsString("nothing was written"));
    }

    @Test
    void anonymousCallerIsRefused() {
        given().when().get(RECORDS + "E1").then().statusCode(401);
    }

    /** Arranges a record as comp-admin would, straight through the service's table. */
    private static void insertAsCompAdmin(String person) {
        CompRecordFixture.insert(person);
    }
}
