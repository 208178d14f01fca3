package wellwatch.registry.permit;

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

/** Permits in {@code registry.permit}; every change is audited on the same connection. */
@Singleton
public class PermitStore {

    private static final String COLUMNS = "permit_no, unit_id, well_id, annual_volume_m3, permitted_use, valid_from, valid_to";

    private final AuditTrail audit;

    public PermitStore(AuditTrail audit) {
        this.audit = audit;
    }

    public Optional<PermitRecord> lock(Connection c, String number) throws SQLException {
        List<PermitRecord> found = query(c, "SELECT " + COLUMNS + " FROM registry.permit WHERE permit_no = ? FOR UPDATE", number);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public Optional<PermitRecord> find(Connection c, String number) throws SQLException {
        List<PermitRecord> found = query(c, "SELECT " + COLUMNS + " FROM registry.permit WHERE permit_no = ?", number);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The permits issued for the well itself. */
    public List<PermitRecord> ofWell(Connection c, String wellId) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM registry.permit WHERE well_id = ? ORDER BY valid_from NULLS FIRST, permit_no", wellId);
    }

    /** The unit's unit-wide permits (those that cover all its wells). */
    public List<PermitRecord> unitWide(Connection c, String unitId) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM registry.permit WHERE unit_id = ? AND well_id IS NULL ORDER BY valid_from NULLS FIRST, permit_no", unitId);
    }

    public boolean save(Connection c, String actor, PermitRecord before, PermitRecord after) throws SQLException {
        if (after.equals(before)) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO registry.permit (permit_no, unit_id, well_id, annual_volume_m3, permitted_use, valid_from, valid_to)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (permit_no) DO UPDATE SET unit_id = EXCLUDED.unit_id, well_id = EXCLUDED.well_id,
                    annual_volume_m3 = EXCLUDED.annual_volume_m3, permitted_use = EXCLUDED.permitted_use,
                    valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to, updated_at = now()""")) {
            ps.setString(1, after.number());
            Jdbc.setText(ps, 2, after.unitId());
            Jdbc.setText(ps, 3, after.wellId());
            ps.setDouble(4, after.annualVolumeM3());
            Jdbc.setText(ps, 5, after.use());
            Jdbc.setDate(ps, 6, after.validFrom());
            Jdbc.setDate(ps, 7, after.validTo());
            ps.executeUpdate();
        }
        audit.record(c, actor, AuditEntity.PERMIT, after.number(), before, after);
        return true;
    }

    public void delete(Connection c, String actor, PermitRecord before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM registry.permit WHERE permit_no = ?")) {
            ps.setString(1, before.number());
            ps.executeUpdate();
        }
        audit.record(c, actor, AuditEntity.PERMIT, before.number(), before, null);
    }

    private static List<PermitRecord> query(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            List<PermitRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PermitRecord(rs.getString("permit_no"), rs.getString("unit_id"), rs.getString("well_id"),
                            rs.getDouble("annual_volume_m3"), rs.getString("permitted_use"), Jdbc.getDate(rs, "valid_from"), Jdbc.getDate(rs, "valid_to")));
                }
            }
            return out;
        }
    }
}
