package com.careerplatform.promotion.cycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PromotionCycleResourceTest {

    private static final String CYCLES = "/api/v1/promotion-cycles";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String cycle(String name, String opens, String closes) {
        return """
                {"name": "%s", "frameworkSlug": "ai-engineer", "submissionOpens": "%s", "submissionCloses": "%s"}
                """.formatted(name, opens, closes);
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void hrAdminOpensACycleThatEveryoneCanReadBack() {
        String location = given().contentType("application/json").body(cycle("2027 H1", "2027-01-04", "2027-01-29"))
                .when().post(CYCLES)
                .then().statusCode(201)
                .body("name", equalTo("2027 H1"))
                .body("status", equalTo("OPEN"))
                .body("createdBy", equalTo("helen"))
                .body("acceptingSubmissionsToday", equalTo(false))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("submissionOpens", equalTo("2027-01-04"))
                .body("submissionCloses", equalTo("2027-01-29"));
        given().when().get(CYCLES)
                .then().statusCode(200)
                .body("items.name", hasItem("2027 H1"))
                .body("page", equalTo(0));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void employeeCannotOpenACycle() {
        given().contentType("application/json").body(cycle("Sneaky", "2027-01-04", "2027-01-29"))
                .when().post(CYCLES)
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void employeeListsCycles() {
        given().when().get(CYCLES).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "victor", roles = "offline_access", augmentors = PlatformMemberAugmentor.class)
    void accountWithoutPlatformRoleCannotList() {
        given().when().get(CYCLES).then().statusCode(403);
    }

    @Test
    void anonymousCallerIsRefused() {
        given().when().get(CYCLES).then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(cycle("Anon", "2027-01-04", "2027-01-29"))
                .when().post(CYCLES).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void duplicateNameIsAConflict() {
        given().contentType("application/json").body(cycle("2027 H2", "2027-07-01", "2027-07-31"))
                .when().post(CYCLES).then().statusCode(201);
        given().contentType("application/json").body(cycle("2027 h2", "2027-07-01", "2027-07-31"))
                .when().post(CYCLES)
                .then().statusCode(409)
                .body("type", equalTo("urn:career-platform:problem:conflict"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void aRetryWithTheSameIdempotencyKeyAnswersTheFirstCycleAgain() {
        String key = "cycle-" + UUID.randomUUID();
        String name = "Retried " + key;
        String first = given().header("Idempotency-Key", key).contentType("application/json")
                .body(cycle(name, "2027-07-01", "2027-07-31"))
                .when().post(CYCLES).then().statusCode(201).extract().path("id");
        given().header("Idempotency-Key", key).contentType("application/json").body(cycle(name, "2027-07-01", "2027-07-31"))
                .when().post(CYCLES)
                .then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .header("Location", endsWith(first))
                .body("id", equalTo(first));
        given().header("Idempotency-Key", key).contentType("application/json").body(cycle(name + " B", "2027-07-01", "2027-07-31"))
                .when().post(CYCLES)
                .then().statusCode(422)
                .body("detail", containsString("different request"));
        given().header("Idempotency-Key", "has space").contentType("application/json").body(cycle(name + " C", "2027-07-01", "2027-07-31"))
                .when().post(CYCLES).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void hrAdminMovesTheWindowWithIfMatchAndClosesTheCycleForGood() {
        String name = "Edited " + UUID.randomUUID();
        String location = given().contentType("application/json").body(cycle(name, "2027-01-04", "2027-01-29"))
                .when().post(CYCLES).then().statusCode(201).extract().header("Location");
        String etag = given().when().get(location).then().statusCode(200).extract().header("ETag");
        String edit = """
                {"name": "%s", "submissionOpens": "2027-01-04", "submissionCloses": "2027-02-05"}
                """.formatted(name + " (extended)");

        given().contentType("application/json").body(edit).when().put(location).then().statusCode(428);
        given().contentType("application/json").header("If-Match", "\"cycle.stale\"").body(edit).when().put(location)
                .then().statusCode(412);
        given().contentType("application/json").header("If-Match", etag)
                .body(edit.replace("\"name\"", "\"frameworkSlug\": \"other\", \"name\""))
                .when().put(location).then().statusCode(400).body("errors[0].field", equalTo("frameworkSlug"));
        given().contentType("application/json").header("If-Match", etag).body(edit.replace("2027-02-05", "2026-12-01"))
                .when().put(location).then().statusCode(400);
        String edited = given().contentType("application/json").header("If-Match", etag).body(edit).when().put(location)
                .then().statusCode(200)
                .body("name", equalTo(name + " (extended)"))
                .body("submissionCloses", equalTo("2027-02-05"))
                .body("frameworkSlug", equalTo("ai-engineer"))
                .header("ETag", not(equalTo(etag)))
                .extract().header("ETag");

        given().header("If-Match", etag).when().post(location + "/close").then().statusCode(412);
        String closed = given().header("If-Match", edited).when().post(location + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED")).extract().header("ETag");
        given().header("If-Match", closed).when().post(location + "/close")
                .then().statusCode(409).body("detail", containsString("is closed"));
        given().contentType("application/json").header("If-Match", closed).body(edit).when().put(location).then().statusCode(409);
        given().queryParam("status", "CLOSED").queryParam("size", 200).when().get(CYCLES)
                .then().statusCode(200).body("items.name", hasItem(name + " (extended)"));
        given().queryParam("resourceType", "promotion-cycle").queryParam("resourceId", location.substring(location.lastIndexOf('/') + 1))
                .when().get("/api/v1/audit-log/promotion")
                .then().statusCode(200).body("items.action", hasItems("promotion-cycle.closed", "promotion-cycle.edited"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void anotherCyclesNameIsNotTakenByAnEdit() {
        String taken = "Taken " + UUID.randomUUID();
        given().contentType("application/json").body(cycle(taken, "2027-01-04", "2027-01-29")).when().post(CYCLES).then().statusCode(201);
        String location = given().contentType("application/json").body(cycle("Mine " + UUID.randomUUID(), "2027-01-04", "2027-01-29"))
                .when().post(CYCLES).then().statusCode(201).extract().header("Location");
        String etag = given().when().get(location).then().extract().header("ETag");
        given().contentType("application/json").header("If-Match", etag)
                .body("{\"name\": \"" + taken.toUpperCase() + "\", \"submissionOpens\": \"2027-01-04\", \"submissionCloses\": \"2027-01-29\"}")
                .when().put(location).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void anEmployeeNeitherEditsNorClosesACycle() {
        String cycle = "/api/v1/promotion-cycles/" + UUID.randomUUID();
        given().contentType("application/json").header("If-Match", "*")
                .body("{\"name\": \"x\", \"submissionOpens\": \"2027-01-04\", \"submissionCloses\": \"2027-01-29\"}")
                .when().put(cycle).then().statusCode(403);
        given().header("If-Match", "*").when().post(cycle + "/close").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void refusesAFrameworkLevelingServiceDoesNotPublish() {
        String name = "Unknown framework " + UUID.randomUUID();
        given().contentType("application/json").body(cycle(name, "2027-01-04", "2027-01-29").replace("ai-engineer", "astronaut"))
                .when().post(CYCLES)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("'astronaut' is not published"));
        given().queryParam("size", 200).when().get(CYCLES).then().statusCode(200).body("items.name", not(hasItem(name)));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void writesNothingWhileLevelingServiceCannotConfirmTheFramework() {
        String name = "Broken framework " + UUID.randomUUID();
        given().contentType("application/json").body(cycle(name, "2027-01-04", "2027-01-29").replace("ai-engineer", "broken-framework"))
                .when().post(CYCLES)
                .then().statusCode(503)
                .body("detail", containsString("nothing was written"));
        given().queryParam("size", 200).when().get(CYCLES).then().statusCode(200).body("items.name", not(hasItem(name)));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsAWindowThatClosesBeforeItOpens() {
        given().contentType("application/json").body(cycle("Backwards", "2027-02-01", "2027-01-01"))
                .when().post(CYCLES)
                .then().statusCode(400)
                .body("errors.message", hasItem("submissionCloses must not be before submissionOpens"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsMissingAndMalformedFields() {
        given().contentType("application/json").body("{\"frameworkSlug\": \"AI Engineer\"}")
                .when().post(CYCLES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "frameworkSlug", "submissionOpens", "submissionCloses"));

        given().contentType("application/json")
                .body("{\"name\": \"x\", \"frameworkSlug\": \"ai-engineer\", \"submissionOpens\": \"next monday\", \"submissionCloses\": \"2027-01-01\"}")
                .when().post(CYCLES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("submissionOpens"));
        given().contentType("application/json").body(cycle("Far future", "2027-01-04", "+10000-01-01"))
                .when().post(CYCLES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("submissionCloses"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsANameWithTheNulCharacter() {
        given().contentType("application/json").body(cycle("2028 H1\\u0000", "2028-01-03", "2028-01-28"))
                .when().post(CYCLES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
        given().queryParam("size", 200).when().get(CYCLES).then().statusCode(200).body("items.name", not(hasItem(startsWith("2028 H1"))));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsUnknownFieldsBrokenJsonAndNonJsonBodies() {
        given().contentType("application/json")
                .body("{\"name\": \"x\", \"frameworkSlug\": \"ai-engineer\", \"submissionOpens\": \"2027-01-01\", \"submissionCloses\": \"2027-01-02\", \"budget\": 5}")
                .when().post(CYCLES)
                .then().statusCode(400)
                .body("detail", containsString("budget"));

        given().contentType("application/json").body("{\"name\": ")
                .when().post(CYCLES)
                .then().statusCode(400)
                .body("type", equalTo("urn:career-platform:problem:malformed-body"));

        given().contentType("text/plain").body("name=x")
                .when().post(CYCLES)
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void rejectsBadListParameters() {
        given().queryParam("size", 201).when().get(CYCLES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("status", "HALF_OPEN").when().get(CYCLES)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("must be one of [OPEN, CLOSED]"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsOverLongParametersAndFieldsWithAProblemNamingThem() {
        given().queryParam("status", "OPEN" + " ".repeat(97)).when().get(CYCLES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:validation"))
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("100"));
        given().queryParam("page", 100_001).when().get(CYCLES)
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().contentType("application/json")
                .body(cycle("Too long a slug", "2027-01-04", "2027-01-29").replace("ai-engineer", "a".repeat(101)))
                .when().post(CYCLES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:validation"))
                .body("errors[0].field", equalTo("frameworkSlug"))
                .body("errors[0].message", containsString("100"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void cycleIdsThatAreNotUuidsAreProblemsNot500() {
        given().when().get(CYCLES + "/42")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:validation"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void unknownCycleIsNotFound() {
        given().when().get(CYCLES + "/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", not(containsString("Exception")));
    }
}
