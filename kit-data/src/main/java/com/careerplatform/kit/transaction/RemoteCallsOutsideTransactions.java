package com.careerplatform.kit.transaction;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a REST client call made while the calling thread holds a database transaction: the call would
 * keep one of the few pooled connections (and any row locks) for as long as the other service takes. A
 * write asks what it needs first and opens its transaction after; this makes a slip an error that every
 * test of the write meets, not a slow pool in production.
 */
@Provider
public class RemoteCallsOutsideTransactions implements ClientRequestFilter {

    @Inject
    TransactionManager transactions;

    @Override
    public void filter(ClientRequestContext request) {
        if (inTransaction()) {
            throw new IllegalStateException("remote call to " + request.getUri().getHost() + ":" + request.getUri().getPort()
                    + request.getUri().getPath() + " inside a database transaction");
        }
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new IllegalStateException("transaction status unknown", e);
        }
    }
}
