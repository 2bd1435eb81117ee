package com.careerplatform.leveling.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Calibration over final decisions of a fixed past period, so other tests' decisions do not count. */
@QuarkusTest
@TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
class CalibrationTest {

    @Inject
    AgroalDataSource dataSource;

    private void finalDecision(UUID id, String finalLevel, String finalizedAt, UUID supersedes, String... signals)
            throws SQLException {
        String json = "[" + String.join(",", signals) + "]";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into leveling_decision (id, candidate_id,"
                        + " framework_slug, framework_version, proposed_level, final_level, rationale, chair, status, signals,"
                        + " supersedes, created_by, created_at, finalized_by, finalized_at) values (cast(? as uuid), 'c',"
                        + " 'ai-engineer', 1, ?, ?, 'r', 'hana', 'FINAL', cast(? as jsonb), cast(? as uuid), 'hana',"
                        + " cast(? as timestamptz), 'hana', cast(? as timestamptz))")) {
            insert.setString(1, id.toString());
            insert.setString(2, finalLevel);
            insert.setString(3, finalLevel);
            insert.setString(4, json);
            insert.setString(5, supersedes == null ? null : supersedes.toString());
            insert.setString(6, finalizedAt);
            insert.setString(7, finalizedAt);
            insert.executeUpdate();
        }
    }

    private static String signal(String interviewer, String round, String level) {
        return "{\"round\": \"" + round + "\", \"interviewer\": \"" + interviewer
                + "\", \"scores\": {\"TECHNICAL_DEPTH\": 3}, \"recommendedLevel\": \"" + level + "\", \"notes\": null}";
    }

    @Test
    void countsFinalLevelsAndAveragesEachInterviewersGapOutsideCorrectedDecisions() throws SQLException {
        UUID corrected = UUID.randomUUID();
        finalDecision(corrected, "L5", "2020-03-01T10:00:00Z", null,
                signal("ivan", "CODING", "L6"), signal("olga", "SYSTEM_DESIGN", "L5"));
        finalDecision(UUID.randomUUID(), "L6", "2020-03-02T10:00:00Z", null,
                signal("ivan", "CODING", "L6"), signal("olga", "SYSTEM_DESIGN", "L4"));
        finalDecision(UUID.randomUUID(), "L4", "2020-03-03T10:00:00Z", corrected,
                signal("ivan", "CODING", "L5"));

        JsonPath calibration = given().queryParam("framework", "ai-engineer")
                .queryParam("from", "2020-03-01").queryParam("to", "2020-03-31")
                .when().get("/api/v1/leveling-decisions/calibration")
                .then().statusCode(200)
                .body("decisions", equalTo(2))
                .extract().jsonPath();
        assertEquals(List.of(Map.of("frameworkVersion", 1, "level", "L4", "decisions", 1),
                Map.of("frameworkVersion", 1, "level", "L6", "decisions", 1)), calibration.getList("distribution"));
        // ivan: L6 vs L6 (0), L5 vs L4 (+1) -> 0.5; olga: L4 vs L6 (-2) -> -2.
        assertEquals(List.of("ivan", "olga"), calibration.getList("interviewers.items.interviewer"));
        assertEquals(List.of("0.50", "-2.00"), calibration.getList("interviewers.items.averageGap"));
        assertEquals(List.of(2, 1), calibration.getList("interviewers.items.signals"));
        assertEquals(2, calibration.getInt("interviewers.totalItems"));
    }

    @Test
    void pagesTheInterviewersByNameAndRound() throws SQLException {
        finalDecision(UUID.randomUUID(), "L5", "2019-05-01T10:00:00Z", null, signal("anna", "CODING", "L5"),
                signal("anna", "SYSTEM_DESIGN", "L6"), signal("bert", "CODING", "L4"));

        given().queryParam("framework", "ai-engineer").queryParam("from", "2019-05-01").queryParam("to", "2019-05-31")
                .queryParam("size", 2)
                .when().get("/api/v1/leveling-decisions/calibration")
                .then().statusCode(200)
                .body("decisions", equalTo(1))
                .body("distribution.level", contains("L5"))
                .body("interviewers.items.interviewer", contains("anna", "anna"))
                .body("interviewers.items.round", contains("CODING", "SYSTEM_DESIGN"))
                .body("interviewers.page", equalTo(0))
                .body("interviewers.size", equalTo(2))
                .body("interviewers.totalItems", equalTo(3))
                .body("interviewers.hasNext", equalTo(true));
        given().queryParam("framework", "ai-engineer").queryParam("from", "2019-05-01").queryParam("to", "2019-05-31")
                .queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/leveling-decisions/calibration")
                .then().statusCode(200)
                .body("interviewers.items.interviewer", contains("bert"))
                .body("interviewers.hasNext", equalTo(false));
        given().queryParam("framework", "ai-engineer").queryParam("size", 201)
                .when().get("/api/v1/leveling-decisions/calibration")
                .then().statusCode(400)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void rejectsAMissingFrameworkAndAnInvertedPeriod() {
        given().when().get("/api/v1/leveling-decisions/calibration").then().statusCode(400);
        given().queryParam("framework", "ai-engineer").queryParam("from", "2021-01-01").queryParam("to", "2020-01-01")
                .when().get("/api/v1/leveling-decisions/calibration").then().statusCode(400);
        given().queryParam("framework", "nope").when().get("/api/v1/leveling-decisions/calibration").then().statusCode(404);
    }
}
