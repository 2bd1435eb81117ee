package com.careerplatform.kit.audit;

import com.careerplatform.kit.transaction.InsertsAtCommit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.MDC;

/**
 * Appends who changed what, when, with the state before and after, to the service's {@code audit_log}
 * table in the caller's transaction (just before it commits: {@link InsertsAtCommit}), so a change and its
 * audit entry are stored together or not at all. The table refuses updates and deletes (see each service's
 * migration).
 */
@ApplicationScoped
public class AuditLog {

    private static final String INSERT = """
            insert into audit_log (occurred_at, actor, request_id, action, resource_type, resource_id, before, after)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
            """;

    private final InsertsAtCommit inserts;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final Clock clock;

    AuditLog(InsertsAtCommit inserts, ObjectMapper mapper, SecurityIdentity identity, Clock clock) {
        this.inserts = inserts;
        this.mapper = mapper;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * Records one write; {@code before} is null for a creation, {@code after} for a deletion. Call it inside
     * the write's transaction: the entry is written with it.
     */
    public void record(String action, String resourceType, String resourceId, Object before, Object after) {
        Object requestId = MDC.get("requestId");
        inserts.add(INSERT, Timestamp.from(Instant.now(clock)),
                identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(),
                requestId == null ? null : requestId.toString(), action, resourceType, resourceId, json(before), json(after));
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
