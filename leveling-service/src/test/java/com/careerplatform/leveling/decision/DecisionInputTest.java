package com.careerplatform.leveling.decision;

import static com.careerplatform.leveling.decision.DecisionFixtures.DECISIONS;
import static com.careerplatform.leveling.decision.DecisionFixtures.candidate;
import static com.careerplatform.leveling.decision.DecisionFixtures.decision;
import static com.careerplatform.leveling.decision.DecisionFixtures.open;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Idempotent creation, the listing, and every kind of bad input. */
@QuarkusTest
@TestSecurity(user = "hana", roles = {"employee", "hiring-committee"}, augmentors = PlatformMemberAugmentor.class)
class DecisionInputTest {

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource(DECISIONS)
    URL decisions;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void replayedPostReturnsTheFirstResponseAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String candidate = candidate();
        String body = decision(candidate, "L5", null);
        String first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(DECISIONS)
                .then().statusCode(201).header("Location", containsString(DECISIONS + "/")).extract().path("id");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(DECISIONS)
                .then().statusCode(201)
                .header("Idempotency-Replayed", equalTo("true"))
                .header("Location", containsString(first))
                .body("id", equalTo(first));
        given().queryParam("candidateId", candidate).when().get(DECISIONS)
                .then().statusCode(200).body("items", hasSize(1));

        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(decision(candidate, "L6", null))
                .when().post(DECISIONS)
                .then().statusCode(422).body("type", equalTo("urn:career-platform:problem:unprocessable"));
    }

    /** The audit entry and the stored answer are written with the decision just before it commits, or not at all. */
    @Test
    void aDecisionIsStoredWithItsAuditEntryAndItsAnswerAndARefusedOneWithNeither() throws Exception {
        String key = UUID.randomUUID().toString();
        String answer = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(decision(candidate(), "L5", null))
                .when().post(DECISIONS)
                .then().statusCode(201).extract().asString();
        String id = new ObjectMapper().readTree(answer).get("id").asText();
        List<String> audited = column("select after::text from audit_log where resource_id = ?", id);
        assertEquals(1, audited.size(), audited.toString());
        assertTrue(sameJson(audited.get(0), answer), audited.get(0));
        assertEquals(List.of(answer), column("select response_body from idempotency_key where key = ?", key));

        String refusedKey = UUID.randomUUID().toString();
        String refused = candidate();
        given().header("Idempotency-Key", refusedKey).contentType(ContentType.JSON)
                .body(decision(refused, "L5", null).replace("\"chair\": \"hana\"", "\"chair\": \"nobody-at-all\""))
                .when().post(DECISIONS)
                .then().statusCode(400).body("errors[0].field", equalTo("chair"));
        assertEquals(List.of(), column("select key from idempotency_key where key = ?", refusedKey));
        assertEquals(List.of(), column("select resource_id from audit_log where after ->> 'candidateId' = ?", refused));
    }

    /** Ids are UUID version 7, so that new decisions are written at the end of the primary-key index (DecisionIds). */
    @Test
    void aDecisionReadBackIsTheOneAnsweredAndItsIdBeginsWithItsCreationTime() throws Exception {
        String answer = given().contentType(ContentType.JSON).body(decision(candidate(), "L5", null))
                .when().post(DECISIONS)
                .then().statusCode(201).extract().asString();
        JsonNode created = new ObjectMapper().readTree(answer);
        String stored = given().when().get(DECISIONS + "/" + created.get("id").asText())
                .then().statusCode(200).extract().asString();
        assertTrue(sameJson(stored, answer), stored + " was answered as " + answer);

        UUID id = UUID.fromString(created.get("id").asText());
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(OffsetDateTime.parse(created.get("createdAt").asText()).toInstant().toEpochMilli(),
                id.getMostSignificantBits() >>> 16);
    }

    private List<String> column(String query, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(query)) {
            select.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private static boolean sameJson(String a, String b) {
        try {
            return new ObjectMapper().readTree(a).equals(new ObjectMapper().readTree(b));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * kit-web reads a small declared body before the operation runs; a larger one, and one sent in chunks with no
     * length, stream to the operation as before. Each is a decision opened.
     */
    @Test
    void aBodyIsReadWhicheverWayItIsFramed() throws Exception {
        String small = decision(candidate(), "L5", null);
        String large = decision(candidate(), "L5", null).replace(", ", "," + " ".repeat(4_000));
        assertTrue(large.length() > 16 * 1024, "the large body is over kit-web's 16 KiB");
        String chunkedCandidate = candidate();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.ofString(small),
                HttpRequest.BodyPublishers.ofString(large),
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(decision(chunkedCandidate, "L5", null))))) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(decisions.toURI())
                    .header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, answer.statusCode(), answer.body());
        }
        given().queryParam("candidateId", chunkedCandidate).when().get(DECISIONS)
                .then().statusCode(200).body("items[0].proposedLevel", equalTo("L5"));
    }

    @Test
    void duplicateArrivingWhileTheFirstIsStillRunningIsAConflict() throws SQLException {
        String key = UUID.randomUUID().toString();
        try (Connection first = dataSource.getConnection()) {
            // Stand in for a first request still in its transaction: it holds the key's lock.
            first.setAutoCommit(false);
            try (PreparedStatement lock = first.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, "unknown-client\nhana\n" + key);
                lock.execute();
            }
            given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(decision(candidate(), "L5", null))
                    .when().post(DECISIONS)
                    .then().statusCode(409)
                    .body("detail", containsString("still being processed"));
            first.rollback();
        }
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(decision(candidate(), "L5", null))
                .when().post(DECISIONS)
                .then().statusCode(201);
    }

    @Test
    void listFiltersAndPagesWithACursor() {
        String candidate = candidate();
        String a = open(decision(candidate, "L5", null));
        String b = open(decision(candidate, "L4", null));
        String c = open(decision(candidate, "L6", null));
        String cursor = given().queryParam("candidateId", candidate).queryParam("limit", 2).when().get(DECISIONS)
                .then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(c, b))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().queryParam("candidateId", candidate).queryParam("limit", 2).queryParam("cursor", cursor).when().get(DECISIONS)
                .then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(a))
                .body("nextCursor", nullValue());
        given().queryParam("candidateId", candidate).queryParam("status", "final").when().get(DECISIONS)
                .then().statusCode(200).body("items", hasSize(0));
        given().queryParam("candidateId", candidate).queryParam("from", "2999-01-01").when().get(DECISIONS)
                .then().statusCode(200).body("items", hasSize(0));
        given().queryParam("candidateId", candidate).queryParam("level", "l5").when().get(DECISIONS)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void rejectsBadListParameters() {
        given().queryParam("cursor", "bogus").when().get(DECISIONS)
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("status", "PENDING").when().get(DECISIONS)
                .then().statusCode(400).body("errors[0].message", equalTo("must be one of [OPEN, FINAL]"));
        given().queryParam("limit", 500).when().get(DECISIONS)
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("from", "last week").when().get(DECISIONS).then().statusCode(400);
        given().queryParam("to", "2026-02-30").when().get(DECISIONS)
                .then().statusCode(400)
                .body("detail", equalTo("Parameter 'to' must be a date yyyy-MM-dd"))
                .body("errors[0].field", equalTo("to"));
        given().when().get(DECISIONS + "/not-a-uuid")
                .then().statusCode(400).body("errors[0].field", equalTo("id")).body("errors[0].message", equalTo("must be a UUID"));
    }

    @Test
    void aVoteSaysWhetherTheMemberRecusesAndRulesAreReportedOnTheirFields() {
        String id = open(decision(candidate(), "L5", null));
        given().contentType(ContentType.JSON).body("{\"level\": \"L5\"}")
                .when().put(DECISIONS + "/" + id + "/vote")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("recused"))
                .body("errors[0].message", equalTo("is required: true or false"));
        given().contentType(ContentType.JSON).body("{\"recused\": false}")
                .when().put(DECISIONS + "/" + id + "/vote")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("level"))
                .body("errors[0].message", equalTo("give a level, or recuse without one"));
    }

    @Test
    void rejectsMissingFieldsWithEachFieldListed() {
        given().contentType(ContentType.JSON).body("{\"frameworkSlug\": \"ai-engineer\"}").when().post(DECISIONS)
                .then().statusCode(400)
                .body("errors.field", hasItems("candidateId", "signals", "proposedLevel", "rationale", "chair"));
    }

    @Test
    void rejectsScoresOutOfRangeUnknownRoundsAndWrongTypes() {
        given().contentType(ContentType.JSON).body(decision(candidate(), "L5", null).replace("\"SYSTEM_DESIGN\": 3", "\"SYSTEM_DESIGN\": 5"))
                .when().post(DECISIONS)
                .then().statusCode(400)
                .body("errors.message", hasItem("must be between 1 and 4"));
        given().contentType(ContentType.JSON).body(decision(candidate(), "L5", null).replace("\"CODING\"", "\"PAIRING\""))
                .when().post(DECISIONS)
                .then().statusCode(400)
                .body("errors[0].message", containsString("RECRUITER_SCREEN, HIRING_MANAGER, CODING, ML_LLM_FUNDAMENTALS"));
        given().contentType(ContentType.JSON).body(decision(candidate(), "L5", null).replace("\"TECHNICAL_DEPTH\": 4", "\"TECHNICAL_DEPTH\": \"high\""))
                .when().post(DECISIONS)
                .then().statusCode(400)
                .body("errors[0].field", containsString("scores"));
        given().contentType(ContentType.JSON).body(decision(candidate(), "L5", null).replace("\"rationale\"", "\"reason\""))
                .when().post(DECISIONS)
                .then().statusCode(400).body("detail", containsString("reason"));
    }

    @Test
    void rejectsLevelsAndAxesThatThePinnedVersionDoesNotHave() {
        given().contentType(ContentType.JSON)
                .body(decision(candidate(), "L9", null).replace("\"recommendedLevel\": \"L6\"", "\"recommendedLevel\": \"L2\"")
                        .replace("\"SYSTEM_DESIGN\": 3", "\"CHARISMA\": 3"))
                .when().post(DECISIONS)
                .then().statusCode(400)
                .body("errors.field", hasItems("proposedLevel", "signals[0].recommendedLevel", "signals[0].scores.CHARISMA"));
        given().contentType(ContentType.JSON).body(decision(candidate(), "L5", null).replace("\"ai-engineer\"", "\"ai-engineer\", \"frameworkVersion\": 7"))
                .when().post(DECISIONS)
                .then().statusCode(404).body("detail", containsString("published versions are [1]"));

        String id = open(decision(candidate(), "L5", null));
        given().contentType(ContentType.JSON).body("{\"level\": \"L12\", \"recused\": false}")
                .when().put(DECISIONS + "/" + id + "/vote")
                .then().statusCode(400).body("errors[0].field", equalTo("level"));
        given().contentType(ContentType.JSON).body("{\"level\": \"L5\", \"recused\": true}")
                .when().put(DECISIONS + "/" + id + "/vote")
                .then().statusCode(400).body("errors[0].message", equalTo("give a level, or recuse without one"));
        given().contentType(ContentType.JSON).body("{\"finalLevel\": \"L9\"}")
                .when().post(DECISIONS + "/" + id + "/finalize")
                .then().statusCode(400).body("errors[0].field", equalTo("finalLevel"));
    }

    @Test
    void aRoundNamesTheQuestionsItAskedFromItsOwnBanks() {
        String asked = decision(candidate(), "L5", null).replace("\"recommendedLevel\": \"L6\"",
                "\"recommendedLevel\": \"L6\", \"questions\": [\"7.3.1\", \"3.2.1\"]");
        given().contentType(ContentType.JSON).body(asked)
                .when().post(DECISIONS)
                .then().statusCode(201)
                .body("signals[0].questions", equalTo(List.of("7.3.1", "3.2.1")))
                .body("signals[1].questions", equalTo(List.of()));

        String wrongBank = decision(candidate(), "L5", null).replace("\"recommendedLevel\": \"L5\"}",
                "\"recommendedLevel\": \"L5\", \"questions\": [\"7.3.1\", \"7.9.1\"]}");
        given().contentType(ContentType.JSON).body(wrongBank)
                .when().post(DECISIONS)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("signals[1].questions[0]", "signals[1].questions[1]")))
                .body("errors[0].message", equalTo("must be one of the CODING round's questions [3.2.1, 3.2.2, 3.2.3, 3.2.4]"));
    }

    @Test
    void aDecisionSaysHowItsRoundsCompareWithTheTypicalLoop() {
        String id = open(decision(candidate(), "L5", null));
        given().when().get(DECISIONS + "/" + id)
                .then().statusCode(200)
                .body("loop.roundsHeard", equalTo(2))
                .body("loop.minRounds", equalTo(5))
                .body("loop.maxRounds", equalTo(7))
                .body("loop.typical", equalTo(false))
                .body("loop.roundsNotHeard", equalTo(List.of("RECRUITER_SCREEN", "HIRING_MANAGER", "ML_LLM_FUNDAMENTALS",
                        "BEHAVIORAL", "BAR_RAISER")));
    }

    @Test
    void theChairIsAnActivePersonOfThePeopleRecord() {
        String candidate = candidate();
        given().contentType(ContentType.JSON).body(decision(candidate, "L5", null).replace("\"chair\": \"hana\"", "\"chair\": \"nobody\""))
                .when().post(DECISIONS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("chair"))
                .body("errors[0].message", equalTo("must be the userName of an active person in the people record"));
        given().contentType(ContentType.JSON).body(decision(candidate, "L5", null).replace("\"chair\": \"hana\"", "\"chair\": \"HANA\""))
                .when().post(DECISIONS)
                .then().statusCode(201).body("chair", equalTo("hana"));
        given().queryParam("candidateId", candidate).when().get(DECISIONS).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void rejectsOverLongParametersAndFieldsWithAProblemNamingThem() {
        given().queryParam("candidateId", "c".repeat(101)).when().get(DECISIONS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:validation"))
                .body("errors[0].field", equalTo("candidateId"))
                .body("errors[0].message", containsString("100"));
        given().queryParam("cursor", "x".repeat(501)).when().get(DECISIONS)
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().contentType(ContentType.JSON)
                .body(decision(candidate(), "L5", null).replace("\"ai-engineer\"", "\"" + "a".repeat(101) + "\""))
                .when().post(DECISIONS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:validation"))
                .body("errors.field", hasItem("frameworkSlug"));
        given().contentType(ContentType.JSON)
                .body(decision(candidate(), "L5", null).replace("\"ai-engineer\"", "\"ai-engineer\", \"frameworkVersion\": 100001"))
                .when().post(DECISIONS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("frameworkVersion"));
    }

    @Test
    void rejectsOversizedBodiesWithAProblem() {
        String huge = decision(candidate(), "L5", null).replace("Strong design round.", "x".repeat(1_100_000));
        given().contentType(ContentType.JSON).body(huge).when().post(DECISIONS)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:payload-too-large"));
    }

    @Test
    void rejectsBadIdempotencyKeysNonJsonAndUnknownIds() {
        given().header("Idempotency-Key", "has space").contentType(ContentType.JSON).body(decision(candidate(), "L5", null))
                .when().post(DECISIONS).then().statusCode(400);
        given().contentType("text/plain").body("L5 please").when().post(DECISIONS).then().statusCode(415);
        given().when().get(DECISIONS + "/not-a-uuid").then().statusCode(400);
        given().when().get(DECISIONS + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
