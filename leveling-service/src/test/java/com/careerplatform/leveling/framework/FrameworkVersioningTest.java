package com.careerplatform.leveling.framework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FrameworkVersioningTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String slug() {
        return "fw-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String content(String stage, String... bullets) {
        StringBuilder items = new StringBuilder();
        for (String bullet : bullets) {
            items.append(items.isEmpty() ? "" : ",").append("{\"kind\": \"EXPECTATION\", \"text\": \"").append(bullet).append("\"}");
        }
        return """
                {"name": "Data Engineer",
                 "axes": [{"code": "TECHNICAL_DEPTH", "name": "Technical depth", "description": "pipelines."}],
                 "levels": [{"code": "L3", "stage": "%s", "title": "Junior", "yearsFrom": 0, "yearsTo": 3, "items": [%s]},
                            {"code": "L4", "stage": "Mid", "title": "Mid", "items": []}]}
                """.formatted(stage, items);
    }

    private static String create(String slug) {
        return given().contentType("application/json")
                .body("{\"slug\": \"" + slug + "\", \"content\": " + content("Junior", "Ship a tested pipeline.") + "}")
                .when().post("/api/v1/frameworks")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/frameworks/" + slug + "/versions/1"))
                .body("status", equalTo("DRAFT"))
                .body("number", equalTo(1))
                .extract().header("ETag");
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void draftIsEditedWithIfMatchPublishedAndThenImmutable() {
        String slug = slug();
        String etag = create(slug);
        String versionPath = "/api/v1/frameworks/" + slug + "/versions/1";

        given().contentType("application/json").body(content("Junior")).when().put(versionPath)
                .then().statusCode(428).body("type", equalTo("urn:career-platform:problem:precondition-required"));
        given().contentType("application/json").header("If-Match", "\"" + slug + ".v1.r99\"").body(content("Junior"))
                .when().put(versionPath)
                .then().statusCode(412).body("type", equalTo("urn:career-platform:problem:precondition-failed"));
        String edited = given().contentType("application/json").header("If-Match", etag)
                .body(content("Junior", "Ship a tested pipeline.", "Own one dashboard."))
                .when().put(versionPath)
                .then().statusCode(200)
                .body("content.levels[0].items.text", contains("Ship a tested pipeline.", "Own one dashboard."))
                .extract().header("ETag");
        given().header("If-Match", etag).when().post(versionPath + "/publish")
                .then().statusCode(412);

        given().header("If-Match", edited).when().post(versionPath + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("current", equalTo(true));

        given().contentType("application/json").header("If-Match", "*").body(content("Junior"))
                .when().put(versionPath)
                .then().statusCode(409).body("detail", containsString("is published"));
        given().header("If-Match", "*").when().post(versionPath + "/publish").then().statusCode(409);
        given().when().get("/api/v1/frameworks/" + slug + "/levels/L3")
                .then().statusCode(200).body("expectations.text", contains("Ship a tested pipeline.", "Own one dashboard."));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void newDraftCopiesTheCurrentVersionAndTheDiffShowsWhatChanged() {
        String slug = slug();
        String etag = create(slug);
        given().header("If-Match", etag).when().post("/api/v1/frameworks/" + slug + "/versions/1/publish")
                .then().statusCode(200);

        String draftTag = given().when().post("/api/v1/frameworks/" + slug + "/versions")
                .then().statusCode(201)
                .body("number", equalTo(2))
                .body("status", equalTo("DRAFT"))
                .body("content.levels[0].items.text", contains("Ship a tested pipeline."))
                .extract().header("ETag");
        given().when().post("/api/v1/frameworks/" + slug + "/versions")
                .then().statusCode(409).body("detail", containsString("already has draft version 2"));

        given().contentType("application/json").header("If-Match", draftTag)
                .body(content("Associate", "Ship two tested pipelines."))
                .when().put("/api/v1/frameworks/" + slug + "/versions/2")
                .then().statusCode(200);

        given().queryParam("from", 1).queryParam("to", 2).when().get("/api/v1/frameworks/" + slug + "/diff")
                .then().statusCode(200)
                .body("identical", equalTo(false))
                .body("levels.changed[0].code", equalTo("L3"))
                .body("levels.changed[0].fields.stage.from", equalTo("Junior"))
                .body("levels.changed[0].fields.stage.to", equalTo("Associate"))
                .body("levels.changed[0].itemsAdded.text", contains("Ship two tested pipelines."))
                .body("levels.changed[0].itemsRemoved.text", contains("Ship a tested pipeline."))
                .body("levels.added", org.hamcrest.Matchers.empty());

        given().when().get("/api/v1/frameworks/" + slug + "/versions")
                .then().statusCode(200)
                .body("items.number", contains(1, 2))
                .body("items.status", contains("PUBLISHED", "DRAFT"))
                .body("items[0].content", nullValue());
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void versionsComeAPageAtATimeOldestFirst() {
        String slug = slug();
        given().header("If-Match", create(slug)).when().post("/api/v1/frameworks/" + slug + "/versions/1/publish")
                .then().statusCode(200);
        given().when().post("/api/v1/frameworks/" + slug + "/versions").then().statusCode(201);
        String versions = "/api/v1/frameworks/" + slug + "/versions";

        given().queryParam("size", 1).when().get(versions)
                .then().statusCode(200)
                .body("items.number", contains(1))
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .body("totalItems", equalTo(2))
                .body("hasNext", equalTo(true));
        given().queryParam("size", 1).queryParam("page", 1).when().get(versions)
                .then().statusCode(200)
                .body("items.number", contains(2))
                .body("items.status", contains("DRAFT"))
                .body("hasNext", equalTo(false));
        given().queryParam("size", 201).when().get(versions)
                .then().statusCode(400)
                .body("type", equalTo("urn:career-platform:problem:validation"))
                .body("errors.field", hasItem("size"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void frameworksComeAPageAtATimeBySlug() {
        String first = "aa-" + UUID.randomUUID().toString().substring(0, 8);
        create(first);
        create(slug());

        given().queryParam("size", 2).when().get("/api/v1/frameworks")
                .then().statusCode(200)
                .body("items.slug", contains(first, "ai-engineer"))
                .body("items.name", contains(null, "AI Engineer"))
                .body("items.currentVersion", contains(null, 1))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", greaterThanOrEqualTo(3))
                .body("hasNext", equalTo(true));
        given().queryParam("size", 201).when().get("/api/v1/frameworks")
                .then().statusCode(400)
                .body("errors.field", hasItem("size"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void refusesADraftPastTheHighestVersionNumber() throws SQLException {
        String slug = slug();
        given().header("If-Match", create(slug)).when().post("/api/v1/frameworks/" + slug + "/versions/1/publish")
                .then().statusCode(200);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement version = connection.prepareStatement("update framework_version set number = 100000"
                        + " where framework_id = (select id from framework where slug = ?)");
                PreparedStatement current = connection.prepareStatement(
                        "update framework set current_version = 100000 where slug = ?")) {
            version.setString(1, slug);
            version.executeUpdate();
            current.setString(1, slug);
            current.executeUpdate();
        }

        given().when().post("/api/v1/frameworks/" + slug + "/versions")
                .then().statusCode(409)
                .body("type", equalTo("urn:career-platform:problem:conflict"))
                .body("detail", containsString("highest version number"));
        given().when().get("/api/v1/frameworks/" + slug + "/versions")
                .then().statusCode(200).body("items.number", contains(100000));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void unpublishedFrameworkHasNoPublishedReadAndEveryWriteIsAudited() {
        String slug = slug();
        create(slug);
        given().when().get("/api/v1/frameworks/" + slug + "/levels/L3")
                .then().statusCode(404).body("detail", containsString("no published version yet"));

        given().queryParam("resourceType", "framework-version").queryParam("resourceId", slug + "/v1")
                .when().get("/api/v1/audit-log/leveling")
                .then().statusCode(200)
                .body("items.action", contains("framework.created"))
                .body("items[0].actor", equalTo("helen"))
                .body("items[0].after.content.name", equalTo("Data Engineer"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsTakenSlugsBadSlugsAndInvalidContent() {
        String slug = slug();
        create(slug);
        given().contentType("application/json")
                .body("{\"slug\": \"" + slug + "\", \"content\": " + content("Junior") + "}")
                .when().post("/api/v1/frameworks").then().statusCode(409);

        given().contentType("application/json").body("{\"slug\": \"Data Engineer\", \"content\": " + content("Junior") + "}")
                .when().post("/api/v1/frameworks")
                .then().statusCode(400).body("errors.field", hasItem("slug"));

        given().contentType("application/json").body("{\"slug\": \"" + slug() + "\", \"content\": {\"axes\": [], \"levels\": []}}")
                .when().post("/api/v1/frameworks")
                .then().statusCode(400)
                .body("errors.field", hasItems("content.name", "content.axes", "content.levels"));

        String duplicated = content("Junior").replace("{\"code\": \"L4\"", "{\"code\": \"L3\"");
        given().contentType("application/json").body("{\"slug\": \"" + slug() + "\", \"content\": " + duplicated + "}")
                .when().post("/api/v1/frameworks")
                .then().statusCode(400)
                .body("errors.field", hasItem("content.levels[1].code"))
                .body("errors.message", hasItem("duplicate level code"));

        given().contentType("application/json")
                .body("{\"slug\": \"" + slug() + "\", \"content\": " + content("Junior", "x").replace("EXPECTATION", "WISH") + "}")
                .when().post("/api/v1/frameworks")
                .then().statusCode(400)
                .body("errors[0].message", containsString("EXPECTATION, MUST_DO, DONT"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void anInterviewLoopAndGuidesAreContentHrAdminWritesAndTheirRulesAreChecked() {
        String loop = """
                "interviewLoop": {"title": "Our loop", "minRounds": 2, "maxRounds": 3,
                  "rounds": [{"code": "CODING", "name": "Coding", "focus": "SQL."},
                             {"code": "SYSTEM_DESIGN", "name": "System design", "focus": "Pipelines."}],
                  "banks": [{"kind": "QUESTIONS", "section": "Q1", "title": "Design staples", "rounds": ["SYSTEM_DESIGN"],
                             "entries": ["Design a CDC pipeline."]}]},
                "guides": [{"code": "ON_CALL", "use": "READING", "title": "On call",
                            "passages": [{"text": "Hand over in writing.", "items": ["Keep runbooks current."]}]}]""";
        String slug = slug();
        given().contentType("application/json")
                .body("{\"slug\": \"" + slug + "\", \"content\": " + content("Junior").replaceFirst("\\{", "{" + loop + ",") + "}")
                .when().post("/api/v1/frameworks")
                .then().statusCode(201)
                .body("content.interviewLoop.banks[0].entries[0]", equalTo("Design a CDC pipeline."))
                .body("content.guides[0].code", equalTo("ON_CALL"));

        String broken = loop.replace("\"minRounds\": 2, \"maxRounds\": 3", "\"minRounds\": 3, \"maxRounds\": 2")
                .replace("\"code\": \"SYSTEM_DESIGN\", \"name\"", "\"code\": \"CODING\", \"name\"")
                .replace("\"rounds\": [\"SYSTEM_DESIGN\"]", "\"rounds\": [\"BEHAVIORAL\"]")
                .replace("\"guides\": [", "\"guides\": [{\"code\": \"ON_CALL\", \"use\": \"SELF_CHECK\", \"title\": \"A\","
                        + " \"passages\": [{\"items\": [\"x\"]}]}, {\"code\": \"CHECK\", \"use\": \"SELF_CHECK\", \"title\": \"B\","
                        + " \"passages\": [{\"items\": [\"y\"]}]}, ");
        given().contentType("application/json")
                .body("{\"slug\": \"" + slug() + "\", \"content\": " + content("Junior").replaceFirst("\\{", "{" + broken + ",") + "}")
                .when().post("/api/v1/frameworks")
                .then().statusCode(400)
                .body("errors.field", hasItems("content.interviewLoop.maxRounds", "content.interviewLoop.minRounds",
                        "content.interviewLoop.rounds[1].code", "content.interviewLoop.banks[0].rounds",
                        "content.guides[2].code", "content.guides"))
                .body("errors.message", hasItems("must not be below minRounds", "duplicate round", "duplicate guide code",
                        "BEHAVIORAL is not one of the loop's rounds", "at most one guide is the SELF_CHECK checklist"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void employeeNeitherWritesNorSeesDrafts() {
        given().contentType("application/json").body("{\"slug\": \"" + slug() + "\", \"content\": " + content("Junior") + "}")
                .when().post("/api/v1/frameworks").then().statusCode(403);
        given().when().post("/api/v1/frameworks/ai-engineer/versions").then().statusCode(403);
        given().contentType("application/json").header("If-Match", "*").body(content("Junior"))
                .when().put("/api/v1/frameworks/ai-engineer/versions/1").then().statusCode(403);
        given().header("If-Match", "*").when().post("/api/v1/frameworks/ai-engineer/versions/1/publish")
                .then().statusCode(403);
        given().when().get("/api/v1/audit-log/leveling").then().statusCode(403);
        given().when().get("/api/v1/frameworks/ai-engineer/versions")
                .then().statusCode(200).body("items.status", not(hasItem("DRAFT")));
        given().when().get("/api/v1/frameworks/ai-engineer/versions/1")
                .then().statusCode(200).body("content.levels.code", hasItem("L5"));
        given().queryParam("from", 1).when().get("/api/v1/frameworks/ai-engineer/diff")
                .then().statusCode(400).body("errors.field", hasItem("to"));
    }

    @Test
    void anonymousCallerCannotWrite() {
        given().contentType("application/json").body("{}").when().post("/api/v1/frameworks").then().statusCode(401);
        given().when().get("/api/v1/frameworks/ai-engineer/versions").then().statusCode(401);
    }
}
