package wellwatch.registry.unit;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wellwatch.registry.WaterSource;
import wellwatch.registry.audit.AuditEntity;
import wellwatch.registry.audit.AuditTrail;
import wellwatch.registry.db.Jdbc;

/** Water users in {@code registry.unit}; every change is audited on the same connection. */
@Singleton
public class UnitStore {

    private static final String COLUMNS = "unit_id, name, industry, district, township, water_source, remarks";

    private final AuditTrail audit;

    public UnitStore(AuditTrail audit) {
        this.audit = audit;
    }

    /** The unit, locked for update until the transaction ends. */
    public Optional<UnitRecord> lock(Connection c, String id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM registry.unit WHERE unit_id = ? FOR UPDATE", id);
    }

    public Optional<UnitRecord> find(Connection c, String id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM registry.unit WHERE unit_id = ?", id);
    }

    /** Units registered under exactly this name. */
    public List<UnitRecord> findByName(Connection c, String name) throws SQLException {
        return many(c, "SELECT " + COLUMNS + " FROM registry.unit WHERE name = ? ORDER BY unit_id", List.of(name));
    }

    public boolean exists(Connection c, String id) throws SQLException {
        return find(c, id).isPresent();
    }

    /** Units matching the filters (null: any), by id. */
    public List<UnitRecord> list(Connection c, String industry, String district, String township, int limit, int offset) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM registry.unit WHERE true");
        List<Object> args = new ArrayList<>();
        if (industry != null) {
            sql.append(" AND industry = ?");
            args.add(industry);
        }
        if (district != null) {
            sql.append(" AND district = ?");
            args.add(district);
        }
        if (township != null) {
            sql.append(" AND township = ?");
            args.add(township);
        }
        sql.append(" ORDER BY unit_id LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        return many(c, sql.toString(), args);
    }

    /** Writes {@code after} and audits it, unless it equals {@code before}; returns whether anything changed. */
    public boolean save(Connection c, String actor, UnitRecord before, UnitRecord after) throws SQLException {
        if (after.equals(before)) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO registry.unit (unit_id, name, industry, district, township, water_source, remarks)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (unit_id) DO UPDATE SET name = EXCLUDED.name, industry = EXCLUDED.industry,
                    district = EXCLUDED.district, township = EXCLUDED.township, water_source = EXCLUDED.water_source,
                    remarks = EXCLUDED.remarks, updated_at = now()""")) {
            ps.setString(1, after.id());
            ps.setString(2, after.name());
            Jdbc.setText(ps, 3, after.industry());
            Jdbc.setText(ps, 4, after.district());
            Jdbc.setText(ps, 5, after.township());
            Jdbc.setText(ps, 6, after.waterSource() == null ? null : after.waterSource().code());
            Jdbc.setText(ps, 7, after.remarks());
            ps.executeUpdate();
        }
        audit.record(c, actor, AuditEntity.UNIT, after.id(), before, after);
        return true;
    }

    private static Optional<UnitRecord> one(Connection c, String sql, String id) throws SQLException {
        List<UnitRecord> found = many(c, sql, List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<UnitRecord> many(Connection c, String sql, List<Object> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<UnitRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new UnitRecord(rs.getString("unit_id"), rs.getString("name"), rs.getString("industry"), rs.getString("district"),
                            rs.getString("township"), WaterSource.ofCodeOrNull(rs.getString("water_source")), rs.getString("remarks")));
                }
            }
            return out;
        }
    }
}
