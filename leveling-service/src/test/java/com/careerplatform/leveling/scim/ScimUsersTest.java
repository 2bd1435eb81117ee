package com.careerplatform.leveling.scim;

import static com.careerplatform.leveling.scim.ScimFixtures.SCIM_JSON;
import static com.careerplatform.leveling.scim.ScimFixtures.USERS;
import static com.careerplatform.leveling.scim.ScimFixtures.create;
import static com.careerplatform.leveling.scim.ScimFixtures.employeeNumber;
import static com.careerplatform.leveling.scim.ScimFixtures.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** An HR system provisions people over SCIM 2.0 and reads them back the way its connector does. */
@QuarkusTest
@TestSecurity(user = "service-account-hr-system", roles = "hr-admin")
class ScimUsersTest {

    private static final String ENTERPRISE = "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'";
    private static final String CAREER = "'urn:career-platform:scim:schemas:extension:career:2.0:User'";

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static ValidatableResponse scimError(ValidatableResponse response, int status, String scimType) {
        return response.statusCode(status).contentType(startsWith(SCIM_JSON))
                .body("schemas", hasItem("urn:ietf:params:scim:api:messages:2.0:Error"))
                .body("status", equalTo(String.valueOf(status)))
                .body("scimType", scimType == null ? nullValue() : equalTo(scimType));
    }

    private static long people() {
        return given().queryParam("count", 0).when().get(USERS).then().statusCode(200)
                .extract().jsonPath().getLong("totalResults");
    }

    @Test
    void createsAUserAndAnswersItAsTheHrSystemSentIt() {
        String number = employeeNumber();
        String id = given().contentType(SCIM_JSON).body(user(number, "u-" + number, null, "L5"))
                .when().post(USERS)
                .then().statusCode(201).contentType(startsWith(SCIM_JSON))
                .header("Location", containsString("/scim/v2/Users/"))
                .header("ETag", startsWith("W/\""))
                .body("userName", equalTo("u-" + number))
                .body("name.formatted", equalTo("Test " + number))
                .body(ENTERPRISE + ".employeeNumber", equalTo(number))
                .body(CAREER + ".level", equalTo("L5"))
                .body(CAREER + ".framework", equalTo("ai-engineer"))
                .body("meta.resourceType", equalTo("User"))
                .extract().path("id");
        given().when().get(USERS + "/" + id).then().statusCode(200).body("id", equalTo(id))
                .body(CAREER + ".market", equalTo("US"));
    }

    @Test
    void findsUsersByUserNameAndExternalIdWithoutCaseForUserName() {
        String number = employeeNumber();
        create(user(number, "Filter-" + number, null, null));
        given().queryParam("filter", "userName eq \"filter-" + number.toLowerCase() + "\"").when().get(USERS)
                .then().statusCode(200).contentType(startsWith(SCIM_JSON))
                .body("schemas", hasItem("urn:ietf:params:scim:api:messages:2.0:ListResponse"))
                .body("totalResults", equalTo(1)).body("startIndex", equalTo(1))
                .body("Resources[0]." + ENTERPRISE + ".employeeNumber", equalTo(number));
        given().queryParam("filter", "externalId eq \"nobody-has-this\"").when().get(USERS)
                .then().statusCode(200).body("totalResults", equalTo(0)).body("Resources", hasSize(0));
    }

    @Test
    void pagesWithStartIndexAndCount() {
        String prefix = "page-" + employeeNumber();
        for (int i = 0; i < 3; i++) {
            create(user(employeeNumber(), prefix + "-" + i, null, null));
        }
        given().queryParam("filter", "userName sw \"" + prefix + "\"").queryParam("startIndex", 2).queryParam("count", 2)
                .when().get(USERS)
                .then().statusCode(200).body("totalResults", equalTo(3)).body("startIndex", equalTo(2))
                .body("itemsPerPage", equalTo(2)).body("Resources", hasSize(2));
    }

    @Test
    void patchesTheManager() {
        String managerNumber = employeeNumber();
        String manager = create(user(managerNumber, "m-" + managerNumber, null, "L7"));
        String number = employeeNumber();
        String id = create(user(number, "r-" + number, null, "L5"));
        given().contentType(SCIM_JSON).body("""
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                                 "value": {"value": "%s"}}]}
                """.formatted(manager))
                .when().patch(USERS + "/" + id)
                .then().statusCode(200)
                .body(ENTERPRISE + ".manager.value", equalTo(manager))
                .body(ENTERPRISE + ".manager.displayName", equalTo("Test " + managerNumber));
    }

    @Test
    void refusesAWrongSchemaAnUnknownAttributeAndADuplicateUserNameAndWritesNothing() {
        String number = employeeNumber();
        create(user(number, "dup-" + number, null, null));
        long before = people();
        scimError(given().contentType(SCIM_JSON).body(user(employeeNumber(), "x-" + number, null, null)
                        .replace("urn:ietf:params:scim:schemas:core:2.0:User\",", "urn:example:Unknown\","))
                .when().post(USERS).then(), 400, "invalidSyntax");
        scimError(given().contentType(SCIM_JSON).body(user(employeeNumber(), "y-" + number, null, null)
                        .replace("\"active\": true", "\"active\": true, \"nickName\": \"Y\""))
                .when().post(USERS).then(), 400, "invalidSyntax").body("detail", containsString("nickName"));
        scimError(given().contentType(SCIM_JSON).body(user(employeeNumber(), "DUP-" + number, null, null))
                .when().post(USERS).then(), 409, "uniqueness").body("detail", containsString("userName"));
        org.junit.jupiter.api.Assertions.assertEquals(before, people());
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee")
    void refusesCallersWithoutHrAdminInScimShape() {
        scimError(given().contentType(SCIM_JSON).body(user(employeeNumber(), "z", null, null))
                .when().post(USERS).then(), 403, null);
    }

    @Test
    void describesItselfToScimClients() {
        given().when().get("/scim/v2/ServiceProviderConfig").then().statusCode(200)
                .body("patch.supported", equalTo(true)).body("bulk.supported", equalTo(false))
                .body("filter.maxResults", equalTo(200));
        given().when().get("/scim/v2/Schemas").then().statusCode(200).body("totalResults", equalTo(3))
                .body("Resources.id", hasItem("urn:career-platform:scim:schemas:extension:career:2.0:User"));
        given().when().get("/scim/v2/ResourceTypes/User").then().statusCode(200)
                .body("schema", equalTo("urn:ietf:params:scim:schemas:core:2.0:User"));
    }
}
