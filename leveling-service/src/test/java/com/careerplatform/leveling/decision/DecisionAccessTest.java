package com.careerplatform.leveling.decision;

import static com.careerplatform.leveling.decision.DecisionFixtures.DECISIONS;
import static com.careerplatform.leveling.decision.DecisionFixtures.candidate;
import static com.careerplatform.leveling.decision.DecisionFixtures.decision;
import static io.restassured.RestAssured.given;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Decisions are for hiring committees and HR only. */
@QuarkusTest
class DecisionAccessTest {

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void employeeCannotReadOrWriteDecisions() {
        given().when().get(DECISIONS).then().statusCode(403);
        given().queryParam("framework", "ai-engineer").when().get(DECISIONS + "/calibration").then().statusCode(403);
        given().contentType(ContentType.JSON).body(decision(candidate(), "L5", null)).when().post(DECISIONS)
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "pat", roles = "portal-reader", augmentors = PlatformMemberAugmentor.class)
    void portalReaderCannotReadDecisions() {
        given().when().get(DECISIONS).then().statusCode(403);
    }

    @Test
    void anonymousCallerIsRefused() {
        given().when().get(DECISIONS).then().statusCode(401);
        given().contentType(ContentType.JSON).body(decision(candidate(), "L5", null)).when().post(DECISIONS)
                .then().statusCode(401);
    }
}
