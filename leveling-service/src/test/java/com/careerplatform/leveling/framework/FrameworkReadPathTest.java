package com.careerplatform.leveling.framework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
class FrameworkReadPathTest {

    @Inject
    AgroalDataSource dataSource;

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void servesPublishedLevelsFromMemoryOnceRead() throws SQLException {
        String title = given().when().get("/api/v1/frameworks/ai-engineer/levels/L5?version=1")
                .then().statusCode(200).extract().path("title");
        // Published versions are immutable; a change behind the service's back shows it no longer reads them.
        execute("update framework_version set content = jsonb_set(content, '{levels,2,title}', '\"Tampered\"')"
                + " where number = 1 and framework_id = (select id from framework where slug = 'ai-engineer')");
        try {
            given().when().get("/api/v1/frameworks/ai-engineer/levels/l5?version=1")
                    .then().statusCode(200).body("code", equalTo("L5")).body("title", equalTo(title));
            given().when().get("/api/v1/frameworks/ai-engineer/levels?version=1")
                    .then().statusCode(200).body("[2].title", equalTo(title));
        } finally {
            execute("update framework_version set content = jsonb_set(content, '{levels,2,title}', to_jsonb('"
                    + title.replace("'", "''") + "'::text)) where number = 1"
                    + " and framework_id = (select id from framework where slug = 'ai-engineer')");
        }
        given().when().get("/api/v1/frameworks/ai-engineer/levels/L9?version=1")
                .then().statusCode(404)
                .body("detail", equalTo("Framework ai-engineer version 1 has no level 'L9'; its levels are"
                        + " [L3, L4, L5, L6, L7, L8]"));
    }

    @Test
    void answersALevelAsJsonAsItStandsInTheListOfTheVersionsLevels() {
        Map<String, Object> level = given().when().get("/api/v1/frameworks/ai-engineer/levels/L5?version=1")
                .then().statusCode(200).contentType("application/json").extract().jsonPath().getMap("$");
        Map<String, Object> listed = given().when().get("/api/v1/frameworks/ai-engineer/levels?version=1")
                .then().statusCode(200).contentType("application/json").extract().jsonPath().getMap("[2]");
        assertEquals(listed, level);
        assertEquals("L5", level.get("code"));
    }

    @Test
    void readsTheFrameworkWithItsAxesAndLevelSummaries() {
        given().when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(200)
                .body("slug", equalTo("ai-engineer"))
                .body("status", equalTo("PUBLISHED"))
                .body("axes.code", contains("TECHNICAL_DEPTH", "SYSTEM_DESIGN", "PRODUCT_SENSE", "COMMUNICATION",
                        "LEADERSHIP"))
                .body("levels.code", contains("L3", "L4", "L5", "L6", "L7", "L8"));
    }

    @Test
    void echoesTheRequestIdAndMakesOneWhenNoneCame() {
        given().header("X-Request-Id", "portal-7").when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(200).header("X-Request-Id", equalTo("portal-7"));
        given().when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void answersUnknownPathsWithAProblem() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:not-found"));
    }

    @Test
    void refusesWritesOnAReadOnlyResource() {
        given().contentType("application/json").body("{}").when().post("/api/v1/frameworks/ai-engineer")
                .then().statusCode(405)
                .contentType("application/problem+json");
    }
}
