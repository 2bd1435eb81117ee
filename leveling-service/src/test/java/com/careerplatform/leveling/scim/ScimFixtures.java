package com.careerplatform.leveling.scim;

import static io.restassured.RestAssured.given;

import java.util.UUID;

/** SCIM User bodies and steps the SCIM tests share. */
final class ScimFixtures {

    static final String USERS = "/scim/v2/Users";
    static final String SCIM_JSON = "application/scim+json";

    private ScimFixtures() {
    }

    /** A unique employee number for a test's person. */
    static String employeeNumber() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String user(String employeeNumber, String userName, String managerScimId, String level) {
        String manager = managerScimId == null ? "" : ", \"manager\": {\"value\": \"" + managerScimId + "\"}";
        String career = level == null ? "" : """
                , "urn:career-platform:scim:schemas:extension:career:2.0:User": {"track": "AI_ENGINEER", "level": "%s",
                   "market": "US"}""".formatted(level);
        return """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                             "urn:career-platform:scim:schemas:extension:career:2.0:User"],
                 "userName": "%s", "name": {"givenName": "Test", "familyName": "%s"},
                 "emails": [{"value": "%s@career.example", "type": "work", "primary": true}], "active": true,
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "%s"%s}%s}
                """.formatted(userName, employeeNumber, userName, employeeNumber, manager, career);
    }

    /** Creates a User as the current test identity; returns its SCIM id. */
    static String create(String body) {
        return given().contentType(SCIM_JSON).body(body).when().post(USERS)
                .then().statusCode(201).extract().path("id");
    }
}
