package wellwatch.registry.metering;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wellwatch.registry.audit.AuditEntity;
import wellwatch.registry.audit.AuditTrail;
import wellwatch.registry.db.Jdbc;

/** Flow meters and RTUs in {@code registry.device}; every change is audited on the same connection. */
@Singleton
public class DeviceStore {

    private static final String COLUMNS = "device_id, kind, well_id, model, calibrated_on, qualified, working";

    private final AuditTrail audit;

    public DeviceStore(AuditTrail audit) {
        this.audit = audit;
    }

    public Optional<DeviceRecord> lock(Connection c, String id) throws SQLException {
        List<DeviceRecord> found = query(c, "SELECT " + COLUMNS + " FROM registry.device WHERE device_id = ? FOR UPDATE", id, null);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public Optional<DeviceRecord> find(Connection c, String id) throws SQLException {
        List<DeviceRecord> found = query(c, "SELECT " + COLUMNS + " FROM registry.device WHERE device_id = ?", id, null);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The device of this kind installed at the well, locked. */
    public Optional<DeviceRecord> lockAtWell(Connection c, String wellId, DeviceKind kind) throws SQLException {
        List<DeviceRecord> found = query(c, "SELECT " + COLUMNS + " FROM registry.device WHERE well_id = ? AND kind = ? FOR UPDATE", wellId, kind.code());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The devices installed at the well. */
    public List<DeviceRecord> atWell(Connection c, String wellId) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM registry.device WHERE well_id = ? ORDER BY kind, device_id", wellId, null);
    }

    public boolean save(Connection c, String actor, DeviceRecord before, DeviceRecord after) throws SQLException {
        if (after.equals(before)) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO registry.device (device_id, kind, well_id, model, calibrated_on, qualified, working) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (device_id) DO UPDATE SET kind = EXCLUDED.kind, well_id = EXCLUDED.well_id, model = EXCLUDED.model,
                    calibrated_on = EXCLUDED.calibrated_on, qualified = EXCLUDED.qualified, working = EXCLUDED.working, updated_at = now()""")) {
            ps.setString(1, after.id());
            ps.setString(2, after.kind().code());
            Jdbc.setText(ps, 3, after.wellId());
            Jdbc.setText(ps, 4, after.model());
            Jdbc.setDate(ps, 5, after.calibratedOn());
            Jdbc.setBool(ps, 6, after.qualified());
            Jdbc.setBool(ps, 7, after.working());
            ps.executeUpdate();
        }
        audit.record(c, actor, AuditEntity.DEVICE, after.id(), before, after);
        return true;
    }

    private static List<DeviceRecord> query(Connection c, String sql, String arg, String arg2) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            if (arg2 != null) {
                ps.setString(2, arg2);
            }
            List<DeviceRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DeviceRecord(rs.getString("device_id"), DeviceKind.of("kind", rs.getString("kind")), rs.getString("well_id"),
                            rs.getString("model"), Jdbc.getDate(rs, "calibrated_on"), Jdbc.getBool(rs, "qualified"), Jdbc.getBool(rs, "working")));
                }
            }
            return out;
        }
    }
}
