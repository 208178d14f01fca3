package wellwatch.ingest.device;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Which well each registered metering device (flow meter, RTU) belongs to, read from the registry
 * ({@code registry.device}, owned by analytics; ingest only reads it). Held in memory: one hash lookup
 * per reading. Until the registry exists, or for devices it does not list, nothing is known and
 * nothing is refused on this ground.
 */
@Singleton
public class DeviceDirectory {

    private static final Logger LOG = Logger.getLogger(DeviceDirectory.class);

    private final AgroalDataSource dataSource;
    private volatile Map<String, String> wellOfDevice = Map.of();

    public DeviceDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Why a device may not report for this well, or {@code null} when it may (it is registered to it, or
     * the registry does not know the device).
     */
    public String refusal(String deviceId, String wellId) {
        String registered = wellOfDevice.get(deviceId);
        if (registered == null || registered.equals(wellId)) {
            return null;
        }
        return "device '" + deviceId + "' is registered to well '" + registered + "', not '" + wellId + "'";
    }

    /** For tests: a directory as if loaded. */
    void replace(Map<String, String> devices) {
        wellOfDevice = Map.copyOf(devices);
    }

    @Scheduled(every = "${wellwatch.validation.device-refresh}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void reload() {
        Map<String, String> loaded = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            try (ResultSet exists = st.executeQuery("SELECT to_regclass('registry.device') IS NOT NULL")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return;
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT device_id, well_id FROM registry.device WHERE well_id IS NOT NULL")) {
                while (rs.next()) {
                    loaded.put(rs.getString(1), rs.getString(2));
                }
            }
            if (loaded.size() != wellOfDevice.size()) {
                LOG.infof("Device directory: %d registered devices", loaded.size());
            }
            wellOfDevice = loaded;
        } catch (SQLException e) {
            LOG.warnf("Device directory reload failed (%s); keeping %d devices", e.getMessage(), wellOfDevice.size());
        }
    }
}
