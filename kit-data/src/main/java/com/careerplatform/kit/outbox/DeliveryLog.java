package com.careerplatform.kit.outbox;

import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.sql.SqlPages;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Lists a service's event deliveries (dead letters included) and sends one again on request; a redelivery
 * is audited in its transaction.
 */
@ApplicationScoped
public class DeliveryLog {

    private static final String COLUMNS = "d.id, e.id, e.type, d.aggregate_id, d.target, d.subscription_id, d.status,"
            + " d.attempts, d.last_status, d.last_error, d.next_attempt_at, d.delivered_at, d.created_at";
    private static final String FROM = "from event_delivery d join outbox_event e on e.id = d.event_id";
    private static final String FILTER = " where (cast(? as varchar) is null or d.status = ?)"
            + " and (cast(? as uuid) is null or d.subscription_id = ?)";

    private final DataSource dataSource;
    private final AuditLog audit;

    DeliveryLog(DataSource dataSource, AuditLog audit) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /** Newest first, optionally only those in one status or for one webhook. */
    public PageView<DeliveryView> list(DeliveryStatus status, UUID webhookId, PageParams page) {
        String statusName = status == null ? null : status.name();
        return SqlPages.read(dataSource, COLUMNS, FROM + FILTER, "d.seq desc", page, DeliveryLog::view,
                statusName, statusName, webhookId, webhookId);
    }

    public Optional<DeliveryView> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " " + FROM + " where d.id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(view(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("delivery cannot be read", e);
        }
    }

    /**
     * Makes a dead or delivered delivery pending again, due now and with its attempts counted afresh. A
     * pending delivery is refused (409): it is being sent already. So is one for a deactivated webhook.
     */
    @Transactional
    public Optional<DeliveryView> redeliver(UUID id) {
        Optional<DeliveryView> found = find(id);
        if (found.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update event_delivery d set status = 'PENDING',"
                        + " attempts = 0, next_attempt_at = now(), dead_at = null, delivered_at = null, last_error = null,"
                        + " last_status = null where d.id = ? and d.status <> 'PENDING'"
                        + " and not exists (select 1 from webhook_subscription s where s.id = d.subscription_id"
                        + " and not s.active)")) {
            update.setObject(1, id);
            if (update.executeUpdate() == 0) {
                throw new ProblemException(ProblemType.CONFLICT, find(id).map(DeliveryView::status).orElse(null)
                        == DeliveryStatus.PENDING
                        ? "Delivery " + id + " is pending already; the relay sends it when due"
                        : "Delivery " + id + " belongs to a deactivated webhook");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("delivery cannot be rescheduled", e);
        }
        Optional<DeliveryView> after = find(id);
        audit.record("event-delivery.redelivered", "event-delivery", id.toString(), found.get(), after.orElseThrow());
        return after;
    }

    private static DeliveryView view(ResultSet rows) throws SQLException {
        UUID webhookId = rows.getObject(6, UUID.class);
        Integer lastStatus = rows.getObject(9, Integer.class);
        return new DeliveryView(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                rows.getString(4), webhookId == null ? rows.getString(5) : "webhook", webhookId,
                DeliveryStatus.valueOf(rows.getString(7)), rows.getInt(8), lastStatus,
                rows.getString(10), rows.getObject(11, OffsetDateTime.class), rows.getObject(12, OffsetDateTime.class),
                rows.getObject(13, OffsetDateTime.class));
    }
}
