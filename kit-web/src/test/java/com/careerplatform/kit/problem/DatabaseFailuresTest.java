package com.careerplatform.kit.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aDatabaseThatCannotBeReachedIsUnavailable() {
        assertTrue(DatabaseFailures.isUnavailable(new IllegalStateException(
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))));
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(DatabaseFailures.isUnavailable(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(DatabaseFailures.isUnavailable(new SQLTransientConnectionException("gone")));
    }

    @Test
    void aFailingStatementIsNot() {
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseFailures.isUnavailable(new IllegalStateException("bug")));
    }
}
