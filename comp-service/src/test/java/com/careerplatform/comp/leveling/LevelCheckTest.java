package com.careerplatform.comp.leveling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Band and record writes name levels that leveling-service confirms; when it cannot answer, writes stop. */
@QuarkusTest
@TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
class LevelCheckTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    private static String band(String framework, String level) {
        return """
                {"frameworkSlug": "%s", "levelCode": "%s", "market": "US", "segment": "UNICORN", "currency": "USD",
                 "totalCompMin": "1", "totalCompMax": "2", "openEnded": false, "equityNote": "NONE",
                 "visibility": "INTERNAL", "effectiveFrom": "2031-01-01"}
                """.formatted(framework, level);
    }

    @Test
    void aLevelTheFrameworkDoesNotHaveIsABadRequest() {
        given().contentType("application/json").body(band("ai-engineer", "L9")).when().post("/api/v1/comp-bands")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("levelCode"))
                .body("errors[0].message", containsString("[L3, L4, L5, L6, L7, L8]"));
        given().contentType("application/json").body(band("data-engineer", "L5")).when().post("/api/v1/comp-bands")
                .then().statusCode(400).body("errors[0].field", equalTo("frameworkSlug"));
    }

    @Test
    void writesAreRefusedWhileLevelingCannotAnswerButReadsWork() {
        given().contentType("application/json").body(band("broken-framework", "L5")).when().post("/api/v1/comp-bands")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was written"));
        given().queryParam("level", "L5").when().get("/api/v1/comp-bands").then().statusCode(200);
    }

    @Test
    void whileLevelingKeepsFailingWritesAreRefusedWithoutCallingItUntilTheBreakerCloses() {
        String broken = "/api/v1/frameworks/broken-framework";
        for (int call = 0; call < 2; call++) {
            // Two attempts a call (one retry): four failures are enough to open the breaker.
            given().contentType("application/json").body(band("broken-framework", "L5")).when().post("/api/v1/comp-bands")
                    .then().statusCode(503);
        }
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState("leveling-level-codes"));
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState("leveling-recorded-level"), "each call has its own breaker");
        int calls = LevelingStub.requests(broken);

        given().contentType("application/json").body(band("broken-framework", "L5")).when().post("/api/v1/comp-bands")
                .then().statusCode(503).body("detail", containsString("nothing was written"));
        assertEquals(calls, LevelingStub.requests(broken), "refused at once, leveling-service not called");
    }
}
