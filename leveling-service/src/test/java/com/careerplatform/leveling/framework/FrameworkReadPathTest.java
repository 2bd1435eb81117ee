package com.careerplatform.leveling.framework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
class FrameworkReadPathTest {

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
