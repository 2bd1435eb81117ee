package com.careerplatform.kit.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.MDC;

/**
 * Appends who changed what, when, with the state before and after, to the service's {@code audit_log}
 * table. Its connection joins the caller's transaction, so a change and its audit entry are stored together
 * or not at all. The table refuses updates and deletes (see each service's migration).
 */
@ApplicationScoped
public class AuditLog {

    private static final String INSERT = """
            insert into audit_log (occurred_at, actor, request_id, action, resource_type, resource_id, before, after)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
            """;

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final Clock clock;

    AuditLog(DataSource dataSource, ObjectMapper mapper, SecurityIdentity identity, Clock clock) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * Records one write; {@code before} is null for a creation, {@code after} for a deletion. Call it inside
     * the write's transaction: the connection joins it.
     */
    public void record(String action, String resourceType, String resourceId, Object before, Object after) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setTimestamp(1, Timestamp.from(Instant.now(clock)));
            insert.setString(2, identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName());
            Object requestId = MDC.get("requestId");
            insert.setString(3, requestId == null ? null : requestId.toString());
            insert.setString(4, action);
            insert.setString(5, resourceType);
            insert.setString(6, resourceId);
            insert.setString(7, json(before));
            insert.setString(8, json(after));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("audit entry for " + action + " could not be written", e);
        }
    }

    private String json(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state cannot be serialised", e);
        }
    }
}
