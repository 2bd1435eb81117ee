package com.careerplatform.promotion.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void drain() throws SQLException {
        while (relay.deliverNext()) {
            // Events other tests left behind go first.
        }
    }

    private UUID decided(String employee, String outcome) throws SQLException {
        UUID id = UUID.randomUUID();
        execute("insert into outbox_event (id, type, aggregate_id, payload, occurred_at) values (?, 'promotion.decided', ?,"
                + " cast(? as jsonb), now())", id, UUID.randomUUID().toString(),
                "{\"employeeId\": \"" + employee + "\", \"outcome\": \"" + outcome + "\", \"targetLevel\": \"L6\","
                        + " \"decidedAt\": \"2026-11-25T10:00:00Z\"}");
        return id;
    }

    private List<CompStub.Received> receivedFor(UUID event) {
        return CompStub.RECEIVED.stream()
                .filter(received -> event.toString().equals(received.body().getString("sourceEventId")))
                .toList();
    }

    @Test
    void aPromotionBecomesAProposalAtCompServiceAsTheRelaysServiceAccount() throws SQLException {
        UUID event = decided("E-OK", "PROMOTED");
        assertTrue(relay.deliverNext());
        List<CompStub.Received> received = receivedFor(event);
        assertEquals(1, received.size());
        assertEquals("Bearer relay-token", received.get(0).authorization());
        assertEquals("E-OK", received.get(0).body().getString("employeeId"));
        assertEquals("L6", received.get(0).body().getString("newLevel"));
        assertEquals("2026-11-25", received.get(0).body().getString("effectiveFrom"));
        assertNotNull(column(event, "delivered_at"));
        assertFalse(relay.deliverNext());
    }

    @Test
    void aNotYetDecisionIsDeliveredWithoutAProposal() throws SQLException {
        UUID event = decided("E-OK", "NOT_YET");
        assertTrue(relay.deliverNext());
        assertEquals(0, receivedFor(event).size());
        assertNotNull(column(event, "delivered_at"));
    }

    @Test
    void aRefusedDeliveryIsRetriedLaterAndDeadAfterTheLastAttempt() throws SQLException {
        UUID event = decided("E-NO-RECORD", "PROMOTED");
        assertTrue(relay.deliverNext());
        assertNull(column(event, "delivered_at"));
        assertEquals("1", column(event, "attempts"));
        assertEquals("comp-service answered 422", column(event, "last_error"));
        assertFalse(relay.deliverNext(), "not due again before its backoff");

        execute("update outbox_event set attempts = 9, next_attempt_at = now() where id = ?", event);
        assertTrue(relay.deliverNext());
        assertEquals("10", column(event, "attempts"));
        assertNotNull(column(event, "dead_at"));
        assertFalse(relay.deliverNext());
    }

    private String column(UUID event, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select " + name + "::text from outbox_event where id = ?")) {
            select.setObject(1, event);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
