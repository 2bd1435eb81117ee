package com.careerplatform.leveling.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.outbox.DeliveryRelay;
import com.careerplatform.leveling.people.PeopleFixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A promotion the people record takes reaches comp-service once, as an adjustment proposal sent as the relay. */
@QuarkusTest
class CompAdjustmentsTest {

    @Inject
    DeliveryRelay relay;

    @Inject
    AgroalDataSource dataSource;

    private String promotedEvent(String employeeId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select id::text from outbox_event where type = 'person.promoted' and aggregate_id = ?")) {
            select.setString(1, employeeId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /** The delivery of {@code employeeId}'s promotion to comp-service: status, attempts, last status and error. */
    private List<Object> deliveryOf(String employeeId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select d.status, d.attempts, d.last_status, d.last_error from event_delivery d join outbox_event e"
                        + " on e.id = d.event_id where e.aggregate_id = ? and d.target = 'comp-service'")) {
            select.setString(1, employeeId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return Arrays.asList(rows.getString(1), rows.getInt(2), rows.getObject(3), rows.getString(4));
            }
        }
    }

    private static String someone() {
        return "CA" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code employeeId}, an L5 in the record, is promoted to L6 for a decided packet. */
    private static void promote(String employeeId) {
        PeopleFixtures.person(employeeId, null, "L5", LocalDate.of(2024, 1, 1));
        given().contentType(ContentType.JSON).body("""
                {"packetId": "%s", "eventId": "%s", "frameworkSlug": "ai-engineer", "fromLevel": "L5", "toLevel": "L6",
                 "effectiveFrom": "2026-12-01"}
                """.formatted(UUID.randomUUID(), UUID.randomUUID()))
                .when().post("/api/v1/people/" + employeeId + "/promotions").then().statusCode(201);
    }

    private void relayEverythingDue() throws SQLException {
        while (relay.deliverNext()) {
            // Every delivery due, those of this test among them.
        }
    }

    @Test
    @TestSecurity(user = "service-account-promotion-relay", roles = "platform-service")
    void aRefusalOfThePromotionItselfIsDeadAtOnceWithCompServicesReason() throws SQLException {
        String employee = someone();
        CompStub.answer(employee, new CompStub.Answer(422, "No comp record for " + employee + " to adjust"));
        promote(employee);
        relayEverythingDue();

        assertEquals(List.of("DEAD", 1, 422, "comp-service answered 422: No comp record for " + employee + " to adjust"),
                deliveryOf(employee));
    }

    @Test
    @TestSecurity(user = "service-account-promotion-relay", roles = "platform-service")
    void anUnavailableCompServiceIsTriedAgainAndTheDeliveryKeepsTheAnswerThatTookIt() throws SQLException {
        String employee = someone();
        CompStub.answer(employee, new CompStub.Answer(503, "database restarting"), new CompStub.Answer(429, "slow down"));
        promote(employee);
        relayEverythingDue();
        assertEquals(List.of("PENDING", 1, 503, "comp-service answered 503: database restarting"), deliveryOf(employee));

        makeDue(employee);
        relayEverythingDue();
        assertEquals(List.of("PENDING", 2, 429, "comp-service answered 429: slow down"), deliveryOf(employee));

        makeDue(employee);
        relayEverythingDue();
        assertEquals(Arrays.asList("DELIVERED", 3, 201, null), deliveryOf(employee));
    }

    private void makeDue(String employeeId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "update event_delivery set next_attempt_at = now() where event_id in"
                        + " (select id from outbox_event where aggregate_id = ?)")) {
            update.setString(1, employeeId);
            update.executeUpdate();
        }
    }

    @Test
    @TestSecurity(user = "service-account-promotion-relay", roles = "platform-service")
    void aRecordedPromotionBecomesOneProposalAtCompServiceSentAsTheRelay() throws SQLException {
        String employee = someone();
        promote(employee);
        relayEverythingDue();
        List<CompStub.Received> received = CompStub.RECEIVED.stream()
                .filter(request -> employee.equals(request.body().getString("employeeId"))).toList();
        assertEquals(1, received.size());
        assertEquals("Bearer relay-token", received.get(0).authorization());
        assertEquals("L6", received.get(0).body().getString("newLevel"));
        assertEquals("2026-12-01", received.get(0).body().getString("effectiveFrom"));
        assertEquals(promotedEvent(employee), received.get(0).body().getString("sourceEventId"),
                "the event id, by which comp-service knows a redelivery");
    }
}
