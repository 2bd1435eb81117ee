package com.careerplatform.leveling.selfcheck;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import com.careerplatform.leveling.people.PeopleFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The checklist round trip: an employee records their own, reads it back; their manager reads it, nobody else. */
@QuarkusTest
class SelfAssessmentTest {

    private static final String ASSESSMENTS = "/api/v1/self-assessments";
    // Fixed ids: the @TestSecurity attributes below must name them at compile time.
    private static final String MANAGER = "E4001";
    private static final String SELF = "E4002";
    private static final String OTHER = "E4003";

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** The same three people for every test of the class (the schema starts empty at each test run). */
    private static void ensurePeople() {
        if (PeopleFixtures.count("select count(*) from person where employee_id = ?", MANAGER) == 0) {
            PeopleFixtures.person(MANAGER, null, "L7", LocalDate.of(2023, 1, 1));
            PeopleFixtures.person(SELF, MANAGER, "L5", LocalDate.of(2024, 1, 1));
            PeopleFixtures.person(OTHER, null, "L5", LocalDate.of(2024, 1, 1));
        }
    }

    /** Twelve answers, items in {@code checked} ticked. */
    private static String answers(String takenOn, List<Integer> checked) {
        String answers = IntStream.rangeClosed(1, 12)
                .mapToObj(item -> "{\"item\": " + item + ", \"checked\": " + checked.contains(item) + "}")
                .collect(Collectors.joining(", "));
        return "{" + (takenOn == null ? "" : "\"takenOn\": \"" + takenOn + "\", ") + "\"answers\": [" + answers + "]}";
    }

    private static String record(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(ASSESSMENTS)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "sami", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = SELF))
    void anEmployeeRecordsTheChecklistAndReadsItBackWithEachItemsText() {
        ensurePeople();
        JsonPath checklist = given().when().get("/api/v1/frameworks/ai-engineer/guides/CHECKLIST")
                .then().statusCode(200).extract().jsonPath();
        String key = UUID.randomUUID().toString();
        String body = answers("2026-11-30", List.of(1, 3, 9));
        String id = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).when().post(ASSESSMENTS)
                .then().statusCode(201)
                .header("Location", containsString(ASSESSMENTS + "/"))
                .body("employeeId", equalTo(SELF))
                .body("framework", equalTo("ai-engineer"))
                .body("prompt", equalTo("Is my career actually well-designed?"))
                .body("takenOn", equalTo("2026-11-30"))
                .body("checked", equalTo(3))
                .body("items", equalTo(12))
                .extract().path("id");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).when().post(ASSESSMENTS)
                .then().statusCode(201).header("Idempotency-Replayed", equalTo("true")).body("id", equalTo(id));

        JsonPath read = given().when().get(ASSESSMENTS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(checklist.getList("passages[0].items"), read.getList("answers.text"));
        List<Boolean> ticked = new ArrayList<>();
        IntStream.rangeClosed(1, 12).forEach(item -> ticked.add(List.of(1, 3, 9).contains(item)));
        assertEquals(ticked, read.getList("answers.checked"));
        assertEquals("I know my current level (L3/L4/L5/...) against my company's official criteria.", read.get("answers[0].text"));

        String later = record(answers(null, List.of(1, 2, 3, 9)));
        given().when().get(ASSESSMENTS)
                .then().statusCode(200)
                .body("items[0].id", equalTo(later))
                .body("items[0].takenOn", equalTo(LocalDate.now().toString()))
                .body("items.id", hasItem(id));
    }

    @Test
    @TestSecurity(user = "sami", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = SELF))
    void everyItemIsAnsweredOnceOnADayThatHasCome() {
        ensurePeople();
        String missingAndDouble = answers(null, List.of()).replace("{\"item\": 12, \"checked\": false}", "{\"item\": 11, \"checked\": true}");
        given().contentType(ContentType.JSON).body(missingAndDouble).when().post(ASSESSMENTS)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("answers[11].item", "answers")))
                .body("errors[0].message", equalTo("item 11 is answered twice"))
                .body("errors[1].message", equalTo("every item is answered, checked or not; missing [12]"));
        given().contentType(ContentType.JSON).body(answers(null, List.of()).replace("\"item\": 12", "\"item\": 13"))
                .when().post(ASSESSMENTS)
                .then().statusCode(400).body("errors[0].message", equalTo("the checklist has items 1 to 12"));
        given().contentType(ContentType.JSON).body(answers(LocalDate.now().plusDays(2).toString(), List.of()))
                .when().post(ASSESSMENTS)
                .then().statusCode(400).body("errors[0].field", equalTo("takenOn"));
        given().contentType(ContentType.JSON).body(answers("2026-13-01", List.of())).when().post(ASSESSMENTS)
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body("{}").when().post(ASSESSMENTS)
                .then().statusCode(400).body("errors[0].field", equalTo("answers"));
        given().contentType(ContentType.JSON).body(answers(null, List.of()).replace("\"checked\": false}", "\"checked\": null}"))
                .when().post(ASSESSMENTS).then().statusCode(400);
        given().contentType(ContentType.TEXT).body("yes").when().post(ASSESSMENTS).then().statusCode(415);
        given().when().get(ASSESSMENTS + "/not-a-uuid").then().statusCode(400);
        given().queryParam("size", 0).when().get(ASSESSMENTS).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "mona", roles = {"employee", "manager"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = MANAGER))
    void aManagerReadsTheirReportsSelfAssessments() {
        ensurePeople();
        String id = selfAssessmentOf(SELF);
        given().queryParam("employeeId", SELF).when().get(ASSESSMENTS)
                .then().statusCode(200).body("items.id", hasItem(id));
        given().when().get(ASSESSMENTS + "/" + id).then().statusCode(200).body("employeeId", equalTo(SELF));
    }

    @Test
    @TestSecurity(user = "otto", roles = {"employee", "hr-admin"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = OTHER))
    void anyoneElseHrAdminIncludedFindsNone() {
        ensurePeople();
        String id = selfAssessmentOf(SELF);
        given().queryParam("employeeId", SELF).when().get(ASSESSMENTS)
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get(ASSESSMENTS + "/" + id).then().statusCode(404);
        given().when().get(ASSESSMENTS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "hr-system", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void aCallerWhoIsNobodyOfThePeopleRecordHasNoneAndCannotRecordOne() {
        given().when().get(ASSESSMENTS).then().statusCode(200).body("totalItems", equalTo(0));
        given().contentType(ContentType.JSON).body(answers(null, List.of())).when().post(ASSESSMENTS)
                .then().statusCode(403).body("detail", containsString("employee_id"));
    }

    @Test
    @TestSecurity(user = "victor", roles = "offline_access", augmentors = PlatformMemberAugmentor.class)
    void refusesAccountsWithoutAPlatformRole() {
        given().when().get(ASSESSMENTS).then().statusCode(403);
        given().contentType(ContentType.JSON).body(answers(null, List.of())).when().post(ASSESSMENTS).then().statusCode(403);
    }

    @Test
    void refusesCallsWithoutAToken() {
        given().when().get(ASSESSMENTS).then().statusCode(401);
    }

    /** A self-assessment of {@code employeeId}, written as the employee would have (the test identity is someone else). */
    private static String selfAssessmentOf(String employeeId) {
        String id = UUID.randomUUID().toString();
        PeopleFixtures.execute("insert into self_assessment (id, employee_id, framework_slug, framework_version, taken_on,"
                + " answers, created_at) values (?::uuid, ?, 'ai-engineer', 1, current_date, ?::jsonb, now())", id, employeeId,
                IntStream.rangeClosed(1, 12).mapToObj(item -> "{\"item\": " + item + ", \"checked\": true, \"note\": null}")
                        .collect(Collectors.joining(", ", "[", "]")));
        return id;
    }
}
