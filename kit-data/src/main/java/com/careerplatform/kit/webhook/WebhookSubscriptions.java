package com.careerplatform.kit.webhook;

import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.sql.SqlPages;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The webhooks registered with this service, in its {@code webhook_subscription} table. Registrations and
 * deactivations are audited in the same transaction, without the secret.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    private static final String COLUMNS = "id, url, event_types, description, active, created_by, created_at";
    private static final String AUDIT_TYPE = "webhook";

    private final DataSource dataSource;
    private final AuditLog audit;
    private final WebhookTargetGuard guard;
    private final WebhookConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WebhookSubscriptions(DataSource dataSource, AuditLog audit, WebhookTargetGuard guard, WebhookConfig config,
            Clock clock) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.guard = guard;
        this.config = config;
        this.clock = clock;
    }

    /** Registers a webhook; the answer carries its signing secret, which is not shown again. */
    @Transactional
    public WebhookView register(WebhookRequest request, String createdBy) {
        List<String> offered = config.eventTypes().orElse(List.of());
        List<String> unknown = request.eventTypes().stream().filter(type -> !offered.contains(type)).toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "Unknown event types " + unknown + "; this service publishes " + offered);
        }
        try {
            guard.check(request.url());
        } catch (WebhookTargetRefusedException e) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, e.getMessage());
        }
        UUID id = UUID.randomUUID();
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into webhook_subscription (id, url,"
                        + " event_types, description, secret, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, request.url());
            insert.setArray(3, connection.createArrayOf("varchar", request.eventTypes().stream().distinct().toArray()));
            insert.setString(4, request.description());
            insert.setString(5, secret);
            insert.setString(6, createdBy);
            insert.setTimestamp(7, Timestamp.from(Instant.now(clock)));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("webhook cannot be registered", e);
        }
        WebhookView created = find(id).orElseThrow();
        audit.record("webhook.registered", AUDIT_TYPE, id.toString(), null, created);
        return new WebhookView(created.id(), created.url(), created.eventTypes(), created.description(), created.active(),
                created.createdBy(), created.createdAt(), secret);
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }

    public PageView<WebhookView> list(PageParams page) {
        return SqlPages.read(dataSource, COLUMNS, "from webhook_subscription", "created_at desc, id", page,
                WebhookSubscriptions::view);
    }

    public Optional<WebhookView> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                        + " from webhook_subscription where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(view(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("webhook cannot be read", e);
        }
    }

    /**
     * Stops a webhook: it gets no further events, and its pending deliveries become dead letters (still
     * listed, no longer sent). False when there is no such webhook.
     */
    @Transactional
    public boolean deactivate(UUID id) {
        Optional<WebhookView> before = find(id);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement stop = connection.prepareStatement("with stopped as (update webhook_subscription"
                        + " set active = false where id = ? returning id), cancelled as (update event_delivery"
                        + " set status = 'DEAD', dead_at = now(), last_error = 'webhook deactivated'"
                        + " where subscription_id in (select id from stopped) and status = 'PENDING' returning id)"
                        + " select count(*) from stopped")) {
            stop.setObject(1, id);
            try (ResultSet rows = stop.executeQuery()) {
                rows.next();
                if (rows.getLong(1) == 0) {
                    return false;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("webhook cannot be deactivated", e);
        }
        audit.record("webhook.deactivated", AUDIT_TYPE, id.toString(), before.orElse(null), find(id).orElseThrow());
        return true;
    }

    private static WebhookView view(ResultSet rows) throws SQLException {
        Array types = rows.getArray(3);
        return new WebhookView(rows.getObject(1, UUID.class), rows.getString(2),
                Arrays.asList((String[]) types.getArray()), rows.getString(4), rows.getBoolean(5), rows.getString(6),
                rows.getObject(7, OffsetDateTime.class), null);
    }
}
