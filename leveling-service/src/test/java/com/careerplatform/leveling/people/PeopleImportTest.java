package com.careerplatform.leveling.people;

import static com.careerplatform.leveling.people.PeopleFixtures.count;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An HR system loads its people once, as JSON or CSV: all or nothing, and the same file twice changes nothing. */
@QuarkusTest
@TestSecurity(user = "service-account-hr-system", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
class PeopleImportTest {

    private static final String IMPORT = "/api/v1/people/import";

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static long people() {
        return count("select count(*) from person");
    }

    @Test
    void importsPeopleWhoseManagersComeLaterInTheFileAndAReimportChangesNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String body = """
                {"people": [
                  {"employeeId": "I%1$s-2", "userName": "eli-%1$s", "managerId": "I%1$s-1", "market": "KR",
                   "track": "ML_ENGINEER", "level": "L4", "levelEffectiveFrom": "2025-09-01"},
                  {"employeeId": "I%1$s-1", "userName": "dana-%1$s", "displayName": "Dana Diaz", "market": "US",
                   "level": "L6", "levelEffectiveFrom": "2023-04-01"}]}
                """.formatted(tag);
        given().contentType(ContentType.JSON).body(body).when().post(IMPORT)
                .then().statusCode(200).body("rows", equalTo(2)).body("created", equalTo(2)).body("unchanged", equalTo(0));
        given().contentType(ContentType.JSON).body(body).when().post(IMPORT)
                .then().statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(2));
        given().when().get("/api/v1/people/I" + tag + "-2").then().statusCode(200)
                .body("managerId", equalTo("I" + tag + "-1")).body("level", equalTo("L4"))
                .body("levelReason", equalTo("IMPORTED")).body("levelSince", equalTo("2025-09-01"));
        assertEquals(2, count("select count(*) from person_level_change where employee_id like ?", "I" + tag + "%"));
    }

    @Test
    void refusesTheWholeFileWithEveryProblemByRow() {
        long before = people();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        given().contentType(ContentType.JSON).body("""
                {"people": [
                  {"employeeId": "J%1$s-1", "userName": "ok-%1$s"},
                  {"employeeId": "J%1$s-2", "userName": "lvl-%1$s", "level": "L12"},
                  {"employeeId": "J%1$s-3", "userName": "OK-%1$s"},
                  {"employeeId": "J%1$s-4", "userName": "t-%1$s", "managerId": "J-NOBODY", "track": "CHEF"}]}
                """.formatted(tag))
                .when().post(IMPORT)
                .then().statusCode(400)
                .body("errors.field", contains("people[1].level", "people[2].userName", "people[3].managerId",
                        "people[3].track"));
        assertEquals(before, people(), "nothing was written");
    }

    @Test
    void refusesLoopsOfManagersInTheFile() {
        long before = people();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        given().contentType(ContentType.JSON).body("""
                {"people": [
                  {"employeeId": "K%1$s-1", "userName": "a-%1$s", "managerId": "K%1$s-2"},
                  {"employeeId": "K%1$s-2", "userName": "b-%1$s", "managerId": "K%1$s-1"}]}
                """.formatted(tag))
                .when().post(IMPORT)
                .then().statusCode(400).body("errors.field", contains("people[0].managerId", "people[1].managerId"));
        assertEquals(before, people());
    }

    @Test
    void importsCsvAndNamesRowAndColumnOfEveryBadCell() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        given().contentType("text/csv").body("""
                employeeId,userName,managerId,market,level,levelEffectiveFrom,active
                C%1$s-1,csv1-%1$s,,US,L5,2024-02-01,true
                C%1$s-2,csv2-%1$s,C%1$s-1,KR,L3,2025-02-01,
                """.formatted(tag))
                .when().post(IMPORT).then().statusCode(200).body("created", equalTo(2));
        long before = people();
        given().contentType("text/csv").body("""
                employeeId,userName,market,levelEffectiveFrom,active
                D%1$s-1,d1-%1$s,MARS,2024-02-30,yes
                D%1$s-2,,US,,
                """.formatted(tag))
                .when().post(IMPORT).then().statusCode(400)
                .body("errors.field", contains("row 2.active", "row 2.levelEffectiveFrom", "row 2.market", "row 3.userName"));
        given().contentType("text/csv").body("employeeId,nickName\nx,y\n").when().post(IMPORT)
                .then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString("nickName"));
        assertEquals(before, people());
    }

    @Test
    void refusesEmptyAndDuplicateFiles() {
        given().contentType(ContentType.JSON).body("{\"people\": []}").when().post(IMPORT).then().statusCode(400);
        given().contentType(ContentType.JSON).body("""
                {"people": [{"employeeId": "DUP1", "userName": "x1"}, {"employeeId": "DUP1", "userName": "x2"}]}
                """).when().post(IMPORT).then().statusCode(400).body("errors.field", hasItem("people[1].employeeId"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void onlyHrAdminImports() {
        given().contentType(ContentType.JSON).body("{\"people\": [{\"employeeId\": \"Z1\", \"userName\": \"z1\"}]}")
                .when().post(IMPORT).then().statusCode(403);
    }
}
