package com.careerplatform.comp.band;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A band changes by effective-dated versions; a preview names the records a change would leave out of band. */
@QuarkusTest
class BandChangeTest {

    private static final String BANDS = "/api/v1/comp-bands";

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A fresh band in a level nobody else's tests use, so the records found are this test's. */
    private static String band(String level) {
        return given().contentType("application/json").body("""
                {"frameworkSlug": "stub-framework", "levelCode": "%s", "market": "US", "segment": "UNICORN",
                 "currency": "USD", "totalCompMin": "300000", "totalCompMax": "400000", "openEnded": false,
                 "equityNote": "NONE", "visibility": "INTERNAL", "effectiveFrom": "2025-01-01"}
                """.formatted(level))
                .when().post(BANDS).then().statusCode(201).extract().path("id");
    }

    private static String change(String from, String min, String max) {
        return """
                {"effectiveFrom": "%s", "totalCompMin": "%s", "totalCompMax": "%s", "openEnded": false,
                 "equityNote": "NONE", "visibility": "PUBLISHED", "sourceLabel": "2026 review"}
                """.formatted(from, min, max);
    }

    private void record(String person, String level, String base) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into comp_record (id, employee_id,"
                        + " effective_from, reason, framework_slug, level_code, market, segment, currency, base,"
                        + " bonus_target_percent, equity_annual_value, created_by, created_at) values (gen_random_uuid(), ?,"
                        + " date '2025-02-01', 'HIRE', 'stub-framework', ?, 'US', 'UNICORN', 'USD', ?, 0, 0, 'carl', now())")) {
            insert.setString(1, person);
            insert.setString(2, level);
            insert.setBigDecimal(3, new java.math.BigDecimal(base));
            insert.executeUpdate();
        }
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void previewNamesRecordsMovedOutOfBandAndApplyAddsAVersion() throws SQLException {
        // L8 at US unicorns has no seeded band and no other test's records.
        String level = "L8";
        String id = band(level);
        record("P-low-" + level, level, "320000");
        record("P-mid-" + level, level, "380000");

        given().contentType("application/json").body(change("2026-01-01", "350000", "450000"))
                .when().post(BANDS + "/" + id + "/changes/preview")
                .then().statusCode(200)
                .body("changes.totalCompMin.from", equalTo(300000.00f))
                .body("changes.visibility.to", equalTo("PUBLISHED"))
                .body("recordsOutOfBand.employeeId", contains("P-low-" + level))
                .body("recordsOutOfBand[0].positionAfter", equalTo("BELOW"))
                .body("recordsOutOfBand[0].wasWithin", equalTo(true));
        given().queryParam("asOf", "2026-06-01").queryParam("level", level).queryParam("market", "US").queryParam("segment", "UNICORN").when().get(BANDS)
                .then().statusCode(200).body("items[0].totalCompMin", equalTo("300000.00"));

        String next = given().contentType("application/json").body(change("2026-01-01", "350000", "450000"))
                .when().post(BANDS + "/" + id + "/changes")
                .then().statusCode(201).body("effectiveFrom", equalTo("2026-01-01")).extract().path("id");

        given().queryParam("asOf", "2025-12-31").queryParam("level", level).queryParam("market", "US").queryParam("segment", "UNICORN").when().get(BANDS)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].totalCompMin", equalTo("300000.00"))
                .body("items[0].effectiveTo", equalTo("2025-12-31"));
        given().queryParam("asOf", "2026-01-01").queryParam("level", level).queryParam("market", "US").queryParam("segment", "UNICORN").when().get(BANDS)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(next));
        given().when().get(BANDS + "/" + id + "/history")
                .then().statusCode(200).body("totalCompMin", contains("300000.00", "350000.00"));
        given().contentType("application/json").body(change("2025-06-01", "1", "2"))
                .when().post(BANDS + "/" + next + "/changes")
                .then().statusCode(409).body("detail", containsString("after the latest version"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void workersCannotChangeOrPreviewAndSeeOnlyPublishedHistory() {
        String anyBand = UUID.randomUUID().toString();
        given().contentType("application/json").body(change("2026-01-01", "1", "2"))
                .when().post(BANDS + "/" + anyBand + "/changes").then().statusCode(403);
        given().contentType("application/json").body(change("2026-01-01", "1", "2"))
                .when().post(BANDS + "/" + anyBand + "/changes/preview").then().statusCode(403);
        given().when().get(BANDS + "/" + anyBand + "/history").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsInvertedRangesAndUnknownBands() {
        given().contentType("application/json").body(change("2026-01-01", "500", "100"))
                .when().post(BANDS + "/" + UUID.randomUUID() + "/changes")
                .then().statusCode(400).body("errors[0].message", equalTo("totalCompMax must not be below totalCompMin"));
        given().contentType("application/json").body(change("2026-01-01", "100", "500"))
                .when().post(BANDS + "/" + UUID.randomUUID() + "/changes")
                .then().statusCode(404);
    }
}
