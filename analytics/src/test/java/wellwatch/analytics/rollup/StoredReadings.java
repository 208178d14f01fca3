package wellwatch.analytics.rollup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import wellwatch.contract.testing.LocalServices;

/**
 * Ingest's {@code telemetry.reading} in the test database, for integration tests of analytics, which run
 * without ingest. When ingest's schema is not there, it is created by ingest's own first migration (read from
 * the ingest module, not copied), and dropped again afterwards; readings are then inserted as ingest's storage
 * writer would store them ({@code stored_at} = now).
 */
public final class StoredReadings implements AutoCloseable {

    private static final Path INGEST_V1 = Path.of("..", "ingest", "src", "main", "resources", "db", "ingest", "V1__readings.sql");

    private final boolean created;

    private StoredReadings(boolean created) {
        this.created = created;
    }

    /** Makes sure the readings table exists. */
    public static StoredReadings open() throws Exception {
        try (Connection c = LocalServices.testDatabase(); Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT to_regclass('" + RollupTables.READINGS + "') IS NOT NULL");
            rs.next();
            if (rs.getBoolean(1)) {
                return new StoredReadings(false);
            }
            if (!Files.exists(INGEST_V1)) {
                throw new IllegalStateException("ingest's migration not found at " + INGEST_V1.toAbsolutePath() + " (run from the analytics module)");
            }
            st.execute("CREATE SCHEMA telemetry");
            st.execute("SET search_path TO telemetry");
            st.execute(Files.readString(INGEST_V1));
            st.execute("SELECT telemetry.ensure_reading_partitions(now() - interval '40 days', now() + interval '5 days')");
            st.execute("RESET search_path");
            return new StoredReadings(true);
        }
    }

    /** Stores one reading; a register is {@code null} where the device has none. */
    public void insert(String wellId, String deviceId, long seq, Instant ts, Double volumeM3, Double energyKwh) throws SQLException {
        try (Connection c = LocalServices.testDatabase();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO telemetry.reading (well_id, device_id, seq, ts, volume_m3, energy_kwh, pump_on) VALUES (?, ?, ?, ?, ?, ?, true)")) {
            ps.setString(1, wellId);
            ps.setString(2, deviceId);
            ps.setLong(3, seq);
            ps.setObject(4, OffsetDateTime.ofInstant(ts, ZoneOffset.UTC));
            setDouble(ps, 5, volumeM3);
            setDouble(ps, 6, energyKwh);
            ps.executeUpdate();
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    /** Drops the readings table again if this created it. */
    @Override
    public void close() throws SQLException {
        if (created) {
            try (Connection c = LocalServices.testDatabase(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA telemetry CASCADE");
            }
        }
    }
}
