package com.careerplatform.e2e;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seeded bands are the source's market figures and INTERNAL: an employee reads none of them. Once
 * comp-admin publishes a band (a change of its visibility from a day on, as the README shows), alice reads
 * it from that day, and still not before.
 */
class PublishedBandsIT {

    private static final String BANDS = "/api/v1/comp-bands";

    @Test
    void aliceReadsABandFromTheDayCompAdminPublishesIt() {
        String id = Platform.as("carl").queryParam("level", "L4").queryParam("market", "US").queryParam("segment", "UNICORN")
                .when().get(BANDS).then().statusCode(200).extract().path("items[0].id");
        JsonPath history = Platform.as("carl").when().get(BANDS + "/" + id + "/history")
                .then().statusCode(200).extract().jsonPath();
        // Days of their own after every version so far, so that a rerun against a running platform adds two more.
        LocalDate latest = LocalDate.parse(history.getString("items[0].effectiveFrom"));
        LocalDate internal = latest.isBefore(LocalDate.of(2030, 1, 1)) ? LocalDate.of(2030, 1, 1) : latest.plusDays(1);
        LocalDate published = internal.plusDays(1);
        change(id, internal, "INTERNAL");
        String publishedId = change(id, published, "PUBLISHED");

        Platform.as("alice").queryParam("level", "l4").queryParam("market", "us").queryParam("segment", "unicorn")
                .queryParam("asOf", internal.toString())
                .when().get(BANDS).then().statusCode(200).body("items", empty());
        Platform.as("alice").queryParam("level", "L4").queryParam("market", "US").queryParam("segment", "UNICORN")
                .queryParam("asOf", published.toString())
                .when().get(BANDS).then().statusCode(200)
                .body("items.id", equalTo(List.of(publishedId)))
                .body("items[0].visibility", equalTo("PUBLISHED"))
                .body("items[0].sourceLabel", equalTo("$300K-$400K"));
        Platform.as("alice").when().get(BANDS + "/" + publishedId).then().statusCode(200);
    }

    private static String change(String band, LocalDate from, String visibility) {
        return Platform.as("carl").contentType("application/json")
                .body("{\"effectiveFrom\": \"" + from + "\", \"visibility\": \"" + visibility + "\"}")
                .when().post(BANDS + "/" + band + "/changes")
                .then().statusCode(201).extract().path("id");
    }
}
