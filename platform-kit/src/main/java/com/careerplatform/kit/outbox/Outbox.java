package com.careerplatform.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Records an event others must learn about in the service's {@code outbox_event} table, inside the
 * caller's transaction: the event exists exactly when the change does. Delivery reads the table later.
 */
@ApplicationScoped
public class Outbox {

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final Clock clock;

    Outbox(DataSource dataSource, ObjectMapper mapper, Clock clock) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Returns the event id, by which consumers recognise a redelivery. */
    public UUID record(String type, String aggregateId, Object payload) {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into outbox_event (id, type, aggregate_id,"
                        + " payload, occurred_at) values (?, ?, ?, cast(? as jsonb), ?)")) {
            insert.setObject(1, id);
            insert.setString(2, type);
            insert.setString(3, aggregateId);
            insert.setString(4, mapper.writeValueAsString(payload));
            insert.setTimestamp(5, Timestamp.from(Instant.now(clock)));
            insert.executeUpdate();
            return id;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("outbox event " + type + " could not be recorded", e);
        }
    }
}
