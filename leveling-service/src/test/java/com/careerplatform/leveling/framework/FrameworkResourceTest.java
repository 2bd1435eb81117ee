package com.careerplatform.leveling.framework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FrameworkResourceTest {

    private static final String L5 = "/api/v1/frameworks/ai-engineer/levels/L5";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void readsSeniorLevelAsTheSeedStatesIt() {
        given().when().get(L5)
                .then().statusCode(200)
                .body("framework", equalTo("ai-engineer"))
                .body("version", equalTo(1))
                .body("code", equalTo("L5"))
                .body("stage", equalTo("Senior"))
                .body("years.from", equalTo(3))
                .body("years.to", equalTo(6))
                .body("summary", equalTo("System design"))
                .body("axes.name", contains("Technical depth", "System design", "Product sense", "Communication",
                        "Leadership"))
                .body("expectations.text[1]", equalTo("Cross-team coordination: PM, Design, Data, Infra."))
                .body("expectations.section", everyItem(equalTo("3.1")))
                .body("interviewProbes.text[2]", equalTo("Cost — \"Cut a $100K/month bill down to $20K/month.\""))
                .body("proofPoints.sectionTitle", everyItem(equalTo("Preparing for staff")))
                .body("mustDos", empty())
                .body("archetypes", empty());
    }

    @Test
    @TestSecurity(user = "pat", roles = "portal-reader", augmentors = PlatformMemberAugmentor.class)
    void listsSixLevelsWithStagesAndStaffArchetypesFromStaffUp() {
        given().when().get("/api/v1/frameworks/ai-engineer/levels")
                .then().statusCode(200)
                .body("code", contains("L3", "L4", "L5", "L6", "L7", "L8"))
                .body("stage", contains("Junior", "Early senior", "Senior", "Staff", "Senior staff", "Principal"))
                .body("[0].years.to", equalTo(3))
                .body("[3].years.from", equalTo(6))
                .body("[3].years.to", equalTo(10))
                .body("[3].archetypes.text", contains("Tech Lead — team-level technical leader.",
                        "Architect — architecture-focused.", "Solver — takes on problems the company can't solve elsewhere.",
                        "Right Hand — the exec's technical partner."))
                .body("[5].archetypes", hasSize(4))
                .body("[2].archetypes", empty());
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void levelCodeIsCaseInsensitive() {
        given().when().get("/api/v1/frameworks/ai-engineer/levels/l5")
                .then().statusCode(200).body("code", equalTo("L5"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void answersNotModifiedWhenTheEtagMatches() {
        String etag = given().when().get(L5)
                .then().statusCode(200)
                .header("Cache-Control", containsString("max-age"))
                .header("ETag", notNullValue())
                .extract().header("ETag");

        given().header("If-None-Match", etag).when().get(L5)
                .then().statusCode(304).header("ETag", equalTo(etag));
        given().header("If-None-Match", "W/" + etag).when().get(L5)
                .then().statusCode(304);
        given().header("If-None-Match", "\"ai-engineer.v0.L5\", W/" + etag).when().get(L5)
                .then().statusCode(304);
        given().header("If-None-Match", "\"ai-engineer.v0.L5\"").when().get(L5)
                .then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void aPublishedVersionHasOneEtagInTheVersionListAndOnEveryRead() {
        String etag = given().when().get("/api/v1/frameworks/ai-engineer").then().statusCode(200).extract().header("ETag");
        assertEquals("\"ai-engineer.v1\"", etag);
        given().when().get("/api/v1/frameworks/ai-engineer/versions")
                .then().statusCode(200)
                .body("items.find { it.number == 1 }.etag", equalTo("ai-engineer.v1"));
        given().when().get("/api/v1/frameworks/ai-engineer/versions/1").then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void unknownLevelIsNotFoundAndListsTheKnownLevels() {
        given().when().get("/api/v1/frameworks/ai-engineer/levels/L9")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:not-found"))
                .body("status", equalTo(404))
                .body("detail", containsString("[L3, L4, L5, L6, L7, L8]"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void unknownFrameworkIsNotFoundAndListsTheKnownFrameworks() {
        given().when().get("/api/v1/frameworks/data-engineer/levels/L5")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("[ai-engineer]"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void unpublishedVersionIsNotFound() {
        given().queryParam("version", 2).when().get(L5)
                .then().statusCode(404)
                .body("detail", containsString("published versions are [1]"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void rejectsVersionZeroAndNonNumericVersions() {
        given().queryParam("version", 0).when().get(L5)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:validation"))
                .body("errors[0].field", equalTo("version"));

        given().queryParam("version", "latest").when().get(L5)
                .then().statusCode(400)
                .body("type", equalTo("urn:career-platform:problem:validation"));
    }

    @Test
    void refusesCallsWithoutToken() {
        given().when().get(L5)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:career-platform:problem:unauthenticated"));
    }

    @Test
    @TestSecurity(user = "victor", roles = "offline_access", augmentors = PlatformMemberAugmentor.class)
    void refusesAccountsWithoutAPlatformRole() {
        given().when().get(L5)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:forbidden"));
    }

    @Test
    void answersServiceUnavailableWhenTheIdentityProviderCannotBeReached() {
        // The test profile points OIDC at a closed port, as when Keycloak is down.
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.e30.c2ln").when().get(L5)
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:service-unavailable"));
    }
}
