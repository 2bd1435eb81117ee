package com.careerplatform.leveling.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.retention.RetentionSweep;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The sweep as of days moved forward from a day long past (so that no other test's rows are old enough):
 * keys go when they expire, delivered deliveries after 30 days, dead letters after 90, events when no
 * delivery is left; a pending delivery and its event stay.
 */
@QuarkusTest
class RetentionSweepTest {

    private static final Instant DAY = Instant.parse("2020-03-01T12:00:00Z");
    /** A pending delivery of this test must not be sent by the relay other tests drive. */
    private static final Instant NEVER_DUE = Instant.parse("2999-01-01T00:00:00Z");

    @Inject
    RetentionSweep sweep;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eachKindIsRemovedOnceItsRetentionIsOverAndPendingWorkNever() throws SQLException {
        String key = "sweep-" + UUID.randomUUID();
        execute("insert into idempotency_key (client, subject, key, request_hash, response_status, created_at, expires_at)"
                + " values ('test', 'test', ?, repeat('0', 64), 201, ?, ?)", key, at(DAY), at(DAY.plus(Duration.ofHours(24))));
        UUID delivered = event();
        UUID dead = event();
        UUID pending = event();
        UUID unsubscribed = event();
        delivery(delivered, "DELIVERED");
        delivery(dead, "DEAD");
        delivery(pending, "PENDING");

        sweep.sweep(DAY.plus(Duration.ofHours(23)));
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L), state(key, delivered, dead, pending, unsubscribed));

        sweep.sweep(DAY.plus(Duration.ofHours(25)));
        assertEquals(List.of(0L, 1L, 1L, 1L, 1L, 1L, 1L, 1L), state(key, delivered, dead, pending, unsubscribed));

        sweep.sweep(DAY.plus(Duration.ofDays(31)));
        assertEquals(List.of(0L, 0L, 0L, 1L, 1L, 1L, 1L, 0L), state(key, delivered, dead, pending, unsubscribed),
                "the delivered delivery and its event, and the event nobody subscribed to, are gone");

        sweep.sweep(DAY.plus(Duration.ofDays(91)));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 1L, 1L, 0L), state(key, delivered, dead, pending, unsubscribed),
                "the dead letter went after 90 days; the pending delivery and its event stay");
    }

    /** Whether each is still there: the key; the delivered event and its delivery; the dead one's; the pending one's; the lone event. */
    private List<Long> state(String key, UUID delivered, UUID dead, UUID pending, UUID unsubscribed) throws SQLException {
        return List.of(count("select count(*) from idempotency_key where key = ?", key),
                count("select count(*) from outbox_event where id = ?", delivered),
                count("select count(*) from event_delivery where event_id = ?", delivered),
                count("select count(*) from event_delivery where event_id = ?", dead),
                count("select count(*) from outbox_event where id = ?", dead),
                count("select count(*) from event_delivery where event_id = ?", pending),
                count("select count(*) from outbox_event where id = ?", pending),
                count("select count(*) from outbox_event where id = ?", unsubscribed));
    }

    private UUID event() throws SQLException {
        UUID id = UUID.randomUUID();
        execute("insert into outbox_event (id, type, aggregate_id, payload, occurred_at) values (?, 'person.promoted', ?,"
                + " '{}'::jsonb, ?)", id, "sweep-" + id, at(DAY));
        return id;
    }

    private void delivery(UUID event, String status) throws SQLException {
        execute("insert into event_delivery (id, event_id, target, aggregate_id, status, next_attempt_at, delivered_at, dead_at,"
                + " created_at) values (?, ?, 'comp-service', ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), event, "sweep-" + event,
                status, "PENDING".equals(status) ? at(NEVER_DUE) : at(DAY), "DELIVERED".equals(status) ? at(DAY) : null, "DEAD".equals(status) ? at(DAY) : null, at(DAY));
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    private long count(String sql, Object value) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, value);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
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
