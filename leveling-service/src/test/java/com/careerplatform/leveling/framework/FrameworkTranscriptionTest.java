package com.careerplatform.leveling.framework;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed's sections 1.1, 1.2 and 6 as the API serves them (the axes, the tracks and their notes, the
 * company ladders of table 1.1), compared line for line with src/test/resources/transcription.
 */
@QuarkusTest
@TestSecurity(user = "pat", roles = "portal-reader", augmentors = PlatformMemberAugmentor.class)
class FrameworkTranscriptionTest {

    @Test
    void axesTracksAndLaddersCarryExactlyTheSeedsLines() {
        JsonPath framework = given().when().get("/api/v1/frameworks/ai-engineer").then().statusCode(200).extract().jsonPath();
        Map<String, List<String>> served = new HashMap<>();
        served.put("axes", framework.<Map<String, String>>getList("axes").stream()
                .map(axis -> axis.get("name") + " — " + axis.get("description")).toList());
        served.put("axesNote", List.of(framework.getString("axesNote")));
        for (Map<String, Object> track : framework.<Map<String, Object>>getList("tracks")) {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> items = (List<Map<String, String>>) track.get("items");
            served.put("track " + track.get("code"), items.stream().map(item -> item.get("section") + " | " + item.get("text")).toList());
        }
        for (Map<String, Object> note : framework.<Map<String, Object>>getList("trackNotes")) {
            List<String> lines = new ArrayList<>();
            lines.add((String) note.get("text"));
            @SuppressWarnings("unchecked")
            List<String> items = (List<String>) note.get("items");
            lines.addAll(items);
            served.put("trackNote " + note.get("section"), lines);
        }
        JsonPath ladders = given().queryParam("size", 200).when().get("/api/v1/company-ladders")
                .then().statusCode(200).extract().jsonPath();
        for (String code : List.of("meta", "openai", "mts-unnamed", "typical-startup", "korean-conglomerate")) {
            List<Map<String, String>> edges = ladders.getList("items.find { it.code == '" + code + "' }.edges");
            served.put("ladder " + code, edges.stream()
                    .filter(edge -> edge.get("source").equals("AI Engineer career guide 2025-2026, table 1.1"))
                    .map(edge -> edge.get("label") + " -> " + edge.get("level")).toList());
        }
        assertEquals(Transcriptions.blocks(Transcriptions.FRAMEWORK), served);
    }
}
