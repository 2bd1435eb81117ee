package com.careerplatform.kit.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, network gone, pool starved: a 503 the
 * client may retry) from a failure of the request itself (a 500). PostgreSQL reports the first kind with
 * SQLSTATE class 08 (connection exception) or 57P01-57P03 (shutting down, starting up).
 */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailableState(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
