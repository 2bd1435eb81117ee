package com.careerplatform.comp.record;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/** Puts a comp record in place for tests whose caller may not write one. */
public final class CompRecordFixture {

    private CompRecordFixture() {
    }

    static void insert(String person) {
        insert(person, "L4", LocalDate.of(2024, 1, 1));
    }

    /** A HIRE at {@code level} from {@code from}: US big tech, 180,000 USD base. */
    public static void insert(String person, String level, LocalDate from) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into comp_record (id, employee_id,"
                        + " effective_from, reason, framework_slug, level_code, market, segment, currency, base,"
                        + " bonus_target_percent, equity_annual_value, sex, created_by, created_at) values"
                        + " (gen_random_uuid(), ?, ?, 'HIRE', 'ai-engineer', ?, 'US', 'BIG_TECH', 'USD',"
                        + " 180000, 15, 100000, 'MALE', 'carl', now()) on conflict do nothing")) {
            insert.setString(1, person);
            insert.setObject(2, from);
            insert.setString(3, level);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
