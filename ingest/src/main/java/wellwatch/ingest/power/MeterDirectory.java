package wellwatch.ingest.power;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Which well each pump meter belongs to, read from analytics' registry ({@value #TABLE}: columns
 * {@code meter_no}, unique, and {@code well_id}). The one place ingest reads another service's schema, and it
 * only reads. The registry may lag the utility, or not exist yet in this database (analytics not migrated):
 * then the meters are unknown, and the upload stores and publishes their readings with no well and reports
 * them back. Read at every upload, so a meter registered a minute ago resolves at once.
 */
@Singleton
public class MeterDirectory {

    public static final String TABLE = "registry.power_meter";

    private static final Logger LOG = Logger.getLogger(MeterDirectory.class);
    /** undefined_table, undefined_column, insufficient_privilege: the registry is not (yet) what we read. */
    private static final Set<String> REGISTRY_NOT_READABLE = Set.of("42P01", "42703", "42501");

    private final AgroalDataSource dataSource;
    private volatile boolean warned;

    public MeterDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The wells of those meters the registry knows; meters missing from the map are unknown. */
    public Map<String, String> wellsOf(Collection<String> meterNos) throws SQLException {
        if (meterNos.isEmpty()) {
            return Map.of();
        }
        try (Connection c = dataSource.getConnection()) {
            if (!registryExists(c)) {
                warnOnce(TABLE + " does not exist in this database (analytics not migrated here yet)");
                return Map.of();
            }
            Array meters = c.createArrayOf("text", meterNos.toArray());
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT meter_no, well_id FROM " + TABLE + " WHERE meter_no = ANY (?) AND well_id IS NOT NULL")) {
                ps.setArray(1, meters);
                Map<String, String> wells = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        wells.put(rs.getString(1), rs.getString(2));
                    }
                }
                warned = false;
                return wells;
            } catch (SQLException e) {
                if (!REGISTRY_NOT_READABLE.contains(e.getSQLState())) {
                    throw e;
                }
                warnOnce("cannot read " + TABLE + ": " + e.getMessage());
                return Map.of();
            }
        }
    }

    private static boolean registryExists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private void warnOnce(String why) {
        if (!warned) {
            warned = true;
            LOG.warnf("Meter registry unavailable: %s; power readings are accepted with no well and their meters reported as unknown", why);
        }
    }
}
