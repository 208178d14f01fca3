package wellwatch.ingest.storage;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The idempotent bulk write both stores use: one COPY into a session-local staging table shaped like the
 * target, then one {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING}, in one transaction. COPY is the
 * fastest way in; the conflict clause makes a row that is already stored a no-op, so a batch may be retried
 * as often as needed.
 */
public final class StagedInsert {

    private StagedInsert() {}

    /**
     * @param table target table, schema-qualified
     * @param staging name of the session temp table (created on first use, emptied at commit)
     * @param columns the columns {@code copyText} gives, comma-separated
     * @param copyText rows in COPY text format (tab-separated, {@code \N} for null)
     * @param rows how many rows {@code copyText} holds, for the error message
     * @return how many rows were new
     */
    public static int run(DataSource dataSource, String table, String staging, String columns, String copyText, int rows) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE IF NOT EXISTS " + staging + " (LIKE " + table + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn("COPY " + staging + " (" + columns + ") FROM STDIN", new StringReader(copyText));
                int inserted = st.executeUpdate("INSERT INTO " + table + " (" + columns + ") SELECT " + columns
                        + " FROM " + staging + " ON CONFLICT DO NOTHING");
                c.commit();
                return inserted;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e instanceof SQLException sql ? sql : new SQLException("COPY of " + rows + " rows into " + table + " failed", e);
            }
        }
    }
}
