package com.careerplatform.comp.band;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

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
                .body("changes.totalCompMin.from", equalTo("300000.00"))
                .body("changes.visibility.to", equalTo("PUBLISHED"))
                .body("recordsOutOfBand.items.employeeId", contains("P-low-" + level))
                .body("recordsOutOfBand.items[0].positionAfter", equalTo("BELOW"))
                .body("recordsOutOfBand.items[0].wasWithin", equalTo(true))
                .body("recordsOutOfBand.totalItems", equalTo(1));
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
                .then().statusCode(200).body("items.totalCompMin", contains("350000.00", "300000.00"))
                .body("totalItems", equalTo(2));
        given().contentType("application/json").body(change("2025-06-01", "1", "2"))
                .when().post(BANDS + "/" + next + "/changes")
                .then().statusCode(409).body("detail", containsString("after the latest version"));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void previewPagesThePeopleOutOfBandByEmployeeIdAndCountsThemAll() throws SQLException {
        // L6 at US unicorns has no seeded band, and no other test lists it or records pay in it.
        String level = "L6";
        String id = band(level);
        record("P-d-" + level, level, "310000");
        record("P-a-" + level, level, "320000");
        record("P-c-" + level, level, "380000");
        record("P-b-" + level, level, "500000");
        String raise = change("2026-01-01", "350000", "450000");

        given().contentType("application/json").body(raise).queryParam("size", 2)
                .when().post(BANDS + "/" + id + "/changes/preview")
                .then().statusCode(200)
                .body("recordsOutOfBand.items.employeeId", contains("P-a-" + level, "P-b-" + level))
                .body("recordsOutOfBand.items.positionAfter", contains("BELOW", "ABOVE"))
                .body("recordsOutOfBand.items.wasWithin", contains(true, false))
                .body("recordsOutOfBand.page", equalTo(0))
                .body("recordsOutOfBand.size", equalTo(2))
                .body("recordsOutOfBand.totalItems", equalTo(3))
                .body("recordsOutOfBand.hasNext", equalTo(true));
        given().contentType("application/json").body(raise).queryParam("size", 2).queryParam("page", 1)
                .when().post(BANDS + "/" + id + "/changes/preview")
                .then().statusCode(200)
                .body("recordsOutOfBand.items.employeeId", contains("P-d-" + level))
                .body("recordsOutOfBand.hasNext", equalTo(false));
        given().contentType("application/json").body(raise).queryParam("size", 201)
                .when().post(BANDS + "/" + id + "/changes/preview")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    /**
     * A version of a band series written straight into the table, as comp-admin's changes would leave it;
     * long ended, so that no list of the bands in force meets it.
     */
    private String version(UUID series, String from, String to, String visibility) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into comp_band (id, series_id,"
                        + " framework_slug, level_code, market, segment, currency, total_comp_min, total_comp_max,"
                        + " open_ended, equity_note, visibility, effective_from, effective_to, created_by) values"
                        + " (?, ?, 'history-framework', 'L5', 'US', 'UNICORN', 'USD', 1, 2, false, 'NONE', ?,"
                        + " cast(? as date), cast(? as date), 'carl')")) {
            insert.setObject(1, id);
            insert.setObject(2, series);
            insert.setString(3, visibility);
            insert.setString(4, from);
            insert.setString(5, to);
            insert.executeUpdate();
        }
        return id.toString();
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void aWorkersHistoryPagesAndCountsOnlyPublishedVersions() throws SQLException {
        UUID series = UUID.randomUUID();
        String oldest = version(series, "2019-01-01", "2019-12-31", "PUBLISHED");
        version(series, "2020-01-01", "2020-12-31", "INTERNAL");
        String latest = version(series, "2021-01-01", "2021-12-31", "PUBLISHED");

        given().queryParam("size", 1).when().get(BANDS + "/" + latest + "/history")
                .then().statusCode(200)
                .body("items.id", contains(latest))
                .body("totalItems", equalTo(2))
                .body("hasNext", equalTo(true));
        given().queryParam("size", 1).queryParam("page", 1).when().get(BANDS + "/" + latest + "/history")
                .then().statusCode(200)
                .body("items.id", contains(oldest))
                .body("hasNext", equalTo(false));
        given().queryParam("size", 201).when().get(BANDS + "/" + latest + "/history")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void adminsHistoryHoldsEveryVersionNewestFirst() throws SQLException {
        UUID series = UUID.randomUUID();
        String oldest = version(series, "2019-01-01", "2019-12-31", "PUBLISHED");
        String internal = version(series, "2020-01-01", "2020-12-31", "INTERNAL");
        String latest = version(series, "2021-01-01", "2021-12-31", "PUBLISHED");

        given().when().get(BANDS + "/" + oldest + "/history")
                .then().statusCode(200)
                .body("items.id", contains(latest, internal, oldest))
                .body("items.visibility", contains("PUBLISHED", "INTERNAL", "PUBLISHED"))
                .body("totalItems", equalTo(3))
                .body("hasNext", equalTo(false));
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
    void rejectsInvertedRangesImmutableFieldsAndUnknownBands() {
        String id = band("L4");
        given().contentType("application/json").body(change("2026-01-01", "500", "100"))
                .when().post(BANDS + "/" + id + "/changes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("totalCompMax"))
                .body("errors[0].message", equalTo("totalCompMax must not be below totalCompMin"));
        given().contentType("application/json").body("{\"effectiveFrom\": \"2026-01-01\", \"totalCompMin\": \"500000\"}")
                .when().post(BANDS + "/" + id + "/changes")
                .then().statusCode(400).body("errors[0].field", equalTo("totalCompMax"));
        given().contentType("application/json").body("{\"effectiveFrom\": \"2026-01-01\", \"currency\": \"EUR\"}")
                .when().post(BANDS + "/" + id + "/changes")
                .then().statusCode(400).body("errors[0].field", equalTo("currency"))
                .body("errors[0].message", containsString("keeps the band's level, market, segment and currency"));
        given().contentType("application/json").body("{\"effectiveFrom\": \"2026-01-01\", \"visibility\": null}")
                .when().post(BANDS + "/" + id + "/changes")
                .then().statusCode(400).body("errors[0].field", equalTo("visibility"));
        given().contentType("application/json").body("{\"totalCompMin\": \"1\"}")
                .when().post(BANDS + "/" + id + "/changes")
                .then().statusCode(400).body("errors[0].field", equalTo("effectiveFrom"));
        given().contentType("application/json").body("{\"effectiveFrom\": \"2026-01-01\", \"totalCompMin\": 350000}")
                .when().post(BANDS + "/" + id + "/changes")
                .then().statusCode(400).body("errors[0].field", equalTo("totalCompMin"));
        given().when().get(BANDS + "/" + id + "/history").then().statusCode(200).body("totalItems", equalTo(1));
        given().contentType("application/json").body(change("2026-01-01", "100", "500"))
                .when().post(BANDS + "/" + UUID.randomUUID() + "/changes")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void aChangeChangesWhatItNamesKeepsTheRestAndRemovesWhatItNulls() {
        String id = given().contentType("application/json").body("""
                {"frameworkSlug": "stub-framework", "levelCode": "L3", "market": "US", "segment": "UNICORN",
                 "currency": "USD", "totalCompMin": "300000", "totalCompMax": "400000", "openEnded": false,
                 "equityNote": "NONE", "visibility": "INTERNAL", "effectiveFrom": "2025-01-01",
                 "sourceLabel": "$300K-$400K", "source": "2025 survey",
                 "guidance": {"equity": "Refreshers yearly."}}
                """).when().post(BANDS).then().statusCode(201).extract().path("id");
        String patch = """
                {"effectiveFrom": "2026-01-01", "totalCompMin": "320000", "source": "2026 survey", "sourceLabel": null}
                """;

        given().contentType("application/json").body(patch).when().post(BANDS + "/" + id + "/changes/preview")
                .then().statusCode(200)
                .body("changes.keySet()", containsInAnyOrder("totalCompMin", "source", "sourceLabel"))
                .body("changes.totalCompMin.to", equalTo("320000.00"))
                .body("changes.source.from", equalTo("2025 survey"))
                .body("changes.source.to", equalTo("2026 survey"))
                .body("changes.sourceLabel.from", equalTo("$300K-$400K"))
                .body("changes.sourceLabel", not(hasKey("to")));
        given().contentType("application/json").body(patch).when().post(BANDS + "/" + id + "/changes")
                .then().statusCode(201)
                .body("totalCompMin", equalTo("320000.00"))
                .body("totalCompMax", equalTo("400000.00"))
                .body("visibility", equalTo("INTERNAL"))
                .body("guidance.equity", equalTo("Refreshers yearly."))
                .body("source", equalTo("2026 survey"))
                .body("$", not(hasKey("sourceLabel")));
    }
}
