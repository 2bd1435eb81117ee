package com.careerplatform.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The services' own role rules hold behind the gateway, with the roles Keycloak puts into real tokens. */
class ServiceRolesIT {

    private static String cycle(String name) {
        return """
                {"name": "%s", "frameworkSlug": "ai-engineer", "submissionOpens": "2027-01-04", "submissionCloses": "2027-01-29"}
                """.formatted(name);
    }

    @Test
    void hrAdminOpensAPromotionCycleAndAnEmployeeCannot() {
        String name = "e2e " + UUID.randomUUID();
        Platform.as("helen").contentType("application/json").body(cycle(name))
                .when().post("/api/v1/promotion-cycles")
                .then().statusCode(201)
                .body("createdBy", equalTo("helen"));

        Platform.as("alice").contentType("application/json").body(cycle(name + " again"))
                .when().post("/api/v1/promotion-cycles")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void compAdminSeesInternalBandsAndAnEmployeeOnlyPublishedOnes() {
        Platform.as("carl").queryParam("market", "US").queryParam("asOf", "2025-06-30")
                .when().get("/api/v1/comp-bands")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("totalItems", greaterThanOrEqualTo(20));

        Platform.as("alice").queryParam("market", "US").queryParam("asOf", "2025-06-30")
                .queryParam("level", "L7")
                .when().get("/api/v1/comp-bands")
                .then().statusCode(200)
                .body("totalItems", equalTo(0));
    }
}
