package com.careerplatform.promotion.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Delivers {@code promotion.decided} events from the outbox to comp-service at least once: a PROMOTED
 * decision becomes an adjustment proposal (comp-service ignores a redelivery by its source event id).
 * Each event is taken in its own transaction with a row lock (SKIP LOCKED, so two relays never deliver
 * the same event at once); a failure is retried with exponential backoff and the event is marked dead
 * after {@code promotion.relay.max-attempts}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final AgroalDataSource dataSource;
    private final CompApi comp;
    private final ObjectMapper mapper;
    private final int maxAttempts;

    OutboxRelay(AgroalDataSource dataSource, @RestClient CompApi comp, ObjectMapper mapper,
            @ConfigProperty(name = "promotion.relay.max-attempts") int maxAttempts) {
        this.dataSource = dataSource;
        this.comp = comp;
        this.mapper = mapper;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(every = "${promotion.relay.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        try {
            while (deliverNext()) {
                // Keep going while events are due.
            }
        } catch (SQLException e) {
            LOG.warnf("outbox relay paused: %s", e.getMessage());
        }
    }

    /** Delivers the oldest due event; false when none is due. */
    boolean deliverNext() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement next = connection.prepareStatement("select id, type, payload::text, attempts"
                    + " from outbox_event where delivered_at is null and dead_at is null and next_attempt_at <= now()"
                    + " order by occurred_at limit 1 for update skip locked");
                    ResultSet rows = next.executeQuery()) {
                if (!rows.next()) {
                    connection.rollback();
                    return false;
                }
                UUID id = rows.getObject(1, UUID.class);
                int attempts = rows.getInt(4);
                try {
                    deliver(id, rows.getString(2), mapper.readTree(rows.getString(3)));
                    update(connection, "update outbox_event set delivered_at = now(), attempts = attempts + 1 where id = ?", id);
                } catch (Exception e) {
                    failed(connection, id, attempts + 1, e);
                }
                connection.commit();
                return true;
            }
        }
    }

    private void deliver(UUID id, String type, JsonNode payload) {
        if (!"promotion.decided".equals(type) || !"PROMOTED".equals(payload.path("outcome").asText())) {
            return;
        }
        LocalDate effective = OffsetDateTime.parse(payload.path("decidedAt").asText()).toLocalDate();
        try (Response response = comp.propose(new CompApi.Proposal(payload.path("employeeId").asText(),
                payload.path("targetLevel").asText(), effective, id.toString()))) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("comp-service answered " + response.getStatus());
            }
        } catch (WebApplicationException e) {
            throw new IllegalStateException("comp-service answered " + e.getResponse().getStatus(), e);
        }
    }

    private void failed(Connection connection, UUID id, int attempts, Exception e) throws SQLException {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (attempts >= maxAttempts) {
            LOG.errorf("outbox event %s is dead after %d attempts: %s", id, attempts, error);
            update(connection, "update outbox_event set attempts = ?, last_error = ?, dead_at = now() where id = ?",
                    attempts, error, id);
            return;
        }
        long backoff = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts, 16));
        LOG.warnf("outbox event %s not delivered (attempt %d, next in %d s): %s", id, attempts, backoff, error);
        update(connection, "update outbox_event set attempts = ?, last_error = ?,"
                + " next_attempt_at = now() + ? * interval '1 second' where id = ?", attempts, error, backoff, id);
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
