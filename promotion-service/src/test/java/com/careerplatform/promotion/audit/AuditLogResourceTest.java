package com.careerplatform.promotion.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditLogResourceTest {

    private static final String AUDIT = "/api/v1/audit-log/promotion";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void hrAdminReadsWhoOpenedACycle() {
        String cycle = given().contentType("application/json")
                .body("""
                        {"name": "Audited 2031", "frameworkSlug": "ai-engineer",
                         "submissionOpens": "2031-01-06", "submissionCloses": "2031-01-31"}
                        """)
                .when().post("/api/v1/promotion-cycles")
                .then().statusCode(201).extract().path("id");

        given().queryParam("resourceType", "promotion-cycle").queryParam("resourceId", cycle)
                .when().get(AUDIT)
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("promotion-cycle.opened"))
                .body("items[0].actor", equalTo("helen"))
                .body("items[0].after.name", equalTo("Audited 2031"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void refusesFiltersOverTheirLength() {
        given().queryParam("resourceType", "x".repeat(101)).when().get(AUDIT).then().statusCode(400);
        given().queryParam("size", 201).when().get(AUDIT).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "petra", roles = "promotion-committee", augmentors = PlatformMemberAugmentor.class)
    void theCommitteeCannotReadTheAuditLog() {
        given().when().get(AUDIT).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void anEmployeeCannotReadTheAuditLog() {
        given().when().get(AUDIT).then().statusCode(403);
    }
}
