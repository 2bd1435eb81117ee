package com.careerplatform.leveling.people;

import static com.careerplatform.leveling.people.PeopleFixtures.employeeId;
import static com.careerplatform.leveling.people.PeopleFixtures.person;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A person reads their own record and history, their manager reads their reports', HR and comp read
 * anyone's; for everyone else the person does not exist. The level answered is the one in force on asOf.
 */
@QuarkusTest
class PeopleReadsTest {

    private static final String PEOPLE = "/api/v1/people/";
    // Fixed ids: the @TestSecurity attributes below must name them at compile time.
    private static final String MANAGER = "E3001";
    private static final String REPORT = "E3002";
    private static final String OTHER = "E3003";

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** The same three people for every test of the class (the schema starts empty at each test run). */
    private static void ensurePeople() {
        if (PeopleFixtures.count("select count(*) from person where employee_id = ?", MANAGER) == 0) {
            person(MANAGER, null, "L7", LocalDate.of(2023, 1, 1));
            person(REPORT, MANAGER, "L4", LocalDate.of(2024, 1, 1));
            PeopleFixtures.level(REPORT, "L5", LocalDate.of(2026, 3, 1), "PROMOTED", "00000000-0000-4000-8000-000000000abc");
            person(OTHER, null, "L5", LocalDate.of(2024, 1, 1));
        }
    }

    @Test
    @TestSecurity(user = "rita", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = REPORT))
    void aPersonReadsTheirOwnRecordWithTheLevelInForceOnADay() {
        ensurePeople();
        given().when().get(PEOPLE + REPORT).then().statusCode(200)
                .body("employeeId", equalTo(REPORT)).body("managerId", equalTo(MANAGER))
                .body("level", equalTo("L5")).body("levelReason", equalTo("PROMOTED")).body("levelSince", equalTo("2026-03-01"));
        given().queryParam("asOf", "2026-02-28").when().get(PEOPLE + REPORT).then().statusCode(200)
                .body("level", equalTo("L4")).body("asOf", equalTo("2026-02-28"));
        given().queryParam("asOf", "2023-06-01").when().get(PEOPLE + REPORT).then().statusCode(200)
                .body("level", nullValue());
        given().when().get(PEOPLE + REPORT + "/level-history").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.level", contains("L5", "L4"))
                .body("items.reason", contains("PROMOTED", "IMPORTED"));
    }

    @Test
    @TestSecurity(user = "rita", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = REPORT))
    void someoneElsesRecordDoesNotExistForAnEmployee() {
        ensurePeople();
        given().when().get(PEOPLE + OTHER).then().statusCode(404).body("detail", containsString(OTHER));
        given().when().get(PEOPLE + OTHER + "/level-history").then().statusCode(404);
        given().when().get(PEOPLE + MANAGER).then().statusCode(404);
        given().when().get(PEOPLE + MANAGER + "/reports").then().statusCode(404);
        given().when().get(PEOPLE + "E-NOBODY").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "max", roles = {"employee", "manager"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = MANAGER))
    void aManagerReadsTheirReportsAndTheirRecords() {
        ensurePeople();
        given().when().get(PEOPLE + MANAGER + "/reports").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].employeeId", equalTo(REPORT))
                .body("items[0].level", equalTo("L5"));
        given().when().get(PEOPLE + REPORT).then().statusCode(200).body("level", equalTo("L5"));
        given().when().get(PEOPLE + REPORT + "/level-history").then().statusCode(200);
        given().when().get(PEOPLE + OTHER).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void hrAdminReadsAnyone() {
        ensurePeople();
        given().when().get(PEOPLE + OTHER).then().statusCode(200).body("level", equalTo("L5"));
        given().when().get(PEOPLE + MANAGER + "/reports").then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void compAdminReadsLevelsForPay() {
        ensurePeople();
        given().queryParam("asOf", "2025-06-01").when().get(PEOPLE + REPORT).then().statusCode(200)
                .body("level", equalTo("L4"));
    }

    @Test
    @TestSecurity(user = "hana", roles = {"employee", "hiring-committee"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E3999"))
    void aCommitteeMemberSeesNobodysRecord() {
        ensurePeople();
        given().when().get(PEOPLE + REPORT).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void malformedIdsAndDatesAreRefused() {
        given().when().get(PEOPLE + "E 1").then().statusCode(400);
        given().when().get(PEOPLE + "x".repeat(65)).then().statusCode(400);
        given().queryParam("asOf", "2026-02-30").when().get(PEOPLE + employeeId()).then().statusCode(400);
        given().queryParam("size", 201).when().get(PEOPLE + MANAGER + "/reports").then().statusCode(400);
    }
}
