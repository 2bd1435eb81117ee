package com.careerplatform.leveling.decision;

import static com.careerplatform.leveling.decision.DecisionFixtures.DECISIONS;
import static com.careerplatform.leveling.decision.DecisionFixtures.candidate;
import static com.careerplatform.leveling.decision.DecisionFixtures.decision;
import static com.careerplatform.leveling.decision.DecisionFixtures.open;
import static com.careerplatform.leveling.decision.DecisionFixtures.vote;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.kit.outbox.DeliveryRelay;
import com.careerplatform.kit.security.PlatformMemberAugmentor;
import com.careerplatform.kit.webhook.WebhookReceiver;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A committee opens a decision, three members vote, the chair finalizes; final is final; corrections chain. */
@QuarkusTest
class DecisionLifecycleTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DeliveryRelay relay;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static final String[] COMMITTEE = {"hana", "hugo", "hilda"};

    @TestSecurity(user = "hana", roles = {"employee", "hiring-committee"}, augmentors = PlatformMemberAugmentor.class)
    @Test
    void chairFinalizesAfterQuorumAndTheFinalDecisionIsImmutable() throws SQLException {
        String id = open(decision(candidate(), "L5", null));
        given().when().get(DECISIONS + "/" + id)
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("frameworkVersion", equalTo(1))
                .body("quorum.required", equalTo(3))
                .body("signals[0].scores.SYSTEM_DESIGN", equalTo(3));

        given().contentType(ContentType.JSON).body(vote("L5")).when().put(DECISIONS + "/" + id + "/vote")
                .then().statusCode(200).body("quorum.counting", equalTo(1));
        given().contentType(ContentType.JSON).body("{\"finalLevel\": \"L5\"}").when().post(DECISIONS + "/" + id + "/finalize")
                .then().statusCode(409).body("detail", containsString("has 1"));

        castVotesAs(id);
        given().contentType(ContentType.JSON).body("{\"finalLevel\": \"L5\"}").when().post(DECISIONS + "/" + id + "/finalize")
                .then().statusCode(200)
                .body("status", equalTo("FINAL"))
                .body("finalLevel", equalTo("L5"))
                .body("finalizedBy", equalTo("hana"));

        given().contentType(ContentType.JSON).body(vote("L4")).when().put(DECISIONS + "/" + id + "/vote")
                .then().statusCode(409).body("detail", containsString("is final"));
        given().contentType(ContentType.JSON).body("{\"finalLevel\": \"L6\"}").when().post(DECISIONS + "/" + id + "/finalize")
                .then().statusCode(409);
        assertEquals(1, outboxEvents(id));
    }

    @TestSecurity(user = "hana", roles = {"employee", "hiring-committee"}, augmentors = PlatformMemberAugmentor.class)
    @Test
    void recusalsDoNotCountTowardTheQuorumAndVotesCanChange() {
        String id = open(decision(candidate(), "L5", null));
        given().contentType(ContentType.JSON).body("{\"recused\": true, \"dissent\": \"I referred the candidate.\"}")
                .when().put(DECISIONS + "/" + id + "/vote")
                .then().statusCode(200).body("quorum.counting", equalTo(0)).body("votes[0].recused", equalTo(true));
        given().contentType(ContentType.JSON).body("{\"level\": \"L4\", \"recused\": false, \"dissent\": \"Coding was weak.\"}")
                .when().put(DECISIONS + "/" + id + "/vote")
                .then().statusCode(200)
                .body("quorum.counting", equalTo(1))
                .body("votes.size()", equalTo(1))
                .body("votes[0].level", equalTo("L4"))
                .body("votes[0].dissent", equalTo("Coding was weak."));
    }

    @TestSecurity(user = "hana", roles = {"employee", "hiring-committee"}, augmentors = PlatformMemberAugmentor.class)
    @Test
    void aVoterChangesTheirVoteOnADecisionWithTwentyVotes() {
        String id = open(decision(candidate(), "L5", null));
        given().contentType(ContentType.JSON).body(vote("L5")).when().put(DECISIONS + "/" + id + "/vote")
                .then().statusCode(200);
        for (int i = 1; i < 20; i++) {
            insertVote(id, "member-" + i);
        }
        given().contentType(ContentType.JSON).body(vote("L6")).when().put(DECISIONS + "/" + id + "/vote")
                .then().statusCode(200)
                .body("votes.size()", equalTo(20))
                .body("votes.find { it.voter == 'hana' }.level", equalTo("L6"));
    }

    @TestSecurity(user = "hugo", roles = {"employee", "hiring-committee"}, augmentors = PlatformMemberAugmentor.class)
    @Test
    void aTwentyFirstVoterIsRefused() {
        String id = open(decision(candidate(), "L5", null));
        for (int i = 1; i <= 20; i++) {
            insertVote(id, "member-" + i);
        }
        given().contentType(ContentType.JSON).body(vote("L5")).when().put(DECISIONS + "/" + id + "/vote")
                .then().statusCode(409)
                .body("type", equalTo("urn:career-platform:problem:conflict"))
                .body("detail", containsString("20 votes"));
        given().when().get(DECISIONS + "/" + id).then().statusCode(200).body("votes.size()", equalTo(20));
    }

    @TestSecurity(user = "hugo", roles = {"employee", "hiring-committee"}, augmentors = PlatformMemberAugmentor.class)
    @Test
    void aMemberWhoIsNotTheChairCannotFinalize() {
        String id = open(decision(candidate(), "L5", null));
        given().contentType(ContentType.JSON).body("{\"finalLevel\": \"L5\"}").when().post(DECISIONS + "/" + id + "/finalize")
                .then().statusCode(403).body("detail", containsString("chair (hana)"));
    }

    @TestSecurity(user = "hana", roles = {"employee", "hiring-committee"}, augmentors = PlatformMemberAugmentor.class)
    @Test
    void aCorrectionSupersedesAFinalDecisionAndBothStayReadable() {
        String candidate = candidate();
        String first = open(decision(candidate, "L5", null));
        castVotesAs(first);
        given().contentType(ContentType.JSON).body("{\"finalLevel\": \"L5\"}").when().post(DECISIONS + "/" + first + "/finalize")
                .then().statusCode(200);

        String correction = open(decision(candidate, "L6", first));
        given().when().get(DECISIONS + "/" + first)
                .then().statusCode(200).body("status", equalTo("FINAL")).body("supersededBy", equalTo(correction));
        given().when().get(DECISIONS + "/" + correction)
                .then().statusCode(200).body("supersedes", equalTo(first)).body("status", equalTo("OPEN"));

        given().contentType(ContentType.JSON).body(decision(candidate, "L6", first)).when().post(DECISIONS)
                .then().statusCode(409).body("detail", containsString("already corrected"));
        given().contentType(ContentType.JSON).body(decision(candidate, "L6", correction)).when().post(DECISIONS)
                .then().statusCode(409).body("detail", containsString("still open"));
        given().contentType(ContentType.JSON).body(decision(candidate(), "L6", first)).when().post(DECISIONS)
                .then().statusCode(400).body("errors[0].field", equalTo("candidateId"));
    }

    /**
     * Corrections sent together wait while the test holds the corrected decision's row, then take turns on it:
     * one opens, the others are told it is corrected already; none fails on the unique index at commit.
     */
    @TestSecurity(user = "hana", roles = {"employee", "hiring-committee"}, augmentors = PlatformMemberAugmentor.class)
    @Test
    void correctionsSentTogetherOpenOneAndTellTheOthersItIsCorrected() throws Exception {
        String candidate = candidate();
        String first = open(decision(candidate, "L5", null));
        castVotesAs(first);
        given().contentType(ContentType.JSON).body("{\"finalLevel\": \"L5\"}").when().post(DECISIONS + "/" + first + "/finalize")
                .then().statusCode(200);
        int corrections = 4;
        ExecutorService senders = Executors.newFixedThreadPool(corrections);
        List<Future<Integer>> answers;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "select id from leveling_decision where id = cast(? as uuid) for update")) {
                lock.setString(1, first);
                lock.executeQuery().close();
            }
            answers = IntStream.range(0, corrections).mapToObj(sender -> senders.submit(() -> given()
                    .contentType(ContentType.JSON).body(decision(candidate, "L6", first)).when().post(DECISIONS)
                    .then().extract().statusCode())).toList();
            awaitSessionsWaitingForALock(corrections);
            holder.rollback();
        } finally {
            senders.shutdown();
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(30, TimeUnit.SECONDS));
        }
        Collections.sort(statuses);
        assertEquals(List.of(201, 409, 409, 409), statuses);
    }

    /** Until {@code count} sessions wait for a lock, or 10 s: without the corrections' lock, none ever waits. */
    private void awaitSessionsWaitingForALock(int count) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement waiting = connection.prepareStatement("select count(*) from pg_stat_activity"
                        + " where datname = current_database() and wait_event_type = 'Lock'")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet result = waiting.executeQuery()) {
                    result.next();
                    if (result.getInt(1) >= count) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
    }

    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    @Test
    void hrAdminReadsAndFinalizesButCannotOpenOrVote() {
        given().contentType(ContentType.JSON).body(decision(candidate(), "L5", null)).when().post(DECISIONS)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(vote("L5"))
                .when().put(DECISIONS + "/00000000-0000-4000-8000-000000000000/vote")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"finalLevel\": \"L5\"}")
                .when().post(DECISIONS + "/00000000-0000-4000-8000-000000000000/finalize")
                .then().statusCode(404);
        given().when().get(DECISIONS).then().statusCode(200);
    }

    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    @Test
    void hrAdminFinalizesAnyDecisionThatMetTheQuorum() throws SQLException {
        String id = quorateDecision();
        given().contentType(ContentType.JSON).body("{\"finalLevel\": \"L6\"}").when().post(DECISIONS + "/" + id + "/finalize")
                .then().statusCode(200)
                .body("finalLevel", equalTo("L6"))
                .body("finalizedBy", equalTo("helen"));
    }

    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    @Test
    void aFinalizedDecisionReachesTheHrSystemsWebhookSigned() throws SQLException {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String secret = given().contentType(ContentType.JSON)
                    .body("{\"url\": \"" + receiver.url() + "\", \"eventTypes\": [\"leveling-decision.finalized\"]}")
                    .when().post("/api/v1/events/leveling/webhooks")
                    .then().statusCode(201).extract().path("secret");
            String id = quorateDecision();
            given().contentType(ContentType.JSON).body("{\"finalLevel\": \"L6\"}")
                    .when().post(DECISIONS + "/" + id + "/finalize")
                    .then().statusCode(200);
            while (relay.deliverNext()) {
                // Send every due delivery, this decision's among them.
            }

            assertEquals(1, receiver.received().size());
            WebhookReceiver.Received event = receiver.received().get(0);
            assertTrue(WebhookReceiver.signedWith(secret, event));
            assertEquals("leveling-decision.finalized", event.header("Career-Event-Type"));
            JsonPath body = JsonPath.from(event.body());
            assertEquals(id, body.getString("aggregateId"));
            assertEquals(id, body.getString("data.decisionId"));
            assertEquals("L6", body.getString("data.finalLevel"));
            assertEquals("helen", body.getString("data.finalizedBy"));
        }
    }

    /** A decision the committee (hana, hugo, hilda) has voted on: ready to be finalized. */
    private String quorateDecision() throws SQLException {
        String id = java.util.UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into leveling_decision (id, candidate_id,"
                        + " framework_slug, framework_version, proposed_level, rationale, chair, status, signals, created_by,"
                        + " created_at) values (cast(? as uuid), 'c', 'ai-engineer', 1, 'L5', 'r', 'hana', 'OPEN', '[]',"
                        + " 'hana', now())")) {
            insert.setString(1, id);
            insert.executeUpdate();
        }
        for (String voter : COMMITTEE) {
            insertVote(id, voter);
        }
        return id;
    }

    /** hugo and hilda vote L5 through the service's own rules: the tests' identity is fixed per method. */
    private void castVotesAs(String id) {
        for (String voter : new String[] {COMMITTEE[1], COMMITTEE[2]}) {
            insertVote(id, voter);
        }
        given().contentType(ContentType.JSON).body(vote("L5")).when().put(DECISIONS + "/" + id + "/vote")
                .then().statusCode(200).body("quorum.counting", equalTo(3));
    }

    private void insertVote(String id, String voter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into decision_vote (decision_id, voter,"
                        + " level, recused, cast_at) values (cast(? as uuid), ?, 'L5', false, now())")) {
            insert.setString(1, id);
            insert.setString(2, voter);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long outboxEvents(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*) from outbox_event where type = 'leveling-decision.finalized' and aggregate_id = ?"
                                + " and payload->>'finalLevel' = 'L5'")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
