package com.careerplatform.promotion.packet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvidenceResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String evidence(String kind, String url, String docStatus) {
        return """
                {"kind": "%s", "title": "RFC-42: LLM gateway", "url": "%s", "happenedOn": "2026-03-02", "role": "AUTHOR",
                 %s "axes": ["SYSTEM_DESIGN"], "competencies": ["BIG_PICTURE"], "impact": "Twelve teams use it."}
                """.formatted(kind, url, docStatus == null ? "" : "\"docStatus\": \"" + docStatus + "\",");
    }

    private static String path(UUID packet) {
        return "/api/v1/promotion-packets/" + packet + "/evidence";
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
    void theEmployeeAddsListsAndRemovesEvidenceWhileTheDraftLasts() {
        UUID packet = PacketFixtures.packet("E2001", "E2002");
        String location = given().contentType("application/json").body(evidence("RFC", "https://wiki.example.com/rfc-42", "ACCEPTED"))
                .when().post(path(packet))
                .then().statusCode(201).body("docStatus", equalTo("ACCEPTED")).extract().header("Location");
        given().when().get(path(packet)).then().statusCode(200).body("", hasSize(1)).body("[0].axes[0]", equalTo("SYSTEM_DESIGN"));
        given().when().delete(location).then().statusCode(204);
        given().when().get(path(packet)).then().statusCode(200).body("", hasSize(0));
        given().when().delete(location).then().statusCode(404);

        UUID submitted = PacketFixtures.packet("E2001", "E2002", "SUBMITTED", PacketFixtures.cycle("ai-engineer", "OPEN"));
        given().contentType("application/json").body(evidence("TALK", "https://talks.example.com/x", null))
                .when().post(path(submitted)).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
    void evidenceNamesOnlyAxesOfTheTargetLevel() {
        UUID packet = PacketFixtures.packet("E2001", "E2002");
        given().contentType("application/json")
                .body(evidence("TALK", "https://talks.example.com/x", null).replace("[\"SYSTEM_DESIGN\"]", "[\"SYSTEM_DESIGN\", \"CHARISMA\"]"))
                .when().post(path(packet))
                .then().statusCode(400)
                .body("errors.field", contains("axes[1]"))
                .body("errors[0].message", equalTo("is not an axis of ai-engineer L5; the axes are TECHNICAL_DEPTH, SYSTEM_DESIGN, LEADERSHIP"));
        given().when().get(path(packet)).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
    void rejectsNonWebUrlsAndDocStatusesThatDoNotFit() {
        UUID packet = PacketFixtures.packet("E2001", "E2002");
        for (String url : new String[] {"ftp://files.example.com/rfc", "javascript:alert(1)", "not a url", "/relative"}) {
            given().contentType("application/json").body(evidence("RFC", url, "ACCEPTED")).when().post(path(packet))
                    .then().statusCode(400).body("errors[0].message", equalTo("url must be an absolute http or https URL"));
        }
        given().contentType("application/json").body(evidence("RFC", "https://x.example.com", null)).when().post(path(packet))
                .then().statusCode(400).body("errors[0].message", equalTo("docStatus is required for an RFC or design doc, and only for them"));
        given().contentType("application/json").body(evidence("TALK", "https://x.example.com", "ACCEPTED")).when().post(path(packet))
                .then().statusCode(400);
        given().contentType("application/json").body(evidence("PODCAST", "https://x.example.com", null)).when().post(path(packet))
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
    void aPacketHoldsAHundredPiecesOfEvidenceAndTakesMoreOnlyWhenOneIsRemoved() {
        UUID packet = PacketFixtures.packet("E2001", "E2002");
        UUID first = PacketFixtures.evidence(packet, "TALK", "AUTHOR", null, "[]", "[]");
        for (int i = 1; i < 100; i++) {
            PacketFixtures.evidence(packet, "TALK", "AUTHOR", null, "[]", "[]");
        }
        String talk = evidence("TALK", "https://talks.example.com/x", null);
        given().contentType("application/json").body(talk).when().post(path(packet))
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:career-platform:problem:conflict"))
                .body("detail", containsString("at most 100 pieces of evidence"));
        given().when().get(path(packet)).then().statusCode(200).body("", hasSize(100));

        given().when().delete(path(packet) + "/" + first).then().statusCode(204);
        given().contentType("application/json").body(talk).when().post(path(packet)).then().statusCode(201);
        given().when().get(path(packet)).then().statusCode(200).body("", hasSize(100));
    }

    @Test
    @TestSecurity(user = "otto", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2999"))
    void strangersMeetNoEvidence() {
        UUID packet = PacketFixtures.packet("E2001", "E2002");
        given().when().get(path(packet)).then().statusCode(404);
        given().contentType("application/json").body(evidence("TALK", "https://x.example.com", null)).when().post(path(packet))
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "paul", roles = {"employee", "promotion-committee"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E1004"))
    void theCommitteeReadsEvidenceButDoesNotWriteIt() {
        UUID packet = PacketFixtures.packet("E2001", "E2002");
        given().when().get(path(packet)).then().statusCode(200);
        given().contentType("application/json").body(evidence("TALK", "https://x.example.com", null)).when().post(path(packet))
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
    void evidenceOfAnotherPacketCannotBeRemoved() {
        UUID a = PacketFixtures.packet("E2001", "E2002");
        UUID b = PacketFixtures.packet("E2001", "E2002");
        String evidenceOfB = given().contentType("application/json").body(evidence("TALK", "https://talks.example.com/x", null))
                .when().post(path(b))
                .then().statusCode(201).extract().path("id");
        given().when().delete(path(a) + "/" + evidenceOfB).then().statusCode(404).contentType(PROBLEM);
        given().when().get(path(b)).then().statusCode(200).body("id", contains(evidenceOfB));
    }

    @Test
    @TestSecurity(user = "paul", roles = {"employee", "promotion-committee"}, augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E1004"))
    void theCommitteeDoesNotRemoveEvidence() {
        UUID packet = PacketFixtures.packet("E2001", "E2002");
        UUID item = PacketFixtures.evidence(packet, "TALK", "AUTHOR", null, "[]", "[]");
        given().when().delete(path(packet) + "/" + item).then().statusCode(403).contentType(PROBLEM);
        given().when().get(path(packet)).then().statusCode(200).body("id", contains(item.toString()));
    }

    @Test
    @TestSecurity(user = "otto", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2999"))
    void strangersDoNotRemoveEvidence() {
        UUID packet = PacketFixtures.packet("E2001", "E2002");
        UUID item = PacketFixtures.evidence(packet, "TALK", "AUTHOR", null, "[]", "[]");
        given().when().delete(path(packet) + "/" + item).then().statusCode(404).contentType(PROBLEM);
        given().when().get(path(packet)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
    void evidenceOfASubmittedPacketStays() {
        UUID packet = PacketFixtures.packet("E2001", "E2002", "SUBMITTED", PacketFixtures.cycle("ai-engineer", "OPEN"));
        UUID item = PacketFixtures.evidence(packet, "TALK", "AUTHOR", null, "[]", "[]");
        given().when().delete(path(packet) + "/" + item).then().statusCode(409).contentType(PROBLEM);
        given().when().get(path(packet)).then().statusCode(200).body("id", contains(item.toString()));
    }

    @Test
    @TestSecurity(user = "erin", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "E2001"))
    void evidenceRejectsMissingOversizedAndMistypedFields() {
        UUID packet = PacketFixtures.packet("E2001", "E2002");
        String valid = evidence("TALK", "https://talks.example.com/x", null);
        given().contentType("application/json").body("{}").when().post(path(packet))
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("kind", "title", "url", "happenedOn", "role"));
        given().contentType("application/json").body(valid.replace("RFC-42: LLM gateway", "x".repeat(301))).when().post(path(packet))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("title"));
        given().contentType("application/json").body(valid.replace("\"impact\": \"Twelve teams use it.\"", "\"impact\": \"" + "x".repeat(4001) + "\""))
                .when().post(path(packet))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("impact"));
        given().contentType("application/json").body(valid.replace("RFC-42: LLM gateway", "RFC-42\\u0000")).when().post(path(packet))
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("title"));
        given().contentType("application/json").body(valid.replace("\"TALK\"", "4")).when().post(path(packet))
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("kind"));
        given().contentType("application/json").body(valid.replace("2026-03-02", "last spring")).when().post(path(packet))
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("happenedOn"));
        given().contentType("application/json").body(valid.replace("\"role\": \"AUTHOR\"", "\"role\": \"AUTHOR\", \"votes\": 3"))
                .when().post(path(packet))
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("votes"));
        given().contentType("application/json").body("{\"kind\": ").when().post(path(packet))
                .then().statusCode(400).contentType(PROBLEM).body("type", equalTo("urn:career-platform:problem:malformed-body"));
        given().contentType("text/plain").body(valid).when().post(path(packet))
                .then().statusCode(415).contentType(PROBLEM);
        given().when().get(path(packet)).then().statusCode(200).body("", hasSize(0));
    }
}
