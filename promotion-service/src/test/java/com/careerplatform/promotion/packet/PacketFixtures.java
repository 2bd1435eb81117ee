package com.careerplatform.promotion.packet;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** Cycles and packets put in place for tests whose caller may not create them. */
final class PacketFixtures {

    private PacketFixtures() {
    }

    static UUID cycle(String framework, String status) {
        UUID id = UUID.randomUUID();
        execute("insert into promotion_cycle (id, name, framework_slug, submission_opens, submission_closes, status,"
                + " created_by, created_at) values (?, ?, ?, date '2026-01-01', date '2030-12-31', ?, 'helen', now())",
                id, "cycle " + id, framework, status);
        return id;
    }

    static UUID packet(String employee, String manager) {
        UUID id = UUID.randomUUID();
        execute("insert into promotion_packet (id, cycle_id, employee_id, manager_id, framework_slug, current_level,"
                + " target_level, narrative, self_assessment, status, created_by, created_at) values (?, ?, ?, ?,"
                + " 'ai-engineer', 'L4', 'L5', 'Shipped the eval harness.', '{}', 'DRAFT', 'fixture', now())",
                id, cycle("ai-engineer", "OPEN"), employee, manager);
        return id;
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
