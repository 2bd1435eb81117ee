package com.careerplatform.promotion.packet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Readiness of an L5 → L6 packet against the framework's L6: axes, staff competencies and promotion bar. */
@QuarkusTest
@TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
        attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
class ReadinessResourceTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Three accepted RFCs authored, a talk, covering every axis and competency. */
    private static UUID staffPacket(String framework) {
        UUID packet = PacketFixtures.packet("E2001", "E2002", "DRAFT", PacketFixtures.cycle(framework, "OPEN"), framework, "L5", "L6");
        for (int i = 0; i < 3; i++) {
            PacketFixtures.evidence(packet, "RFC", "AUTHOR", "ACCEPTED", "[\"SYSTEM_DESIGN\", \"TECHNICAL_DEPTH\"]",
                    "[\"BIG_PICTURE\", \"EXECUTION\"]");
        }
        PacketFixtures.evidence(packet, "TALK", "AUTHOR", null, "[\"LEADERSHIP\"]", "[\"LEVELING_UP\", \"INFLUENCE\"]");
        return packet;
    }

    @Test
    void aPacketThatClearsTheBarIsReady() {
        given().when().get("/api/v1/promotion-packets/" + staffPacket("ai-engineer") + "/readiness")
                .then().statusCode(200)
                .body("targetLevel", equalTo("L6"))
                .body("ready", equalTo(true))
                .body("bar.found", contains(3, 1))
                .body("competencies.name", contains("BIG_PICTURE", "EXECUTION", "LEVELING_UP", "INFLUENCE"))
                .body("hints.section", contains("8.3", "8.5"))
                .body("hints[1].items", contains("Cross-post to LinkedIn."));
    }

    @Test
    void hintsFollowTheKindsOfEvidenceThePacketHoldsAndNeverCount() {
        UUID packet = PacketFixtures.packet("E2001", "E2002", "DRAFT", PacketFixtures.cycle("ai-engineer", "OPEN"), "ai-engineer", "L4", "L5");
        PacketFixtures.evidence(packet, "LAUNCH", "AUTHOR", null, "[\"TECHNICAL_DEPTH\", \"SYSTEM_DESIGN\", \"LEADERSHIP\"]", "[]");
        given().when().get("/api/v1/promotion-packets/" + packet + "/readiness")
                .then().statusCode(200)
                .body("ready", equalTo(true))
                .body("hints.section", contains("8.3"))
                .body("hints[0].evidenceKinds", hasItem("LAUNCH"));
        given().when().get("/api/v1/promotion-packets/" + staffPacket("strict-framework") + "/readiness")
                .then().statusCode(200).body("hints", nullValue());
    }

    @Test
    void theSameEvidenceFallsShortWhereTheFrameworksDataAsksForMore() {
        given().when().get("/api/v1/promotion-packets/" + staffPacket("strict-framework") + "/readiness")
                .then().statusCode(200)
                .body("ready", equalTo(false))
                .body("bar[0].required", equalTo(5))
                .body("gaps", contains("Promotion bar DESIGN_DOCS (Write 3-5 Design Docs or RFCs.): 3 of 5 pieces of evidence"));
    }

    @Test
    void everyGapIsNamed() {
        UUID packet = PacketFixtures.packet("E2001", "E2002", "DRAFT", PacketFixtures.cycle("ai-engineer", "OPEN"), "ai-engineer", "L5", "L6");
        PacketFixtures.evidence(packet, "RFC", "REVIEWER", "ACCEPTED", "[\"SYSTEM_DESIGN\"]", "[]");
        PacketFixtures.evidence(packet, "RFC", "AUTHOR", "DRAFT", "[\"SYSTEM_DESIGN\"]", "[]");
        given().when().get("/api/v1/promotion-packets/" + packet + "/readiness")
                .then().statusCode(200)
                .body("ready", equalTo(false))
                .body("bar[0].found", equalTo(0))
                .body("gaps", hasItem("No evidence supports the axis LEADERSHIP"))
                .body("gaps", hasItem("No evidence shows the staff competency INFLUENCE"))
                .body("gaps", hasItem("Promotion bar EXTERNAL_VISIBILITY (External visibility.): 0 of 1 pieces of evidence"));
    }

    @Test
    @TestSecurity(user = "otto", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2999"))
    void strangersMeetNoReadiness() {
        given().when().get("/api/v1/promotion-packets/" + staffPacket("ai-engineer") + "/readiness").then().statusCode(404);
    }

    @Test
    void levelingThatCannotAnswerIsServiceUnavailable() {
        UUID packet = PacketFixtures.packet("E2001", "E2002", "DRAFT", PacketFixtures.cycle("broken-framework", "OPEN"),
                "broken-framework", "L5", "L6");
        given().when().get("/api/v1/promotion-packets/" + packet + "/readiness").then().statusCode(503);
    }

    @Test
    void aTargetTheFrameworkNoLongerHasIsUnprocessable() {
        UUID packet = PacketFixtures.packet("E2001", "E2002", "DRAFT", PacketFixtures.cycle("ai-engineer", "OPEN"),
                "ai-engineer", "L8", "L9");
        given().when().get("/api/v1/promotion-packets/" + packet + "/readiness").then().statusCode(422);
    }
}
