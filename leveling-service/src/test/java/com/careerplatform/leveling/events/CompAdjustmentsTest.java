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

    @Test
    @TestSecurity(user = "service-account-promotion-relay", roles = "platform-service")
    void aRecordedPromotionBecomesOneProposalAtCompServiceSentAsTheRelay() throws SQLException {
        String employee = "CA" + UUID.randomUUID().toString().substring(0, 8);
        PeopleFixtures.person(employee, null, "L5", LocalDate.of(2024, 1, 1));
        given().contentType(ContentType.JSON).body("""
                {"packetId": "%s", "eventId": "%s", "frameworkSlug": "ai-engineer", "fromLevel": "L5", "toLevel": "L6",
                 "effectiveFrom": "2026-12-01"}
                """.formatted(UUID.randomUUID(), UUID.randomUUID()))
                .when().post("/api/v1/people/" + employee + "/promotions").then().statusCode(201);
        while (relay.deliverNext()) {
            // Every delivery due, this one among them.
        }
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
