package wellwatch.ingest.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Calls one of the {@code telemetry.ensure_*_partitions(from, to)} functions of the migrations: creates the
 * fallback's monthly partitions for a window (a no-op with TimescaleDB) and returns how many it created.
 */
public final class Partitions {

    /** Timestamps ingest accepts span this window (400 days back, clock skew ahead), so partitions must exist for it. */
    public static final Duration BACK = Duration.ofDays(400);
    public static final Duration AHEAD = Duration.ofDays(40);

    private Partitions() {}

    public static int ensure(DataSource dataSource, String function, Instant now, Duration back, Duration ahead) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + function + "(?, ?)")) {
            ps.setObject(1, OffsetDateTime.ofInstant(now.minus(back), ZoneOffset.UTC));
            ps.setObject(2, OffsetDateTime.ofInstant(now.plus(ahead), ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
