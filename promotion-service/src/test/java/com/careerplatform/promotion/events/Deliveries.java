package com.careerplatform.promotion.events;

import com.careerplatform.kit.outbox.Outbox;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/** Test access to the outbox and its deliveries, as the relay sees them. */
final class Deliveries {

    private final AgroalDataSource dataSource;
    private final Outbox outbox;

    Deliveries(AgroalDataSource dataSource, Outbox outbox) {
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    /** Records a promotion.decided event the way the workflow does, in a transaction of its own. */
    UUID decided(String packet, String employee, String outcome) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.record("promotion.decided", packet,
                Map.of("packetId", packet, "employeeId", employee, "outcome", outcome, "frameworkSlug", "ai-engineer",
                        "currentLevel", "L5", "targetLevel", "L6", "decidedAt", "2026-11-25T10:00:00Z")));
    }

    /** A column of the event's delivery to the given target ("leveling-service" or "webhook:<id>"). */
    String column(UUID event, String target, String column) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select " + column
                        + "::text from event_delivery where event_id = ? and target = ?")) {
            select.setObject(1, event);
            select.setString(2, target);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Makes every pending delivery of the event due now, as if its backoff had passed. */
    void dueNow(UUID event) throws SQLException {
        execute("update event_delivery set next_attempt_at = now() where event_id = ?", event);
    }

    void execute(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
