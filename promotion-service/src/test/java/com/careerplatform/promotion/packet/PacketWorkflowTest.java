package com.careerplatform.promotion.packet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Submit, endorse, review, decide, withdraw — each by the person whose move it is, each only from its states. */
@QuarkusTest
class PacketWorkflowTest {

    private static final String PACKETS = "/api/v1/promotion-packets/";
    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
    void theEmployeeSubmitsInsideTheWindowOnceAndMayWithdraw() {
        UUID id = PacketFixtures.packet("E2001", "E2002");
        given().when().post(PACKETS + id + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().when().post(PACKETS + id + "/submit").then().statusCode(409);
        given().when().post(PACKETS + id + "/endorse").then().statusCode(403);
        given().when().post(PACKETS + id + "/withdraw").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().when().post(PACKETS + id + "/withdraw").then().statusCode(409);

        UUID late = PacketFixtures.packet("E2001", "E2002", "DRAFT",
                PacketFixtures.cycle("ai-engineer", "OPEN", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)));
        given().when().post(PACKETS + late + "/submit")
                .then().statusCode(409).body("detail", containsString("from 2020-01-01 to 2020-01-31"));
    }

    @Test
    @TestSecurity(user = "sam", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2005"))
    void aPacketDraftedAtALevelTheRecordNoLongerHasIsNotSubmitted() {
        UUID id = PacketFixtures.packet("E2005", "E2002", "DRAFT", PacketFixtures.cycle("ai-engineer", "OPEN"),
                "ai-engineer", "L4", "L5");
        given().when().post(PACKETS + id + "/submit").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("at L5 now, not L4"));
        assertEquals("DRAFT", PacketFixtures.status(id));
    }

    @Test
    @TestSecurity(user = "mark", roles = {"employee", "manager"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2002"))
    void onlyTheManagerTheRecordNamesEndorses() {
        UUID id = PacketFixtures.packet("E2006", "E2002", "SUBMITTED", PacketFixtures.cycle("ai-engineer", "OPEN"));
        given().when().post(PACKETS + id + "/endorse").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("E2006's manager in the people record"));
        assertEquals("SUBMITTED", PacketFixtures.status(id));
    }

    @Test
    @TestSecurity(user = "mark", roles = {"employee", "manager"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2002"))
    void theManagerEndorsesASubmittedPacketIntoReview() {
        UUID id = PacketFixtures.packet("E2001", "E2002", "SUBMITTED", PacketFixtures.cycle("ai-engineer", "OPEN"));
        given().when().post(PACKETS + id + "/submit").then().statusCode(403);
        given().when().post(PACKETS + id + "/endorse")
                .then().statusCode(200).body("status", equalTo("IN_REVIEW")).body("endorsedBy", equalTo("mark"));
        given().when().post(PACKETS + id + "/endorse").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "paul", roles = {"employee", "promotion-committee"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E1004"))
    void theCommitteeDecidesOnceEnoughMembersReviewed() {
        UUID id = PacketFixtures.packet("E2001", "E2002", "IN_REVIEW", PacketFixtures.cycle("ai-engineer", "OPEN"));
        given().contentType("application/json").body("{\"recommendation\": \"PROMOTE\", \"comments\": \"Strong.\"}")
                .when().put(PACKETS + id + "/review").then().statusCode(200);
        String decision = "{\"outcome\": \"PROMOTED\", \"feedback\": \"Clear staff-level impact.\"}";
        given().contentType("application/json").body(decision).when().post(PACKETS + id + "/decision")
                .then().statusCode(409).body("detail", containsString("has 1"));

        PacketFixtures.review(id, "rita", "PROMOTE");
        PacketFixtures.review(id, "sam", "RECUSE");
        given().contentType("application/json").body(decision).when().post(PACKETS + id + "/decision")
                .then().statusCode(409).body("detail", containsString("has 2"));
        PacketFixtures.review(id, "tess", "NOT_YET");
        given().contentType("application/json").body(decision).when().post(PACKETS + id + "/decision")
                .then().statusCode(200)
                .body("status", equalTo("PROMOTED"))
                .body("decisionFeedback", equalTo("Clear staff-level impact."));
        assertEquals(1, PacketFixtures.decidedEvents(id));
        given().contentType("application/json").body(decision).when().post(PACKETS + id + "/decision").then().statusCode(409);
        given().when().get(PACKETS + id + "/reviews").then().statusCode(200).body("size()", equalTo(4));
    }

    @Test
    @TestSecurity(user = "paul", roles = {"employee", "promotion-committee"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E1004"))
    void aPacketTakesReviewsFromAtMostFiftyMembersWhoMayStillChangeTheirs() {
        UUID full = PacketFixtures.packet("E2001", "E2002", "IN_REVIEW", PacketFixtures.cycle("ai-engineer", "OPEN"));
        for (int i = 0; i < 50; i++) {
            PacketFixtures.review(full, "member-" + i, "PROMOTE");
        }
        given().contentType("application/json").body("{\"recommendation\": \"PROMOTE\"}").when().put(PACKETS + full + "/review")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:career-platform:problem:conflict"))
                .body("detail", containsString("at most 50 committee members"));
        given().when().get(PACKETS + full + "/reviews").then().statusCode(200).body("reviewer", not(hasItem("paul")));

        UUID withPaul = PacketFixtures.packet("E2001", "E2002", "IN_REVIEW", PacketFixtures.cycle("ai-engineer", "OPEN"));
        PacketFixtures.review(withPaul, "paul", "PROMOTE");
        for (int i = 1; i < 50; i++) {
            PacketFixtures.review(withPaul, "member-" + i, "PROMOTE");
        }
        given().contentType("application/json").body("{\"recommendation\": \"NOT_YET\", \"comments\": \"Second thoughts.\"}")
                .when().put(PACKETS + withPaul + "/review").then().statusCode(200);
        given().when().get(PACKETS + withPaul + "/reviews")
                .then().statusCode(200)
                .body("size()", equalTo(50))
                .body("find { it.reviewer == 'paul' }.recommendation", equalTo("NOT_YET"));
    }

    @Test
    @TestSecurity(user = "paul", roles = {"employee", "promotion-committee"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E1004"))
    void nobodyReviewsTheirOwnOrTheirReportsPacketAndBadReviewsAreRefused() {
        UUID own = PacketFixtures.packet("E1004", "E2002", "IN_REVIEW", PacketFixtures.cycle("ai-engineer", "OPEN"));
        given().contentType("application/json").body("{\"recommendation\": \"PROMOTE\"}").when().put(PACKETS + own + "/review")
                .then().statusCode(403);
        UUID report = PacketFixtures.packet("E2001", "E1004", "IN_REVIEW", PacketFixtures.cycle("ai-engineer", "OPEN"));
        given().contentType("application/json").body("{\"outcome\": \"NOT_YET\", \"feedback\": \"x\"}")
                .when().post(PACKETS + report + "/decision").then().statusCode(403);
        UUID other = PacketFixtures.packet("E2001", "E2002", "IN_REVIEW", PacketFixtures.cycle("ai-engineer", "OPEN"));
        given().contentType("application/json").body("{\"recommendation\": \"MAYBE\"}").when().put(PACKETS + other + "/review")
                .then().statusCode(400).body("errors[0].message", equalTo("must be one of [PROMOTE, NOT_YET, RECUSE]"));
        given().contentType("application/json").body("{\"outcome\": \"PROMOTED\"}").when().post(PACKETS + other + "/decision")
                .then().statusCode(400).body("errors[0].field", equalTo("feedback"));
        UUID draft = PacketFixtures.packet("E2001", "E2002");
        given().contentType("application/json").body("{\"recommendation\": \"PROMOTE\"}").when().put(PACKETS + draft + "/review")
                .then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
    void anEmployeeNeitherReviewsNorDecidesNorReadsReviews() {
        UUID id = PacketFixtures.packet("E2001", "E2002", "IN_REVIEW", PacketFixtures.cycle("ai-engineer", "OPEN"));
        given().contentType("application/json").body("{\"recommendation\": \"PROMOTE\"}").when().put(PACKETS + id + "/review")
                .then().statusCode(403);
        given().contentType("application/json").body("{\"outcome\": \"PROMOTED\", \"feedback\": \"me\"}")
                .when().post(PACKETS + id + "/decision").then().statusCode(403);
        given().when().get(PACKETS + id + "/reviews").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "mark", roles = {"employee", "manager"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2002"))
    void theManagerCannotWithdraw() {
        UUID id = PacketFixtures.packet("E2001", "E2002", "SUBMITTED", PacketFixtures.cycle("ai-engineer", "OPEN"));
        given().when().post(PACKETS + id + "/withdraw").then().statusCode(403).contentType(PROBLEM);
        given().when().get(PACKETS + id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    @TestSecurity(user = "paul", roles = {"employee", "promotion-committee"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E1004"))
    void theCommitteeCannotWithdraw() {
        UUID id = PacketFixtures.packet("E2001", "E2002", "IN_REVIEW", PacketFixtures.cycle("ai-engineer", "OPEN"));
        given().when().post(PACKETS + id + "/withdraw").then().statusCode(403).contentType(PROBLEM);
        given().when().get(PACKETS + id).then().statusCode(200).body("status", equalTo("IN_REVIEW"));
    }

    @Test
    @TestSecurity(user = "maya", roles = {"employee", "manager"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2003"))
    void anotherManagerCannotEndorse() {
        UUID id = PacketFixtures.packet("E2001", "E2002", "SUBMITTED", PacketFixtures.cycle("ai-engineer", "OPEN"));
        given().when().post(PACKETS + id + "/endorse").then().statusCode(404).contentType(PROBLEM);
        assertEquals("SUBMITTED", PacketFixtures.status(id));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void hrAdminReadsReviewsButNeitherReviewsNorDecides() {
        UUID id = PacketFixtures.packet("E2001", "E2002", "IN_REVIEW", PacketFixtures.cycle("ai-engineer", "OPEN"));
        PacketFixtures.review(id, "rita", "PROMOTE");
        PacketFixtures.review(id, "sam", "PROMOTE");
        PacketFixtures.review(id, "tess", "NOT_YET");
        given().when().get(PACKETS + id + "/reviews")
                .then().statusCode(200).body("reviewer", containsInAnyOrder("rita", "sam", "tess"));
        given().contentType("application/json").body("{\"recommendation\": \"PROMOTE\"}").when().put(PACKETS + id + "/review")
                .then().statusCode(403).contentType(PROBLEM);
        given().contentType("application/json").body("{\"outcome\": \"PROMOTED\", \"feedback\": \"HR says so.\"}")
                .when().post(PACKETS + id + "/decision").then().statusCode(403).contentType(PROBLEM);
        given().when().get(PACKETS + id + "/reviews").then().statusCode(200).body("size()", equalTo(3));
        given().when().get(PACKETS + id).then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        assertEquals(0, PacketFixtures.decidedEvents(id));
    }

    @Test
    @TestSecurity(user = "paul", roles = {"employee", "promotion-committee"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E1004"))
    void reviewAndDecisionRejectMalformedBodies() {
        UUID id = PacketFixtures.packet("E2001", "E2002", "IN_REVIEW", PacketFixtures.cycle("ai-engineer", "OPEN"));
        given().contentType("application/json").body("{}").when().put(PACKETS + id + "/review")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("recommendation"));
        given().contentType("application/json")
                .body("{\"recommendation\": \"PROMOTE\", \"comments\": \"" + "x".repeat(10001) + "\"}")
                .when().put(PACKETS + id + "/review")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("comments"));
        given().contentType("application/json").body("{\"recommendation\": 1}").when().put(PACKETS + id + "/review")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("recommendation"));
        given().contentType("application/json").body("{\"recommendation\": \"PROMOTE\", \"comments\": \"Strong.\\u0000\"}")
                .when().put(PACKETS + id + "/review")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("comments"));
        given().contentType("application/json").body("{\"recommendation\": \"PROMOTE\", \"score\": 5}")
                .when().put(PACKETS + id + "/review")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("score"));
        given().contentType("application/json").body("{\"recommendation\": ").when().put(PACKETS + id + "/review")
                .then().statusCode(400).contentType(PROBLEM).body("type", equalTo("urn:career-platform:problem:malformed-body"));

        given().contentType("application/json").body("{\"outcome\": \"MAYBE\", \"feedback\": \"Undecided.\"}")
                .when().post(PACKETS + id + "/decision")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("outcome"));
        given().contentType("application/json").body("{\"outcome\": \"PROMOTED\", \"feedback\": \"  \"}")
                .when().post(PACKETS + id + "/decision")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("feedback"));
        given().contentType("application/json").body("{\"outcome\": 0, \"feedback\": \"Clear staff-level impact.\"}")
                .when().post(PACKETS + id + "/decision")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("outcome"));
        given().contentType("application/json").body("{\"outcome\": \"NOT_YET\", \"feedback\": \"Not yet.\\u0000\"}")
                .when().post(PACKETS + id + "/decision")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("feedback"));
        given().contentType("application/json").body("{\"feedback\": \"Clear staff-level impact.\"}")
                .when().post(PACKETS + id + "/decision")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("outcome"));

        given().when().get(PACKETS + id + "/reviews").then().statusCode(200).body("size()", equalTo(0));
        given().when().get(PACKETS + id).then().statusCode(200).body("status", equalTo("IN_REVIEW"));
    }

    @Test
    @TestSecurity(user = "paul", roles = {"employee", "promotion-committee"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E1004"))
    void unknownPacketIsNotFoundEverywhere() {
        UUID unknown = UUID.randomUUID();
        given().when().get(PACKETS + unknown).then().statusCode(404).contentType(PROBLEM);
        given().when().get(PACKETS + unknown + "/readiness").then().statusCode(404).contentType(PROBLEM);
        given().when().get(PACKETS + unknown + "/evidence").then().statusCode(404).contentType(PROBLEM);
        given().when().get(PACKETS + unknown + "/reviews").then().statusCode(404).contentType(PROBLEM);
        given().contentType("application/json").body("{\"recommendation\": \"PROMOTE\"}").when().put(PACKETS + unknown + "/review")
                .then().statusCode(404).contentType(PROBLEM);
        given().contentType("application/json").body("{\"outcome\": \"PROMOTED\", \"feedback\": \"Clear staff-level impact.\"}")
                .when().post(PACKETS + unknown + "/decision").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "otto", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2999"))
    void strangersMeetNoPacketAtAll() {
        UUID id = PacketFixtures.packet("E2001", "E2002");
        given().when().post(PACKETS + id + "/submit").then().statusCode(404);
        given().when().post(PACKETS + id + "/withdraw").then().statusCode(404);
    }
}
