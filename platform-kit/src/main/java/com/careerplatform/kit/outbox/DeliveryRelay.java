package com.careerplatform.kit.outbox;

import com.careerplatform.kit.webhook.WebhookSender;
import com.careerplatform.kit.webhook.WebhookTarget;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Sends pending deliveries of outbox events, at least once and in order per subscriber and aggregate: a
 * delivery waits while an older one for the same subscriber and aggregate is still pending. Each delivery
 * is sent inside its own transaction holding its row lock (SKIP LOCKED, so two relays never send the
 * same delivery at once, and a relay killed mid-send leaves it pending for the next one). A failure is
 * retried with exponential backoff; after {@code career.delivery.max-attempts}, or at once when the
 * subscriber refuses the event itself ({@link DeliveryFailedException#permanent()}), the delivery is dead.
 */
@ApplicationScoped
public class DeliveryRelay {

    /** The longest error a delivery keeps: exception messages can quote whole answers or URLs. */
    public static final int MAX_ERROR_LENGTH = 1000;
    private static final Logger LOG = Logger.getLogger(DeliveryRelay.class);
    private static final String NEXT_DUE = "select d.id, d.target, d.attempts, e.id, e.type, e.aggregate_id,"
            + " e.payload::text, e.occurred_at, s.id, s.url, s.secret, s.active from event_delivery d"
            + " join outbox_event e on e.id = d.event_id left join webhook_subscription s on s.id = d.subscription_id"
            + " where d.status = 'PENDING' and d.next_attempt_at <= now()"
            + " and not exists (select 1 from event_delivery older where older.status = 'PENDING'"
            + " and older.target = d.target and older.aggregate_id = d.aggregate_id and older.seq < d.seq)"
            + " order by d.seq limit 1 for update of d skip locked";

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final int maxAttempts;
    private final Backoff backoff;
    private final WebhookSender webhooks;
    private final Map<String, EventDestination> destinations;

    DeliveryRelay(DataSource dataSource, ObjectMapper mapper, DeliveryConfig config, WebhookSender webhooks,
            Instance<EventDestination> destinations) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.maxAttempts = config.maxAttempts();
        this.backoff = new Backoff(config.firstBackoff(), config.maxBackoff());
        this.webhooks = webhooks;
        this.destinations = destinations.stream()
                .collect(Collectors.toMap(EventDestination::name, Function.identity()));
    }

    @Scheduled(every = "${career.delivery.every:off}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        int sent = 0;
        try {
            while (deliverNext()) {
                sent++;
            }
        } catch (SQLException e) {
            LOG.warnf("outbox relay paused after %d deliveries: %s", sent, e.getMessage());
        }
    }

    /** Sends the oldest due delivery; false when none is due. */
    public boolean deliverNext() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement next = connection.prepareStatement(NEXT_DUE); ResultSet row = next.executeQuery()) {
                if (!row.next()) {
                    connection.rollback();
                    return false;
                }
                UUID delivery = row.getObject(1, UUID.class);
                int attempts = row.getInt(3) + 1;
                try {
                    OutboxEvent event = new OutboxEvent(row.getObject(4, UUID.class), row.getString(5), row.getString(6),
                            mapper.readTree(row.getString(7)), row.getObject(8, OffsetDateTime.class));
                    UUID subscription = row.getObject(9, UUID.class);
                    if (subscription != null && !row.getBoolean(12)) {
                        // Recorded while the webhook was being deactivated: it gets nothing more.
                        update(connection, "update event_delivery set status = 'DEAD', dead_at = now(),"
                                + " last_error = 'webhook deactivated' where id = ?", delivery);
                        connection.commit();
                        return true;
                    }
                    Integer status;
                    if (subscription == null) {
                        status = destination(row.getString(2)).deliver(event);
                    } else {
                        status = webhooks.send(new WebhookTarget(subscription, row.getString(10), row.getString(11)), delivery, event);
                    }
                    update(connection, "update event_delivery set status = 'DELIVERED', attempts = ?, delivered_at = now(),"
                            + " last_status = ?, last_error = null where id = ?", attempts, status, delivery);
                } catch (DeliveryFailedException e) {
                    failed(connection, delivery, attempts, e.getMessage(), e.status(), e.permanent());
                } catch (JsonProcessingException | RuntimeException e) {
                    failed(connection, delivery, attempts, String.valueOf(e.getMessage()), null, false);
                }
                connection.commit();
                return true;
            }
        }
    }

    private EventDestination destination(String name) {
        EventDestination destination = destinations.get(name);
        if (destination == null) {
            throw new DeliveryFailedException("no destination named " + name + " in this service", null);
        }
        return destination;
    }

    private void failed(Connection connection, UUID delivery, int attempts, String message, Integer status, boolean permanent)
            throws SQLException {
        String error = message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
        if (permanent || attempts >= maxAttempts) {
            LOG.errorf("delivery %s is dead after %d attempt(s)%s: %s", delivery, attempts,
                    permanent ? ", refused by the subscriber" : "", error);
            update(connection, "update event_delivery set status = 'DEAD', attempts = ?, last_error = ?, last_status = ?,"
                    + " dead_at = now() where id = ?", attempts, error, status, delivery);
            return;
        }
        Duration wait = backoff.after(attempts);
        LOG.warnf("delivery %s failed (attempt %d, next in %d ms): %s", delivery, attempts, wait.toMillis(), error);
        update(connection, "update event_delivery set attempts = ?, last_error = ?, last_status = ?,"
                + " next_attempt_at = now() + ? * interval '1 millisecond' where id = ?",
                attempts, error, status, wait.toMillis(), delivery);
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
