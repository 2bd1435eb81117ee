package com.careerplatform.leveling.people;

import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Adds a change to a person's level history, in the caller's transaction, with its audit entry and, for
 * hires, promotions and corrections, the event others learn it by ({@code person.hired},
 * {@code person.promoted}, {@code person.level-corrected}). Imports emit none: the HR system that loads
 * them knows already. The caller has locked the person.
 */
@ApplicationScoped
public class LevelChanges {

    static final Map<LevelChangeReason, String> EVENTS = Map.of(LevelChangeReason.HIRED, "person.hired",
            LevelChangeReason.PROMOTED, "person.promoted", LevelChangeReason.CORRECTED, "person.level-corrected");

    /** A level a person takes from {@code effectiveFrom}, in a version of a framework, and where it comes from. */
    public record Change(String level, String framework, int frameworkVersion, LocalDate effectiveFrom,
            LevelChangeReason reason, String sourceId, UUID sourceEventId, String note) {
    }

    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    LevelChanges(AuditLog audit, Outbox outbox, Clock clock) {
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    public LevelChange record(Person person, Change change, String actor) {
        LevelChange before = LevelChange.inForce(person.employeeId, change.effectiveFrom()).orElse(null);
        LevelChange entry = new LevelChange();
        entry.id = UUID.randomUUID();
        entry.employeeId = person.employeeId;
        entry.effectiveFrom = change.effectiveFrom();
        entry.frameworkSlug = change.framework();
        entry.frameworkVersion = change.frameworkVersion();
        entry.level = change.level();
        entry.reason = change.reason();
        entry.sourceId = change.sourceId();
        entry.sourceEventId = change.sourceEventId();
        entry.note = change.note();
        entry.recordedBy = actor;
        entry.recordedAt = OffsetDateTime.now(clock);
        entry.persist();
        person.frameworkSlug = change.framework();
        // The person's representation (SCIM version, lastModified) changes with their level.
        person.updatedAt = entry.recordedAt;
        LevelChangeView after = LevelChangeView.of(entry);
        audit.record("person.level-changed", "person", person.employeeId,
                before == null ? null : LevelChangeView.of(before), after);
        String event = EVENTS.get(change.reason());
        if (event != null) {
            outbox.record(event, person.employeeId, payload(after, before));
        }
        return entry;
    }

    private static Map<String, Object> payload(LevelChangeView change, LevelChange before) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("changeId", change.id());
        payload.put("employeeId", change.employeeId());
        payload.put("level", change.level());
        payload.put("previousLevel", before == null ? null : before.level);
        payload.put("frameworkSlug", change.frameworkSlug());
        payload.put("frameworkVersion", change.frameworkVersion());
        payload.put("effectiveFrom", change.effectiveFrom().toString());
        payload.put("reason", change.reason());
        payload.put("sourceId", change.sourceId());
        payload.put("recordedBy", change.recordedBy());
        payload.put("recordedAt", change.recordedAt().toString());
        return payload;
    }
}
