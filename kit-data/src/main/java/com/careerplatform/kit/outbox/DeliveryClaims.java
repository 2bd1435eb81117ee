package com.careerplatform.kit.outbox;

import com.careerplatform.kit.sql.Statements;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The relay's bookkeeping in {@code event_delivery}, each step one short statement: no row lock and no
 * connection is held while a delivery is sent. A delivery is claimed for {@code career.delivery.claim-for};
 * while claimed it is not due, nor is any later delivery to the same subscriber (one in flight per
 * subscriber, so a slow one holds a single relay worker and its own order). An outcome is recorded only
 * under the claim that sent it and only while the delivery is still pending (a webhook deactivated
 * meanwhile stays dead).
 */
@ApplicationScoped
class DeliveryClaims {

    /** A delivery claimed for sending: {@code subscription} is null for a fixed destination. */
    record Claimed(UUID id, UUID claim, String target, int attempts, OutboxEvent event, Subscription subscription,
            boolean subscriptionActive) {
    }

    private static final String CLAIM = "with next as (select d.id, e.id event_id, e.type, e.aggregate_id,"
            + " e.payload::text payload, e.occurred_at, s.id subscription_id, s.url, s.secret, s.active"
            + " from event_delivery d join outbox_event e on e.id = d.event_id"
            + " left join webhook_subscription s on s.id = d.subscription_id"
            + " where d.status = 'PENDING' and d.next_attempt_at <= now()"
            + " and (d.claimed_until is null or d.claimed_until <= now())"
            + " and not exists (select 1 from event_delivery older where older.status = 'PENDING'"
            + " and older.target = d.target and older.aggregate_id = d.aggregate_id and older.seq < d.seq)"
            + " and not exists (select 1 from event_delivery busy where busy.status = 'PENDING'"
            + " and busy.target = d.target and busy.claimed_until > now())"
            + " order by d.seq limit 1 for update of d skip locked)"
            + " update event_delivery d set claim = ?, claimed_until = now() + ? * interval '1 millisecond'"
            + " from next where d.id = next.id"
            + " returning d.id, d.target, d.attempts, next.event_id, next.type, next.aggregate_id, next.payload,"
            + " next.occurred_at, next.subscription_id, next.url, next.secret, next.active";

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final Duration claimFor;

    DeliveryClaims(DataSource dataSource, ObjectMapper mapper, DeliveryConfig config) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.claimFor = config.claimFor();
    }

    /** Claims the oldest due delivery, if any. */
    Optional<Claimed> next() throws SQLException {
        UUID claim = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement next = Statements.prepare(connection, CLAIM, claim, claimFor.toMillis());
                ResultSet row = next.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            UUID subscription = row.getObject(9, UUID.class);
            return Optional.of(new Claimed(row.getObject(1, UUID.class), claim, row.getString(2), row.getInt(3),
                    new OutboxEvent(row.getObject(4, UUID.class), row.getString(5), row.getString(6),
                            mapper.readTree(row.getString(7)), row.getObject(8, OffsetDateTime.class)),
                    subscription == null ? null : new Subscription(subscription, row.getString(10), row.getString(11)),
                    subscription == null || row.getBoolean(12)));
        } catch (JsonProcessingException e) {
            throw new SQLException("an outbox event's payload is not JSON", e);
        }
    }

    /** False when the claim had lapsed (another relay may have sent the delivery again: at least once). */
    boolean delivered(Claimed delivery, Integer status) throws SQLException {
        return record(delivery, "status = 'DELIVERED', attempts = ?, delivered_at = now(), last_status = ?, last_error = null",
                delivery.attempts() + 1, status);
    }

    boolean dead(Claimed delivery, int attempts, String error, Integer status) throws SQLException {
        return record(delivery, "status = 'DEAD', attempts = ?, last_error = ?, last_status = ?, dead_at = now()",
                attempts, error, status);
    }

    boolean retryAfter(Claimed delivery, Duration wait, String error, Integer status) throws SQLException {
        return record(delivery, "attempts = ?, last_error = ?, last_status = ?,"
                + " next_attempt_at = now() + ? * interval '1 millisecond'",
                delivery.attempts() + 1, error, status, wait.toMillis());
    }

    private boolean record(Claimed delivery, String changes, Object... values) throws SQLException {
        Object[] all = new Object[values.length + 2];
        System.arraycopy(values, 0, all, 0, values.length);
        all[values.length] = delivery.id();
        all[values.length + 1] = delivery.claim();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = Statements.prepare(connection, "update event_delivery set " + changes
                        + ", claim = null, claimed_until = null where id = ? and claim = ? and status = 'PENDING'", all)) {
            return update.executeUpdate() == 1;
        }
    }
}
