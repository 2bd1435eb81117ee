package com.careerplatform.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the gateway shows of itself: the merged API document, Swagger UI, readiness, headers, CORS. */
class GatewaySurfaceIT {

    @Test
    void theMergedDocumentHoldsEveryServicesRoutesAndTheKeycloakScheme() {
        Platform.gateway().when().get("/openapi/platform.json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/frameworks/{slug}/levels/{code}"))
                .body("paths", hasKey("/api/v1/promotion-packets/{id}/readiness"))
                .body("paths", hasKey("/api/v1/comp-bands"))
                .body("paths", hasKey("/api/v1/events/promotion/webhooks"))
                .body("paths", not(hasKey("/q/health")))
                .body("components.securitySchemes.keycloak.type", equalTo("oauth2"))
                .body("components.securitySchemes.keycloak.flows.clientCredentials.tokenUrl",
                        equalTo(Platform.KEYCLOAK + "/realms/career/protocol/openid-connect/token"))
                .body("x-unavailable-services", nullValue());
        Platform.gateway().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger"));
    }

    @Test
    void linksInAnswersNameTheGatewayNotAnInstance() {
        Platform.as("helen").contentType("application/json").body("""
                {"name": "links %s", "frameworkSlug": "ai-engineer", "submissionOpens": "2027-01-04", "submissionCloses": "2027-01-29"}
                """.formatted(UUID.randomUUID()))
                .when().post("/api/v1/promotion-cycles")
                .then().statusCode(201)
                .header("Location", startsWith(Platform.GATEWAY + "/api/v1/promotion-cycles/"));
    }

    @Test
    void readinessReportsEachUpstream() {
        Platform.gateway().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.data.leveling", matchesPattern("(\\d) of \\1 instances in rotation"))
                .body("checks.find { it.name == 'upstreams' }.data.promotion", equalTo("1 of 1 instances in rotation"))
                .body("checks.find { it.name == 'upstreams' }.data.comp", equalTo("1 of 1 instances in rotation"));
    }

    @Test
    void hrDataLeavesTheGatewayUncacheableAndUnsniffable() {
        Platform.as("carl").when().get("/api/v1/comp-bands")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        Platform.as("alice").when().get("/api/v1/frameworks/ai-engineer/levels/L5")
                .then().statusCode(200)
                .header("Cache-Control", containsString("max-age"))
                .header("ETag", not(nullValue()));
    }

    @Test
    void onlyThePortalOriginGetsCorsAnswers() {
        Platform.gateway().header("Origin", "http://127.0.0.1:3000").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/frameworks/ai-engineer/levels/L5")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://127.0.0.1:3000"));
        Platform.gateway().header("Origin", "https://attacker.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/frameworks/ai-engineer/levels/L5")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
