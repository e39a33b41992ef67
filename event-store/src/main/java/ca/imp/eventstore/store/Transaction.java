package ca.imp.eventstore.store;

import io.vertx.mutiny.sqlclient.PreparedQuery;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * One open unit of work. A use case passes it along to everything that must commit with its
 * events (a claimed key, kept personal data, an inbox entry); what is written through it commits
 * together, or not at all. Only the kernel opens one ({@link Transactions}) and sees its connection.
 */
public final class Transaction {
    private final SqlConnection connection;

    private Transaction(SqlConnection connection) {
        this.connection = connection;
    }

    /** For the kernel, which opens every transaction. */
    public static Transaction of(SqlConnection connection) {
        return new Transaction(connection);
    }

    /** A statement inside this transaction. */
    public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
        return connection.preparedQuery(sql);
    }

    /**
     * Runs {@code action} once this unit of work has committed, and not at all if it rolls back: to wake at once
     * what acts on what it wrote, which could not see it before the commit. On a connection outside any transaction,
     * at once: each statement there committed when it returned.
     */
    public void afterCommit(Runnable action) {
        io.vertx.mutiny.sqlclient.Transaction transaction = connection.transaction();
        if (transaction == null) {
            action.run();
            return;
        }
        transaction.completion().subscribe().with(committed -> action.run(), rolledBack -> { });
    }

    /** For the kernel's own statements; feature code writes through {@link #preparedQuery}. */
    public SqlConnection connection() {
        return connection;
    }
}
