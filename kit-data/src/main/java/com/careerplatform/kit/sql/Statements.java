package com.careerplatform.kit.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Plain JDBC statements for the kit's tables. */
public final class Statements {

    private Statements() {
    }

    /** {@code sql} prepared on {@code connection} with {@code parameters} bound to its placeholders in order. */
    public static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
