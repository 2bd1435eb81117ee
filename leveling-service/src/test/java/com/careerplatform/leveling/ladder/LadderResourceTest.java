package com.careerplatform.leveling.ladder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LadderResourceTest {

    private static final String LADDERS = "/api/v1/company-ladders";

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "pat", roles = "portal-reader", augmentors = PlatformMemberAugmentor.class)
    void listsTheFiveLaddersOfTheSeedTableWithSourceAndConfidence() {
        given().when().get(LADDERS)
                .then().statusCode(200)
                .body("items.code", hasItems("meta", "openai", "mts-unnamed", "typical-startup", "korean-conglomerate"))
                .body("items.find { it.code == 'mts-unnamed' }.name", equalTo("MTS ladder (unnamed in source)"))
                .body("items.find { it.code == 'korean-conglomerate' }.edges.label",
                        contains("Staff", "Assistant manager", "Manager", "Deputy GM / GM", "Executive director", "SVP+"))
                .body("items.find { it.code == 'typical-startup' }.edges.label",
                        contains("Junior", "Mid", "Senior", "Staff", "Principal", "Distinguished"))
                .body("items.find { it.code == 'openai' }.edges[2].source", containsString("table 1.1"))
                .body("items.find { it.code == 'openai' }.edges[2].confidence", equalTo("MEDIUM"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "portal-reader", augmentors = PlatformMemberAugmentor.class)
    void eachSeedLadderSaysWhereTheSourcePrintedItAndWhichColumnsAreThePlatformsReading() {
        given().when().get(LADDERS)
                .then().statusCode(200)
                .body("items.find { it.code == 'meta' }.edges.basis", everyItem(equalTo("SOURCE_STATED")))
                .body("items.find { it.code == 'openai' }.edges.basis", everyItem(equalTo("SOURCE_STATED")))
                .body("items.find { it.code == 'mts-unnamed' }.edges.basis", everyItem(equalTo("PLATFORM_INFERRED")))
                .body("items.find { it.code == 'typical-startup' }.edges.basis", everyItem(equalTo("PLATFORM_INFERRED")))
                .body("items.find { it.code == 'korean-conglomerate' }.edges.basis", everyItem(equalTo("PLATFORM_INFERRED")))
                .body("items.find { it.code == 'mts-unnamed' }.note",
                        containsString("prints MTS I … Distinguished in its fourth column, under the header \"Typical startup\""))
                .body("items.find { it.code == 'typical-startup' }.note",
                        containsString("prints Junior … Distinguished in its fifth column, under the header \"Korean conglomerate\""))
                .body("items.find { it.code == 'korean-conglomerate' }.note",
                        containsString("prints Staff … SVP+ in its sixth column, which has no header"))
                .body("items.find { it.code == 'meta' }.note", containsString("under the header \"Meta\""));
    }

    @Test
    @TestSecurity(user = "pat", roles = "portal-reader", augmentors = PlatformMemberAugmentor.class)
    void laddersComeAPageAtATimeInTheOrderTheyWereAdded() {
        given().queryParam("size", 2).when().get(LADDERS)
                .then().statusCode(200)
                .body("items.code", contains("meta", "openai"))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", greaterThanOrEqualTo(5))
                .body("hasNext", equalTo(true));
        given().queryParam("size", 2).queryParam("page", 1).when().get(LADDERS)
                .then().statusCode(200)
                .body("items.code", contains("mts-unnamed", "typical-startup"))
                .body("page", equalTo(1));
        given().queryParam("size", 201).when().get(LADDERS)
                .then().statusCode(400)
                .body("type", equalTo("urn:career-platform:problem:validation"))
                .body("errors.field", hasItem("size"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void translatesOpenAiE5ToL5AndEveryOtherCompanysLabel() {
        given().queryParam("company", "OpenAI").queryParam("label", "e5")
                .when().get(LADDERS + "/translate")
                .then().statusCode(200)
                .body("level", equalTo("L5"))
                .body("stage", equalTo("Senior"))
                .body("label", equalTo("E5"))
                .body("equivalents.find { it.company == 'meta' }.labels", contains("L5"))
                .body("equivalents.find { it.company == 'mts-unnamed' }.labels", contains("Senior MTS"))
                .body("equivalents.find { it.company == 'typical-startup' }.labels", contains("Senior"))
                .body("equivalents.find { it.company == 'korean-conglomerate' }.labels", contains("Manager"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void staffMeansDifferentLevelsAtDifferentCompanies() {
        given().queryParam("company", "korean-conglomerate").queryParam("label", "staff")
                .when().get(LADDERS + "/translate")
                .then().statusCode(200).body("level", equalTo("L3"));
        given().queryParam("company", "typical-startup").queryParam("label", "Staff")
                .when().get(LADDERS + "/translate")
                .then().statusCode(200).body("level", equalTo("L6"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void unknownCompanyOrLabelIsNotFoundAndListsWhatIsKnown() {
        given().queryParam("company", "acme").queryParam("label", "L5")
                .when().get(LADDERS + "/translate")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("meta, openai, mts-unnamed, typical-startup, korean-conglomerate"));
        given().queryParam("company", "openai").queryParam("label", "E9")
                .when().get(LADDERS + "/translate")
                .then().statusCode(404)
                .body("detail", containsString("[E3, E4, E5, E6, E7, E8]"));
        given().urlEncodingEnabled(false)
                .when().get(LADDERS + "/translate?company=korean-conglomerate&label=SVP+")
                .then().statusCode(404)
                .body("detail", endsWith(". A '+' in a URL's query is read as a space: send 'SVP+' as SVP%2B"));
        given().queryParam("company", "korean-conglomerate").queryParam("label", "SVP+")
                .when().get(LADDERS + "/translate")
                .then().statusCode(200).body("level", equalTo("L8"));
        given().queryParam("company", "openai")
                .when().get(LADDERS + "/translate")
                .then().statusCode(400)
                .body("errors.field", hasItem("label"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void hrAdminAddsALadderAndAMoreConfidentEdgeWins() {
        String code = "acme-" + UUID.randomUUID().toString().substring(0, 6);
        given().contentType("application/json").body("""
                {"code": "%s", "name": "Acme", "edges": [
                  {"label": "SWE III", "level": "L5", "source": "recruiter notes", "confidence": "LOW"}]}
                """.formatted(code))
                .when().post(LADDERS)
                .then().statusCode(201)
                .header("Location", containsString(LADDERS + "/" + code))
                .body("edges.label", contains("SWE III"));
        given().queryParam("company", code).queryParam("label", "SWE III")
                .when().get(LADDERS + "/translate")
                .then().statusCode(200).body("level", equalTo("L5"));

        // The translation above is now answered from memory: the new edge must show at once all the same.
        given().contentType("application/json")
                .body("{\"label\": \"swe iii\", \"level\": \"L6\", \"source\": \"calibration 2026\", \"confidence\": \"HIGH\"}")
                .when().post(LADDERS + "/" + code + "/edges")
                .then().statusCode(201).body("edges", hasSize(2));

        given().queryParam("company", code).queryParam("label", "SWE III")
                .when().get(LADDERS + "/translate")
                .then().statusCode(200)
                .body("level", equalTo("L6"))
                .body("edge.confidence", equalTo("HIGH"))
                .body("edge.basis", equalTo("SOURCE_STATED"))
                .body("otherEdges.level", contains("L5"));

        given().contentType("application/json")
                .body("{\"label\": \"SWE III\", \"level\": \"L5\", \"source\": \"calibration 2026\", \"confidence\": \"LOW\"}")
                .when().post(LADDERS + "/" + code + "/edges")
                .then().statusCode(409);
        given().queryParam("resourceType", "company-ladder").queryParam("resourceId", code)
                .when().get("/api/v1/audit-log/leveling")
                .then().statusCode(200)
                .body("items.action", contains("company-ladder.edge-added", "company-ladder.created"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void aLadderIsCacheableReferenceDataWhoseEtagChangesWithItsEdges() {
        String code = "etag-" + UUID.randomUUID().toString().substring(0, 6);
        given().contentType("application/json").body("""
                {"code": "%s", "name": "Etag", "edges": [
                  {"label": "Lead", "level": "L6", "source": "survey", "confidence": "MEDIUM"}]}
                """.formatted(code))
                .when().post(LADDERS).then().statusCode(201);
        String etag = given().when().get(LADDERS + "/" + code)
                .then().statusCode(200)
                .header("Cache-Control", allOf(containsString("private"), containsString("max-age=60")))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(LADDERS + "/" + code).then().statusCode(304);
        given().header("If-None-Match", "W/" + etag).when().get(LADDERS + "/" + code).then().statusCode(304);
        String translation = given().queryParam("company", code).queryParam("label", "Lead")
                .when().get(LADDERS + "/translate").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", translation).queryParam("company", code).queryParam("label", "Lead")
                .when().get(LADDERS + "/translate").then().statusCode(304);
        given().queryParam("size", 200).when().get(LADDERS).then().statusCode(200).header("ETag", notNullValue());

        given().contentType("application/json")
                .body("{\"label\": \"Principal\", \"level\": \"L7\", \"source\": \"survey\", \"confidence\": \"MEDIUM\"}")
                .when().post(LADDERS + "/" + code + "/edges").then().statusCode(201);
        given().header("If-None-Match", etag).when().get(LADDERS + "/" + code)
                .then().statusCode(200).header("ETag", not(equalTo(etag))).body("edges", hasSize(2));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void aTranslationIsAnsweredFromMemoryForASecond() throws SQLException, InterruptedException {
        String code = "cached-" + UUID.randomUUID().toString().substring(0, 6);
        given().contentType("application/json").body("""
                {"code": "%s", "name": "Cached", "edges": [
                  {"label": "Lead", "level": "L6", "source": "survey", "confidence": "MEDIUM"}]}
                """.formatted(code))
                .when().post(LADDERS).then().statusCode(201);
        given().queryParam("company", code).queryParam("label", "Lead")
                .when().get(LADDERS + "/translate").then().statusCode(200).body("level", equalTo("L6"));

        // A change behind this instance's back, as another instance's would be.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update ladder_edge set level_code = 'L7'"
                        + " where ladder_id = (select id from company_ladder where code = ?)")) {
            update.setString(1, code);
            update.executeUpdate();
        }
        given().queryParam("company", code).queryParam("label", "Lead")
                .when().get(LADDERS + "/translate").then().statusCode(200).body("level", equalTo("L6"));
        Thread.sleep(LadderService.TRANSLATIONS_FOR.toMillis() + 200);
        given().queryParam("company", code).queryParam("label", "Lead")
                .when().get(LADDERS + "/translate").then().statusCode(200).body("level", equalTo("L7"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsLevelsOutsideTheFrameworkBadConfidenceAndTakenCodes() {
        given().contentType("application/json").body("""
                {"code": "zeta", "name": "Zeta", "edges": [
                  {"label": "IC9", "level": "L9", "source": "x", "confidence": "HIGH"}]}
                """)
                .when().post(LADDERS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("edges[0].level"))
                .body("errors[0].message", containsString("[L3, L4, L5, L6, L7, L8]"));
        given().contentType("application/json").body("""
                {"code": "zeta", "name": "Zeta", "edges": [
                  {"label": "IC9", "level": "L5", "source": "x", "confidence": "CERTAIN"}]}
                """)
                .when().post(LADDERS)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("must be one of [LOW, MEDIUM, HIGH]"));
        given().contentType("application/json").body("""
                {"code": "zeta", "name": "Zeta", "edges": [
                  {"label": "IC9", "level": "L5", "source": "x", "confidence": "LOW", "basis": "GUESSED"}]}
                """)
                .when().post(LADDERS)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("must be one of [SOURCE_STATED, PLATFORM_INFERRED]"));
        given().contentType("application/json").body("""
                {"code": "meta", "name": "Meta again", "edges": [
                  {"label": "E5", "level": "L5", "source": "x", "confidence": "HIGH"}]}
                """)
                .when().post(LADDERS)
                .then().statusCode(409);
        given().contentType("application/json").body("{\"code\": \"zeta\", \"name\": \"Zeta\"}")
                .when().post(LADDERS)
                .then().statusCode(400).body("errors.field", hasItem("edges"));
    }

    @Test
    @TestSecurity(user = "hana", roles = {"employee", "hiring-committee"}, augmentors = PlatformMemberAugmentor.class)
    void onlyHrAdminWrites() {
        given().contentType("application/json").body("{\"code\": \"x\", \"name\": \"X\", \"edges\": []}")
                .when().post(LADDERS).then().statusCode(403);
        given().contentType("application/json")
                .body("{\"label\": \"E9\", \"level\": \"L8\", \"source\": \"x\", \"confidence\": \"LOW\"}")
                .when().post(LADDERS + "/openai/edges").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void aLadderHoldsAtMostFiftyEdges() {
        String code = "wide-" + UUID.randomUUID().toString().substring(0, 6);
        String edges = IntStream.range(0, 50)
                .mapToObj(i -> "{\"label\": \"T" + i + "\", \"level\": \"L5\", \"source\": \"survey\", \"confidence\": \"LOW\"}")
                .collect(Collectors.joining(","));
        given().contentType("application/json")
                .body("{\"code\": \"" + code + "\", \"name\": \"Wide\", \"edges\": [" + edges + "]}")
                .when().post(LADDERS)
                .then().statusCode(201).body("edges", hasSize(50));

        given().contentType("application/json")
                .body("{\"label\": \"T50\", \"level\": \"L6\", \"source\": \"survey\", \"confidence\": \"LOW\"}")
                .when().post(LADDERS + "/" + code + "/edges")
                .then().statusCode(409)
                .body("type", equalTo("urn:career-platform:problem:conflict"))
                .body("detail", containsString("50 edges"));
        given().when().get(LADDERS + "/" + code).then().statusCode(200).body("edges", hasSize(50));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void theMapHoldsAtMostTwoHundredLadders() throws SQLException {
        try {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement fill = connection.prepareStatement("insert into company_ladder (code, name,"
                            + " created_by, created_at) select 'full-' || n, 'Full ' || n, 'test', now()"
                            + " from generate_series(1, 200 - (select count(*) from company_ladder)) as n")) {
                fill.executeUpdate();
            }
            given().contentType("application/json").body("""
                    {"code": "one-too-many", "name": "One too many", "edges": [
                      {"label": "E5", "level": "L5", "source": "x", "confidence": "HIGH"}]}
                    """)
                    .when().post(LADDERS)
                    .then().statusCode(409)
                    .body("type", equalTo("urn:career-platform:problem:conflict"))
                    .body("detail", containsString("200 company ladders"));
            given().when().get(LADDERS).then().statusCode(200).body("totalItems", equalTo(200));
        } finally {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement empty = connection.prepareStatement("delete from company_ladder where code like 'full-%'")) {
                empty.executeUpdate();
            }
        }
    }

    @Test
    void anonymousCallerIsRefused() {
        given().when().get(LADDERS).then().statusCode(401);
        given().queryParam("company", "openai").queryParam("label", "E5").when().get(LADDERS + "/translate")
                .then().statusCode(401);
    }
}
