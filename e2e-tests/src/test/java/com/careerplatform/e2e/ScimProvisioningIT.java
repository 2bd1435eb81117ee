package com.careerplatform.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An HR system provisions the people record the way it provisions every SaaS: SCIM 2.0 through the
 * gateway with its client-credentials token. A thousand people over SCIM, read back filtered, a manager
 * PATCHed; a first load of a thousand more with the bulk import, twice; and every malformed request
 * answered in RFC 7644's error shape with nothing written.
 */
class ScimProvisioningIT {

    private static final String USERS = "/scim/v2/Users";
    private static final String SCIM_JSON = "application/scim+json";
    private static final String ENTERPRISE = "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'";
    private static final int PEOPLE = 1_000;

    private static RequestSpecification hrSystem() {
        return Platform.gateway().auth().oauth2(Platform.hrSystemToken());
    }

    /** A SCIM User with the enterprise extension; {@code managerScimId} may be null. */
    static String user(String employeeNumber, String userName, String managerScimId) {
        String manager = managerScimId == null ? "" : ", \"manager\": {\"value\": \"" + managerScimId + "\"}";
        return """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                 "userName": "%s", "externalId": "ext-%s", "name": {"givenName": "Pat", "familyName": "%s"},
                 "emails": [{"value": "%s@career.example", "type": "work", "primary": true}], "active": true,
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "%s"%s}}
                """.formatted(userName, employeeNumber, employeeNumber, userName, employeeNumber, manager);
    }

    private static int matching(String filter) {
        return hrSystem().queryParam("filter", filter).queryParam("count", 0).when().get(USERS)
                .then().statusCode(200).extract().path("totalResults");
    }

    private static ValidatableResponse scimError(ValidatableResponse response, int status, String scimType) {
        response.statusCode(status).contentType(startsWith(SCIM_JSON))
                .body("schemas", hasItem("urn:ietf:params:scim:api:messages:2.0:Error"))
                .body("status", equalTo(String.valueOf(status)));
        return scimType == null ? response : response.body("scimType", equalTo(scimType));
    }

    private static long levelingAuditEntries() {
        return Platform.as("helen").queryParam("size", 1).when().get("/api/v1/audit-log/leveling")
                .then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    @Test
    void anHrSystemProvisionsAThousandPeopleReadsThemBackAndPatchesAManager() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String head = hrSystem().contentType(SCIM_JSON).body(user("S" + tag + "-0", "scim-" + tag + "-0", null))
                .when().post(USERS).then().statusCode(201).extract().path("id");
        List<String> ids = new ArrayList<>(List.of(head));
        for (int i = 1; i < PEOPLE; i++) {
            ids.add(hrSystem().contentType(SCIM_JSON).body(user("S" + tag + "-" + i, "scim-" + tag + "-" + i, head))
                    .when().post(USERS).then().statusCode(201).extract().path("id"));
        }
        assertEquals(PEOPLE, matching("userName sw \"scim-" + tag + "-\""));
        hrSystem().queryParam("filter", "userName eq \"SCIM-" + tag + "-417\"").when().get(USERS)
                .then().statusCode(200).contentType(startsWith(SCIM_JSON)).body("totalResults", equalTo(1))
                .body("Resources[0].id", equalTo(ids.get(417)))
                .body("Resources[0]." + ENTERPRISE + ".manager.value", equalTo(head));
        hrSystem().queryParam("filter", "externalId eq \"ext-S" + tag + "-9\"").when().get(USERS)
                .then().statusCode(200).body("totalResults", equalTo(1)).body("Resources[0].userName", equalTo("scim-" + tag + "-9"));
        hrSystem().queryParam("filter", "userName sw \"scim-" + tag + "-\"").queryParam("startIndex", 201)
                .queryParam("count", 200).when().get(USERS)
                .then().statusCode(200).body("startIndex", equalTo(201)).body("itemsPerPage", equalTo(200))
                .body("totalResults", equalTo(PEOPLE));
        Platform.as("mark").when().get("/api/v1/people/S" + tag + "-5").then().statusCode(404);
        hrSystem().when().get("/api/v1/people/S" + tag + "-0/reports").then().statusCode(200)
                .body("totalItems", equalTo(PEOPLE - 1));

        hrSystem().contentType(SCIM_JSON).body("""
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                                 "value": {"value": "%s"}}]}
                """.formatted(ids.get(1)))
                .when().patch(USERS + "/" + ids.get(2))
                .then().statusCode(200).body(ENTERPRISE + ".manager.value", equalTo(ids.get(1)));
        hrSystem().when().get("/api/v1/people/S" + tag + "-2").then().statusCode(200)
                .body("managerId", equalTo("S" + tag + "-1"));
    }

    @Test
    void malformedRequestsGetRfc7644ErrorsAndWriteNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        hrSystem().contentType(SCIM_JSON).body(user("X" + tag, "taken-" + tag, null)).when().post(USERS).then().statusCode(201);
        long audited = levelingAuditEntries();
        int people = matching("userName sw \"bad-" + tag + "\"");

        scimError(hrSystem().contentType(SCIM_JSON).body(user("Y" + tag + "1", "bad-" + tag + "1", null)
                .replace("urn:ietf:params:scim:schemas:core:2.0:User", "urn:example:params:Person")).when().post(USERS).then(),
                400, "invalidSyntax");
        scimError(hrSystem().contentType(SCIM_JSON).body(user("Y" + tag + "2", "bad-" + tag + "2", null)
                .replace("\"active\": true", "\"active\": true, \"favouriteColour\": \"teal\"")).when().post(USERS).then(),
                400, "invalidSyntax").body("detail", containsString("favouriteColour"));
        scimError(hrSystem().contentType(SCIM_JSON).body(user("Y" + tag + "3", "TAKEN-" + tag, null)).when().post(USERS).then(),
                409, "uniqueness").body("detail", containsString("userName"));
        scimError(hrSystem().contentType(SCIM_JSON).body(user("Y" + tag + "4", "bad-" + tag + "4", null)
                .replace("\"active\": true", "\"active\": \"yes\"")).when().post(USERS).then(), 400, "invalidValue");
        scimError(hrSystem().queryParam("filter", "userName eq").when().get(USERS).then(), 400, "invalidFilter");
        scimError(Platform.as("alice").contentType(SCIM_JSON).body(user("Y" + tag + "5", "bad-" + tag + "5", null))
                .when().post(USERS).then(), 403, null);
        scimError(Platform.as("helen").contentType(SCIM_JSON).body("{").when().post(USERS).then(), 400, "invalidSyntax");
        scimError(Platform.gateway().contentType(SCIM_JSON).body(user("Y" + tag + "6", "bad-" + tag + "6", null))
                .when().post(USERS).then(), 401, null);

        assertEquals(people, matching("userName sw \"bad-" + tag + "\""), "no User was created");
        assertEquals(audited, levelingAuditEntries(), "leveling-service wrote nothing");
    }

    @Test
    void aFirstLoadOfAThousandPeopleIsOneImportAndLoadingItAgainChangesNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder json = new StringBuilder("{\"people\": [");
        StringBuilder csv = new StringBuilder("employeeId,userName,managerId,market,track,level,levelEffectiveFrom\n");
        for (int i = 0; i < PEOPLE; i++) {
            String manager = i == 0 ? null : "B" + tag + "-0";
            json.append(i == 0 ? "" : ",").append("""
                    {"employeeId": "B%1$s-%2$d", "userName": "bulk-%1$s-%2$d", "market": "US", "track": "AI_ENGINEER",
                     "level": "L4", "levelEffectiveFrom": "2025-01-01"%3$s}""".formatted(tag, i,
                    manager == null ? "" : ", \"managerId\": \"" + manager + "\""));
            csv.append("C%1$s-%2$d,csv-%1$s-%2$d,%3$s,KR,ML_ENGINEER,L3,2025-07-01\n".formatted(tag, i,
                    i == 0 ? "" : "C" + tag + "-0"));
        }
        json.append("]}");
        hrSystem().contentType("application/json").body(json.toString()).when().post("/api/v1/people/import")
                .then().statusCode(200).body("rows", equalTo(PEOPLE)).body("created", equalTo(PEOPLE));
        hrSystem().contentType("application/json").body(json.toString()).when().post("/api/v1/people/import")
                .then().statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(PEOPLE));
        hrSystem().contentType("text/csv").body(csv.toString()).when().post("/api/v1/people/import")
                .then().statusCode(200).body("created", equalTo(PEOPLE));
        assertEquals(PEOPLE, matching("userName sw \"bulk-" + tag + "-\""));
        hrSystem().queryParam("asOf", "2025-07-01").when().get("/api/v1/people/C" + tag + "-999").then().statusCode(200)
                .body("level", equalTo("L3")).body("levelReason", equalTo("IMPORTED")).body("managerId", equalTo("C" + tag + "-0"));

        long audited = levelingAuditEntries();
        hrSystem().contentType("text/csv").body("employeeId,userName,level\nZ" + tag + ",z-" + tag + ",L3\nB" + tag
                        + "-1,bulk-" + tag + "-1,L7\n").when().post("/api/v1/people/import")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("row 3.employeeId"));
        assertEquals(audited, levelingAuditEntries(), "a refused import writes nothing");
        hrSystem().when().get("/api/v1/people/Z" + tag).then().statusCode(404);
    }
}
