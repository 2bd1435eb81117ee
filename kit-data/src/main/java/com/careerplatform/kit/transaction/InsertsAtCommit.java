package com.careerplatform.kit.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Rows a transaction only appends and never reads back (audit entries, stored idempotent answers), held until
 * just before it commits and then sent to PostgreSQL together: one statement each, all in one round trip. A
 * decision submission wrote its audit entry and its idempotency answer in two round trips of the seven it
 * made. If they cannot be written, the transaction rolls back with its change. Outside a transaction a row is
 * written at once.
 */
@ApplicationScoped
public class InsertsAtCommit {

    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;

    InsertsAtCommit(TransactionSynchronizationRegistry transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    /** {@code insert} has one {@code ?} per value, in order; a value is what JDBC's setObject takes. */
    public void add(String insert, Object... values) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            write(List.of(new Insert(insert, values)));
            return;
        }
        Pending pending = (Pending) transactions.getResource(Pending.class);
        if (pending == null) {
            pending = new Pending();
            transactions.putResource(Pending.class, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        pending.inserts.add(new Insert(insert, values));
    }

    private record Insert(String sql, Object[] values) {
    }

    private final class Pending implements Synchronization {

        final List<Insert> inserts = new ArrayList<>(2);

        @Override
        public void beforeCompletion() {
            write(inserts);
        }

        @Override
        public void afterCompletion(int status) {
            // The rows went with the commit, or were never sent: nothing is held past the transaction.
        }
    }

    private void write(List<Insert> inserts) {
        String statements = inserts.stream().map(Insert::sql).collect(Collectors.joining(";\n"));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(statements)) {
            int parameter = 1;
            for (Insert row : inserts) {
                for (Object value : row.values()) {
                    insert.setObject(parameter++, value);
                }
            }
            insert.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("rows appended by the transaction could not be written", e);
        }
    }
}
