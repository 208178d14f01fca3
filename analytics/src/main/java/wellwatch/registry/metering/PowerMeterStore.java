package wellwatch.registry.metering;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import wellwatch.registry.audit.AuditEntity;
import wellwatch.registry.audit.AuditTrail;

/** The well-power table (井电对应) in {@code registry.power_meter}; every change is audited. */
@Singleton
public class PowerMeterStore {

    private final AuditTrail audit;

    public PowerMeterStore(AuditTrail audit) {
        this.audit = audit;
    }

    public Optional<PowerMeterRecord> lock(Connection c, String meterNo) throws SQLException {
        return one(c, "SELECT meter_no, well_id FROM registry.power_meter WHERE meter_no = ? FOR UPDATE", meterNo);
    }

    public Optional<PowerMeterRecord> find(Connection c, String meterNo) throws SQLException {
        return one(c, "SELECT meter_no, well_id FROM registry.power_meter WHERE meter_no = ?", meterNo);
    }

    /** The meter tied to the well, locked. */
    public Optional<PowerMeterRecord> lockOfWell(Connection c, String wellId) throws SQLException {
        return one(c, "SELECT meter_no, well_id FROM registry.power_meter WHERE well_id = ? FOR UPDATE", wellId);
    }

    public Optional<PowerMeterRecord> ofWell(Connection c, String wellId) throws SQLException {
        return one(c, "SELECT meter_no, well_id FROM registry.power_meter WHERE well_id = ?", wellId);
    }

    public boolean save(Connection c, String actor, PowerMeterRecord before, PowerMeterRecord after) throws SQLException {
        if (after.equals(before)) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO registry.power_meter (meter_no, well_id) VALUES (?, ?)
                ON CONFLICT (meter_no) DO UPDATE SET well_id = EXCLUDED.well_id, updated_at = now()""")) {
            ps.setString(1, after.meterNo());
            ps.setString(2, after.wellId());
            ps.executeUpdate();
        }
        audit.record(c, actor, AuditEntity.POWER_METER, after.meterNo(), before, after);
        return true;
    }

    public void delete(Connection c, String actor, PowerMeterRecord before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM registry.power_meter WHERE meter_no = ?")) {
            ps.setString(1, before.meterNo());
            ps.executeUpdate();
        }
        audit.record(c, actor, AuditEntity.POWER_METER, before.meterNo(), before, null);
    }

    private static Optional<PowerMeterRecord> one(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new PowerMeterRecord(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        }
    }
}
