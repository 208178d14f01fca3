package wellwatch.analytics.enforcement.store;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import wellwatch.analytics.api.ApiException;

/**
 * Runs enforcement work in one database transaction: committed when the work returns, rolled back when it
 * throws. A constraint PostgreSQL enforces that the code did not foresee still gets a clear answer: a
 * duplicate is a 409, a refused value or a missing reference a 400.
 */
@Singleton
public class Transactions {

    /** Work on a connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final AgroalDataSource dataSource;

    public Transactions(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> T run(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException e) {
                c.rollback();
                throw translate(e);
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Reads in one read-only snapshot (repeatable read): figures read together agree with each other. */
    public <T> T snapshot(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(true);
            }
        }
    }

    /** Reads on a connection of their own, without a transaction. */
    public <T> T read(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        }
    }

    static SQLException translate(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return e;
        }
        String detail = e.getMessage() == null ? state : e.getMessage().lines().findFirst().orElse(state);
        if (state.equals("23505")) {
            throw ApiException.conflict("conflicts with a record that exists: " + detail);
        }
        if (state.equals("23503") || state.equals("23514") || state.equals("23502") || state.startsWith("22")) {
            throw ApiException.badRequest(null, "refused by the database: " + detail);
        }
        return e;
    }
}
