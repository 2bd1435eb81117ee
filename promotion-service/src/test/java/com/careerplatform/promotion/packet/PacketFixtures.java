package com.careerplatform.promotion.packet;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** Cycles and packets put in place for tests whose caller may not create them. */
final class PacketFixtures {

    private PacketFixtures() {
    }

    /** A cycle taking submissions from 2026 to 2030. */
    static UUID cycle(String framework, String status) {
        return cycle(framework, status, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
    }

    static UUID cycle(String framework, String status, LocalDate opens, LocalDate closes) {
        UUID id = UUID.randomUUID();
        execute("insert into promotion_cycle (id, name, framework_slug, submission_opens, submission_closes, status,"
                + " created_by, created_at) values (?, ?, ?, ?, ?, ?, 'helen', now())",
                id, "cycle " + id, framework, opens, closes, status);
        return id;
    }

    static UUID packet(String employee, String manager) {
        return packet(employee, manager, "DRAFT", cycle("ai-engineer", "OPEN"));
    }

    static UUID packet(String employee, String manager, String status, UUID cycle) {
        return packet(employee, manager, status, cycle, "ai-engineer", "L4", "L5");
    }

    static UUID packet(String employee, String manager, String status, UUID cycle, String framework, String current,
            String target) {
        UUID id = UUID.randomUUID();
        execute("insert into promotion_packet (id, cycle_id, employee_id, manager_id, framework_slug, current_level,"
                + " target_level, narrative, self_assessment, status, created_by, created_at) values (?, ?, ?, ?,"
                + " ?, ?, ?, 'Shipped the eval harness.', '{}', ?, 'fixture', now())",
                id, cycle, employee, manager, framework, current, target, status);
        return id;
    }

    static UUID evidence(UUID packet, String kind, String role, String docStatus, String axes, String competencies) {
        UUID id = UUID.randomUUID();
        execute("insert into evidence_item (id, packet_id, kind, title, url, happened_on, role, doc_status, axes,"
                + " competencies, created_at) values (?, ?, ?, 'evidence', 'https://example.com', date '2026-01-10', ?, ?,"
                + " cast(? as jsonb), cast(? as jsonb), now())",
                id, packet, kind, role, docStatus, axes, competencies);
        return id;
    }

    static void review(UUID packet, String reviewer, String recommendation) {
        execute("insert into packet_review (packet_id, reviewer, recommendation, reviewed_at) values (?, ?, ?, now())",
                packet, reviewer, recommendation);
    }

    static long decidedEvents(UUID packet) {
        return (Long) select("select count(*) from outbox_event where type = 'promotion.decided' and aggregate_id = ?"
                + " and payload->>'outcome' = 'PROMOTED'", packet.toString());
    }

    /** The packet's status as stored, for callers who may not read the packet. */
    static long packetsOf(String employee, UUID cycle) {
        return ((Number) select("select count(*) from promotion_packet where employee_id = ? and cycle_id = ?", employee, cycle))
                .longValue();
    }

    static String status(UUID packet) {
        return (String) select("select status from promotion_packet where id = ?", packet);
    }

    private static Object select(String sql, Object... values) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getObject(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql, Object... values) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
