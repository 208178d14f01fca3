package wellwatch.registry.db;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import wellwatch.registry.api.RegistryException;

/**
 * Runs registry work in one database transaction: committed when the work returns, rolled back when it
 * throws. Constraint violations PostgreSQL reports become registry errors (409 for a duplicate or a missing
 * reference, 400 for a value a check refused), so that a race the code did not foresee still gets a clear answer.
 */
@Singleton
public class Tx {

    /** Work on a connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final AgroalDataSource dataSource;

    public Tx(AgroalDataSource dataSource) {
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

    /** Reads on a connection (no transaction needed). */
    public <T> T read(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        }
    }

    /** A registry error for a constraint violation, or the exception itself. */
    public static SQLException translate(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return e;
        }
        String detail = e.getMessage() == null ? state : e.getMessage().lines().findFirst().orElse(state);
        if (state.equals("23505") || state.equals("23503")) {
            throw RegistryException.conflict(null, "conflicts with the registry: " + detail);
        }
        if (state.equals("23514") || state.equals("23502") || state.startsWith("22")) {
            throw RegistryException.badRequest(null, "refused by the registry: " + detail);
        }
        return e;
    }
}
