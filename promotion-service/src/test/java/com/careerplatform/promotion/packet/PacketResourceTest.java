package com.careerplatform.promotion.packet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import com.careerplatform.promotion.leveling.LevelingStub;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PacketResourceTest {

    private static final String PACKETS = "/api/v1/promotion-packets";
    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String packet(UUID cycle, String target, String archetype) {
        return """
                {"cycleId": "%s", "targetLevel": "%s", %s
                 "narrative": "Led the company-wide LLM gateway.",
                 "selfAssessment": {"SYSTEM_DESIGN": "Designed the gateway's routing."}}
                """.formatted(cycle, target, archetype == null ? "" : "\"archetype\": \"" + archetype + "\",");
    }

    private static String packetFor(String employee, UUID cycle, String target, String archetype) {
        return packet(cycle, target, archetype).replace("{\"cycleId\"", "{\"employeeId\": \"" + employee + "\", \"cycleId\"");
    }

    @Test
    @TestSecurity(user = "sam", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2005"))
    void anEmployeeDraftsAStaffPacketAtTheRecordedLevelAndEditsItWithIfMatch() {
        UUID cycle = PacketFixtures.cycle("ai-engineer", "OPEN");
        String location = given().contentType("application/json").body(packet(cycle, "L6", "TECH_LEAD"))
                .when().post(PACKETS)
                .then().statusCode(201)
                .body("employeeId", equalTo("E2005"))
                .body("currentLevel", equalTo("L5"))
                .body("managerId", equalTo("E2002"))
                .body("status", equalTo("DRAFT"))
                .body("frameworkSlug", equalTo("ai-engineer"))
                .extract().header("Location");
        String etag = given().when().get(location).then().statusCode(200).extract().header("ETag");

        String edit = packet(cycle, "L6", "SOLVER").replace("\"cycleId\": \"" + cycle + "\", ", "");
        given().contentType("application/json").body(edit).when().put(location).then().statusCode(428);
        given().contentType("application/json").header("If-Match", "\"stale\"").body(edit).when().put(location).then().statusCode(412);
        given().contentType("application/json").header("If-Match", etag).body(edit).when().put(location)
                .then().statusCode(200).body("archetype", equalTo("SOLVER")).header("ETag", not(equalTo(etag)));
        given().when().get(PACKETS).then().statusCode(200).body("items.id", hasItem(location.substring(location.lastIndexOf('/') + 1)));
    }

    @Test
    @TestSecurity(user = "sam", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2005"))
    void aRetryWithTheSameIdempotencyKeyDraftsOnePacket() {
        UUID cycle = PacketFixtures.cycle("ai-engineer", "OPEN");
        String key = "draft-" + UUID.randomUUID();
        var first = given().header("Idempotency-Key", key).contentType("application/json").body(packet(cycle, "L6", "TECH_LEAD"))
                .when().post(PACKETS).then().statusCode(201).extract();
        given().header("Idempotency-Key", key).contentType("application/json").body(packet(cycle, "L6", "TECH_LEAD"))
                .when().post(PACKETS)
                .then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .body("id", equalTo(first.path("id")));
        given().header("Idempotency-Key", key).contentType("application/json").body(packet(cycle, "L6", "SOLVER"))
                .when().post(PACKETS).then().statusCode(422).contentType(PROBLEM);

        assertEquals(1L, PacketFixtures.packetsOf("E2005", cycle));
    }

    @Test
    @TestSecurity(user = "sam", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2005"))
    void theRequestIdGoesOnWithEveryCallToLevelingService() {
        String requestId = "trace-" + UUID.randomUUID();
        given().header("X-Request-Id", requestId).contentType("application/json")
                .body(packet(PacketFixtures.cycle("ai-engineer", "OPEN"), "L6", "TECH_LEAD"))
                .when().post(PACKETS)
                .then().statusCode(201).header("X-Request-Id", requestId);
        assertEquals(List.of("/api/v1/people/E2005 " + requestId, "/api/v1/frameworks/ai-engineer/levels " + requestId,
                "/api/v1/frameworks/ai-engineer/levels/L6 " + requestId),
                LevelingStub.REQUEST_IDS.stream().filter(call -> call.endsWith(" " + requestId)).toList());
    }

    @Test
    @TestSecurity(user = "sam", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2005"))
    void aSelfAssessmentNamesOnlyAxesOfTheTargetLevel() {
        UUID cycle = PacketFixtures.cycle("ai-engineer", "OPEN");
        given().contentType("application/json")
                .body(packet(cycle, "L6", "TECH_LEAD").replace("\"SYSTEM_DESIGN\":", "\"CHARISMA\":"))
                .when().post(PACKETS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("selfAssessment.CHARISMA"))
                .body("errors[0].message", containsString("is not an axis of ai-engineer L6"));
        assertEquals(0L, PacketFixtures.packetsOf("E2005", cycle));
    }

    @Test
    @TestSecurity(user = "sam", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2005"))
    void aPersonHasOnePacketPerCycleUntilTheyWithdrawIt() {
        UUID cycle = PacketFixtures.cycle("ai-engineer", "OPEN");
        String first = given().contentType("application/json").body(packet(cycle, "L6", "TECH_LEAD"))
                .when().post(PACKETS).then().statusCode(201).extract().path("id");
        given().contentType("application/json").body(packet(cycle, "L6", "SOLVER"))
                .when().post(PACKETS)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("E2005 has a packet in cycle"))
                .body("detail", containsString(first));

        given().when().post(PACKETS + "/" + first + "/withdraw").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().contentType("application/json").body(packet(cycle, "L6", "SOLVER"))
                .when().post(PACKETS).then().statusCode(201).body("id", not(equalTo(first)));
        given().contentType("application/json").body(packet(PacketFixtures.cycle("ai-engineer", "OPEN"), "L6", "SOLVER"))
                .when().post(PACKETS).then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
    void aCallerCannotChooseTheirOwnLevelOrManager() {
        UUID cycle = PacketFixtures.cycle("ai-engineer", "OPEN");
        int before = given().when().get(PACKETS).then().statusCode(200).extract().path("totalItems");
        given().contentType("application/json")
                .body(packet(cycle, "L8", "SOLVER").replace("{\"cycleId\"", "{\"currentLevel\": \"L7\", \"cycleId\""))
                .when().post(PACKETS).then().statusCode(400).body("errors[0].field", equalTo("currentLevel"));
        given().contentType("application/json")
                .body(packet(cycle, "L5", null).replace("{\"cycleId\"", "{\"managerId\": \"E1003\", \"cycleId\""))
                .when().post(PACKETS).then().statusCode(400).body("errors[0].field", equalTo("managerId"));
        given().when().get(PACKETS).then().statusCode(200).body("totalItems", equalTo(before));
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
    void theTargetIsTheLevelAboveTheRecordedOne() {
        UUID cycle = PacketFixtures.cycle("ai-engineer", "OPEN");
        given().contentType("application/json").body(packet(cycle, "L6", "SOLVER")).when().post(PACKETS)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("must be the level right above L4, which is L5"));
        given().contentType("application/json").body("{\"cycleId\": \"" + cycle + "\"}").when().post(PACKETS)
                .then().statusCode(400).body("errors.field", hasItem("narrative"));
    }

    @Test
    @TestSecurity(user = "sam", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2005"))
    void staffTargetsNameAnArchetype() {
        UUID cycle = PacketFixtures.cycle("ai-engineer", "OPEN");
        given().contentType("application/json").body(packet(cycle, "L6", null)).when().post(PACKETS)
                .then().statusCode(400).body("errors[0].field", equalTo("archetype"));
        given().contentType("application/json").body(packet(cycle, "L6", "WIZARD")).when().post(PACKETS)
                .then().statusCode(400).body("errors[0].message", equalTo("must be one of [TECH_LEAD, ARCHITECT, SOLVER, RIGHT_HAND]"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void aPersonTheRecordCannotPromoteGetsAClearProblem() {
        UUID cycle = PacketFixtures.cycle("ai-engineer", "OPEN");
        given().contentType("application/json").body(packetFor("E2009", cycle, "L9", "SOLVER")).when().post(PACKETS)
                .then().statusCode(400).body("errors.field", hasItem("targetLevel"));
        given().contentType("application/json").body(packetFor("E-NOBODY", cycle, "L5", null)).when().post(PACKETS)
                .then().statusCode(422).body("detail", containsString("no E-NOBODY"));
        given().contentType("application/json").body(packetFor("E2008", cycle, "L5", null)).when().post(PACKETS)
                .then().statusCode(422).body("detail", containsString("no level"));
        given().contentType("application/json").body(packetFor("E2007", cycle, "L5", null)).when().post(PACKETS)
                .then().statusCode(422).body("detail", containsString("ml-other"));
        given().contentType("application/json").body(packetFor("E2006", cycle, "L5", null)).when().post(PACKETS)
                .then().statusCode(422).body("detail", containsString("no manager"));
        given().contentType("application/json").body(packetFor("E-BROKEN", cycle, "L5", null)).when().post(PACKETS)
                .then().statusCode(503).body("detail", containsString("nothing was written"));
        given().contentType("application/json")
                .body(packetFor("E2010", PacketFixtures.cycle("broken-framework", "OPEN"), "L5", null)).when().post(PACKETS)
                .then().statusCode(503).body("detail", containsString("nothing was written"));
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
    void refusesClosedOrUnknownCyclesPacketsForOthersAndWritesWhileLevelingIsDown() {
        given().contentType("application/json").body(packet(PacketFixtures.cycle("ai-engineer", "CLOSED"), "L5", null))
                .when().post(PACKETS).then().statusCode(409);
        given().contentType("application/json").body(packet(UUID.randomUUID(), "L5", null))
                .when().post(PACKETS).then().statusCode(400).body("errors[0].field", equalTo("cycleId"));
        given().contentType("application/json").body(packetFor("E2999", PacketFixtures.cycle("ai-engineer", "OPEN"), "L5", null))
                .when().post(PACKETS).then().statusCode(403);
        given().contentType("application/json").body(packet(PacketFixtures.cycle("broken-framework", "OPEN"), "L5", null))
                .when().post(PACKETS).then().statusCode(422).body("detail", containsString("broken-framework"));
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
    void packetCreationRejectsBrokenJsonWrongTypesAndNonJson() {
        UUID cycle = PacketFixtures.cycle("ai-engineer", "OPEN");
        int before = given().when().get(PACKETS).then().statusCode(200).extract().path("totalItems");
        given().contentType("application/json").body("{\"cycleId\": ").when().post(PACKETS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:career-platform:problem:malformed-body"));
        given().contentType("application/json").body(packet(cycle, "L5", null).replace(cycle.toString(), "abc"))
                .when().post(PACKETS)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("cycleId"));
        given().contentType("application/json")
                .body(packet(cycle, "L5", null).replace("{\"SYSTEM_DESIGN\": \"Designed the gateway's routing.\"}", "[\"SYSTEM_DESIGN\"]"))
                .when().post(PACKETS)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("selfAssessment"));
        given().contentType("application/json").body(packet(cycle, "L5", null).replace("routing.", "routing.\\u0000"))
                .when().post(PACKETS)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("selfAssessment.SYSTEM_DESIGN"));
        given().contentType("text/plain").body(packet(cycle, "L5", null)).when().post(PACKETS)
                .then().statusCode(415).contentType(PROBLEM);
        given().when().get(PACKETS).then().statusCode(200).body("totalItems", equalTo(before));
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
    void editRejectsOwnershipAndStatusFields() {
        UUID id = PacketFixtures.packet("E2001", "E2002");
        String etag = given().when().get(PACKETS + "/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, String> protectedFields = Map.of("employeeId", "\"E2999\"", "managerId", "\"E2999\"",
                "currentLevel", "\"L7\"", "status", "\"PROMOTED\"");
        protectedFields.forEach((field, value) -> given().contentType("application/json").header("If-Match", etag)
                .body("{\"targetLevel\": \"L5\", \"narrative\": \"Taken over.\", \"" + field + "\": " + value + "}")
                .when().put(PACKETS + "/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(field)));
        given().when().get(PACKETS + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("employeeId", equalTo("E2001"))
                .body("managerId", equalTo("E2002"))
                .body("status", equalTo("DRAFT"))
                .body("narrative", equalTo("Shipped the eval harness."));

        int before = given().when().get(PACKETS).then().statusCode(200).extract().path("totalItems");
        given().contentType("application/json")
                .body(packet(PacketFixtures.cycle("ai-engineer", "OPEN"), "L5", null).replace("{\"cycleId\"", "{\"status\": \"PROMOTED\", \"cycleId\""))
                .when().post(PACKETS)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("status"));
        given().when().get(PACKETS).then().statusCode(200).body("totalItems", equalTo(before));
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
    void editValidatesItsBody() {
        UUID id = PacketFixtures.packet("E2001", "E2002");
        String etag = given().when().get(PACKETS + "/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, String> rejected = Map.of(
                "{\"targetLevel\": \"L5\"}", "narrative",
                "{\"targetLevel\": \"L6\", \"archetype\": \"SOLVER\", \"narrative\": \"Skip a level.\"}", "targetLevel",
                "{\"targetLevel\": \"L5\", \"archetype\": \"WIZARD\", \"narrative\": \"Magic.\"}", "archetype",
                "{\"targetLevel\": \"L5\", \"narrative\": \"" + "x".repeat(20001) + "\"}", "narrative",
                "{\"targetLevel\": \"L5\", \"narrative\": \"Null\\u0000byte.\"}", "narrative");
        rejected.forEach((body, field) -> given().contentType("application/json").header("If-Match", etag).body(body)
                .when().put(PACKETS + "/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(field)));
        given().when().get(PACKETS + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("targetLevel", equalTo("L5"))
                .body("narrative", equalTo("Shipped the eval harness."));

        UUID submitted = PacketFixtures.packet("E2001", "E2002", "SUBMITTED", PacketFixtures.cycle("ai-engineer", "OPEN"));
        String submittedEtag = given().when().get(PACKETS + "/" + submitted).then().statusCode(200).extract().header("ETag");
        given().contentType("application/json").header("If-Match", submittedEtag)
                .body("{\"targetLevel\": \"L5\", \"narrative\": \"Too late.\"}")
                .when().put(PACKETS + "/" + submitted)
                .then().statusCode(409).contentType(PROBLEM);
        given().when().get(PACKETS + "/" + submitted)
                .then().statusCode(200).header("ETag", equalTo(submittedEtag)).body("narrative", equalTo("Shipped the eval harness."));
    }

    @Test
    @TestSecurity(user = "paul", roles = {"employee", "promotion-committee"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E1004"))
    void pathIdsThatAreNotUuidsAreProblemsNot500() {
        String bad = PACKETS + "/not-a-uuid";
        given().when().get(bad).then().statusCode(400).contentType(PROBLEM);
        given().contentType("application/json").header("If-Match", "*")
                .body("{\"targetLevel\": \"L5\", \"narrative\": \"x\"}")
                .when().put(bad).then().statusCode(400).contentType(PROBLEM);
        given().when().get(bad + "/readiness").then().statusCode(400).contentType(PROBLEM);
        given().when().get(bad + "/evidence").then().statusCode(400).contentType(PROBLEM);
        given().when().get(bad + "/reviews").then().statusCode(400).contentType(PROBLEM);
        given().when().post(bad + "/submit").then().statusCode(400).contentType(PROBLEM);
        given().when().delete(PACKETS + "/" + PacketFixtures.packet("E2001", "E2002") + "/evidence/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "otto", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2999"))
    void someoneElsesPacketDoesNotExistForAnotherEmployee() {
        UUID id = PacketFixtures.packet("E2001", "E2002");
        given().when().get(PACKETS + "/" + id).then().statusCode(404);
        given().contentType("application/json").header("If-Match", "*")
                .body("{\"targetLevel\": \"L5\", \"narrative\": \"x\"}")
                .when().put(PACKETS + "/" + id).then().statusCode(404);
        given().when().get(PACKETS).then().statusCode(200).body("items.id", not(hasItem(id.toString())));
    }

    @Test
    @TestSecurity(user = "mark", roles = {"employee", "manager"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2002"))
    void theManagerReadsAndEditsTheirReportsDraft() {
        UUID id = PacketFixtures.packet("E2001", "E2002");
        given().when().get(PACKETS + "/" + id).then().statusCode(200).body("employeeId", equalTo("E2001"));
        given().contentType("application/json").header("If-Match", "*")
                .body("{\"targetLevel\": \"L5\", \"narrative\": \"Sharper story.\"}")
                .when().put(PACKETS + "/" + id).then().statusCode(200).body("narrative", equalTo("Sharper story."));
    }

    @Test
    @TestSecurity(user = "paul", roles = {"employee", "promotion-committee"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E1004"))
    void theCommitteeReadsEveryPacketButDoesNotEditIt() {
        UUID id = PacketFixtures.packet("E2001", "E2002");
        given().when().get(PACKETS + "/" + id).then().statusCode(200);
        given().contentType("application/json").header("If-Match", "*")
                .body("{\"targetLevel\": \"L5\", \"narrative\": \"x\"}")
                .when().put(PACKETS + "/" + id).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void hrAdminDraftsAPacketForAnEmployee() {
        given().contentType("application/json")
                .body(packetFor("E3001", PacketFixtures.cycle("ai-engineer", "OPEN"), "L4", null))
                .when().post(PACKETS)
                .then().statusCode(201).body("employeeId", equalTo("E3001")).body("createdBy", equalTo("helen"));
    }

    @Test
    @TestSecurity(user = "nina", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2101"))
    void packetsComeInPagesNewestFirst() {
        UUID oldest = PacketFixtures.packet("E2101", "E2102");
        UUID middle = PacketFixtures.packet("E2101", "E2102");
        UUID newest = PacketFixtures.packet("E2101", "E2102");
        given().queryParam("size", 2).when().get(PACKETS)
                .then().statusCode(200)
                .body("items.id", contains(newest.toString(), middle.toString()))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("hasNext", equalTo(true));
        given().queryParam("page", 1).queryParam("size", 2).when().get(PACKETS)
                .then().statusCode(200)
                .body("items.id", contains(oldest.toString()))
                .body("totalItems", equalTo(3))
                .body("hasNext", equalTo(false));
        given().queryParam("size", 201).when().get(PACKETS)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("size"));
        given().queryParam("page", -1).when().get(PACKETS)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("page"));
    }

    @Test
    @TestSecurity(user = "mona", roles = {"employee", "manager"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2202"))
    void aManagersPagesCountOnlyTheirOwnAndTheirReportsPackets() {
        UUID own = PacketFixtures.packet("E2202", "E2299");
        UUID report = PacketFixtures.packet("E2201", "E2202");
        UUID otherReport = PacketFixtures.packet("E2203", "E2202");
        PacketFixtures.packet("E2301", "E2302");
        PacketFixtures.packet("E2303", "E2201");
        given().queryParam("size", 2).when().get(PACKETS)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("totalItems", equalTo(3))
                .body("hasNext", equalTo(true));
        given().when().get(PACKETS)
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder(own.toString(), report.toString(), otherReport.toString()))
                .body("totalItems", equalTo(3))
                .body("hasNext", equalTo(false));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void hrAdminPagesThroughEveryPacket() {
        PacketFixtures.packet("E2403", "E2402");
        UUID anyones = PacketFixtures.packet("E2401", "E2402");
        given().queryParam("size", 1).when().get(PACKETS)
                .then().statusCode(200)
                .body("items.id", contains(anyones.toString()))
                .body("hasNext", equalTo(true));
    }

    @Test
    void anonymousCallerIsRefused() {
        given().when().get(PACKETS).then().statusCode(401);
        given().contentType("application/json").body("{}").when().post(PACKETS).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "victor", roles = "offline_access", augmentors = PlatformMemberAugmentor.class)
    void accountWithoutPlatformRoleIsForbidden() {
        given().when().get(PACKETS).then().statusCode(403);
        given().when().get(PACKETS + "/" + UUID.randomUUID()).then().statusCode(403);
    }
}
