package com.careerplatform.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Records an event others must learn about in the service's {@code outbox_event} table, inside the
 * caller's transaction, together with one pending delivery per subscriber: each fixed
 * {@link EventDestination} that wants the event and each active webhook registered for its type. The
 * event and its deliveries exist exactly when the change does; {@link DeliveryRelay} sends them later.
 */
@ApplicationScoped
public class Outbox {

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final List<EventDestination> destinations;

    Outbox(DataSource dataSource, ObjectMapper mapper, Clock clock, Instance<EventDestination> destinations) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.clock = clock;
        this.destinations = destinations.stream().toList();
    }

    /** Returns the event id, by which consumers recognise a redelivery. */
    public UUID record(String type, String aggregateId, Object payload) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now(clock));
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into outbox_event (id, type, aggregate_id,"
                    + " payload, occurred_at) values (?, ?, ?, cast(? as jsonb), ?)")) {
                insert.setObject(1, id);
                insert.setString(2, type);
                insert.setString(3, aggregateId);
                insert.setString(4, mapper.writeValueAsString(payload));
                insert.setTimestamp(5, now);
                insert.executeUpdate();
            }
            for (EventDestination destination : destinations) {
                if (destination.wants(type)) {
                    enqueueFor(connection, destination.name(), id, aggregateId, now);
                }
            }
            enqueueForWebhooks(connection, type, id, aggregateId, now);
            return id;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("outbox event " + type + " could not be recorded", e);
        }
    }

    private static void enqueueFor(Connection connection, String target, UUID event, String aggregateId, Timestamp now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into event_delivery (id, event_id, target,"
                + " aggregate_id, next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, event);
            insert.setString(3, target);
            insert.setString(4, aggregateId);
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.executeUpdate();
        }
    }

    private static void enqueueForWebhooks(Connection connection, String type, UUID event, String aggregateId,
            Timestamp now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into event_delivery (id, event_id, target,"
                + " subscription_id, aggregate_id, next_attempt_at, created_at) select gen_random_uuid(), ?,"
                + " 'webhook:' || id, id, ?, ?, ? from webhook_subscription where active and ? = any(event_types)")) {
            insert.setObject(1, event);
            insert.setString(2, aggregateId);
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.setString(5, type);
            insert.executeUpdate();
        }
    }
}
