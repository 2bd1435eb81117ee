package com.careerplatform.kit.retention;

import com.careerplatform.kit.outbox.DeliveryConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Removes what a service no longer needs, so that its tables do not grow forever: idempotency keys past
 * their expiry; in a service that relays events, deliveries delivered longer ago than
 * {@code career.retention.delivered}, dead letters older than {@code career.retention.dead-letters} that
 * nobody redelivered, and events that have no delivery left and are older than the first. Pending
 * deliveries and their events are never touched; the audit log is append-only and never swept.
 */
@ApplicationScoped
public class RetentionSweep {

    /** What one sweep removed. */
    public record Swept(int idempotencyKeys, int deliveries, int events) {
    }

    private static final Logger LOG = Logger.getLogger(RetentionSweep.class);

    private final DataSource dataSource;
    private final RetentionConfig config;
    private final boolean relaysEvents;
    private final Clock clock;

    RetentionSweep(DataSource dataSource, RetentionConfig config, DeliveryConfig delivery, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.relaysEvents = !"off".equals(delivery.every());
        this.clock = clock;
    }

    @Scheduled(every = "${career.retention.every:off}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            Swept swept = sweep(Instant.now(clock));
            LOG.infof("retention sweep removed %d idempotency keys, %d deliveries, %d events",
                    swept.idempotencyKeys(), swept.deliveries(), swept.events());
        } catch (SQLException e) {
            LOG.warnf("retention sweep skipped: %s", e.getMessage());
        }
    }

    /** Sweeps as of {@code now}, in one transaction. */
    public Swept sweep(Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int keys = delete(connection, "delete from idempotency_key where expires_at < ?", now);
                int deliveries = 0;
                int events = 0;
                if (relaysEvents) {
                    Instant delivered = now.minus(config.delivered());
                    deliveries = delete(connection, "delete from event_delivery where (status = 'DELIVERED' and delivered_at < ?)"
                            + " or (status = 'DEAD' and dead_at < ?)", delivered, now.minus(config.deadLetters()));
                    events = delete(connection, "delete from outbox_event e where e.occurred_at < ? and not exists"
                            + " (select 1 from event_delivery d where d.event_id = e.id)", delivered);
                }
                connection.commit();
                return new Swept(keys, deliveries, events);
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static int delete(Connection connection, String sql, Instant... before) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            for (int i = 0; i < before.length; i++) {
                delete.setTimestamp(i + 1, Timestamp.from(before[i]));
            }
            return delete.executeUpdate();
        }
    }
}
