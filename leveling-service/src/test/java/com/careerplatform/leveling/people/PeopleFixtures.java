package com.careerplatform.leveling.people;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** People and decisions put in place for tests whose caller may not create them. */
public final class PeopleFixtures {

    private PeopleFixtures() {
    }

    /** A fresh employee id, so that tests never meet each other's people. */
    static String employeeId() {
        return "P" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A person in ai-engineer reporting to {@code manager} (null: nobody), without a level. */
    static String person(String employeeId, String manager) {
        execute("insert into person (employee_id, scim_id, user_name, display_name, manager_id, framework_slug, active,"
                + " created_by, created_at, updated_at) values (?, ?, ?, ?, ?, 'ai-engineer', true, 'fixture', now(), now())",
                employeeId, UUID.randomUUID(), "user-" + employeeId, "Person " + employeeId, manager);
        return employeeId;
    }

    /** A person holding {@code level} since {@code since}, IMPORTED. */
    public static String person(String employeeId, String manager, String level, LocalDate since) {
        person(employeeId, manager);
        level(employeeId, level, since, "IMPORTED", null);
        return employeeId;
    }

    static void level(String employeeId, String level, LocalDate since, String reason, String source) {
        execute("insert into person_level_change (id, employee_id, effective_from, framework_slug, framework_version, level,"
                + " reason, source_id, recorded_by, recorded_at) values (?, ?, ?, 'ai-engineer', 1, ?, ?, ?, 'fixture', now())",
                UUID.randomUUID(), employeeId, since, level, reason, source);
    }

    /** A FINAL decision for the candidate at {@code level}; returns its id. */
    static UUID finalDecision(String candidate, String level, UUID supersedes) {
        UUID id = UUID.randomUUID();
        execute("insert into leveling_decision (id, candidate_id, framework_slug, framework_version, proposed_level,"
                + " final_level, rationale, chair, status, signals, supersedes, created_by, created_at, finalized_by,"
                + " finalized_at) values (?, ?, 'ai-engineer', 1, ?, ?, 'fixture', 'hana', 'FINAL', '[]', ?, 'hana', now(),"
                + " 'hana', now())", id, candidate, level, level, supersedes);
        return id;
    }

    public static long count(String sql, Object... values) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, values);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(String sql, Object... values) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
