package wellwatch.registry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The registered wells, held in memory so that looking up a reading's well costs a hash lookup, not a
 * query. Reloaded from {@code registry.well} on a schedule; a failed reload keeps the last good copy.
 */
@Singleton
public class WellDirectory {

    private static final Logger LOG = Logger.getLogger(WellDirectory.class);

    private final AgroalDataSource dataSource;
    private volatile Map<String, Well> wells = Map.of();

    public WellDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes a registry change into account at once, without waiting for the next reload. */
    public void remember(Well well) {
        Map<String, Well> copy = new HashMap<>(wells);
        copy.put(well.id(), well);
        wells = copy;
    }

    /** The registered well, or {@code null} when the registry does not know it. */
    public Well find(String wellId) {
        return wells.get(wellId);
    }

    public int size() {
        return wells.size();
    }

    @Scheduled(every = "${wellwatch.registry.refresh:30s}", delayed = "${wellwatch.registry.refresh:30s}")
    void scheduledReload() {
        try {
            reload();
        } catch (SQLException e) {
            LOG.warnf("Registry reload failed (%s); keeping %d wells from the last load", e.getMessage(), wells.size());
        }
    }

    public void reload() throws SQLException {
        Map<String, Well> loaded = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT well_id, unit_id, status, status_since FROM registry.well")) {
            while (rs.next()) {
                Timestamp since = rs.getTimestamp(4);
                loaded.put(rs.getString(1), new Well(rs.getString(1), rs.getString(2), WellStatus.ofCode(rs.getString(3)),
                        since == null ? null : since.toInstant()));
            }
        }
        wells = loaded;
    }
}
