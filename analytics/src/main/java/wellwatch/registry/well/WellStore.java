package wellwatch.registry.well;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import wellwatch.registry.WaterSource;
import wellwatch.registry.WellStatus;
import wellwatch.registry.audit.AuditEntity;
import wellwatch.registry.audit.AuditTrail;
import wellwatch.registry.db.Jdbc;

/**
 * Wells in {@code registry.well}, with their status history in {@code registry.well_status_history}. Every
 * change is audited, and every change of status (or of the date it took effect) adds a history entry, on
 * the connection of the change.
 */
@Singleton
public class WellStore {

    private static final String COLUMNS = "w.well_id, w.unit_id, w.status, w.status_since, w.lat, w.lon, w.water_source, w.depth_m, "
            + "w.pipe_diameter_cm, w.in_network_coverage, w.rated_capacity_m3h, w.reporting_interval_s, w.remarks";

    private final AuditTrail audit;

    public WellStore(AuditTrail audit) {
        this.audit = audit;
    }

    /** The well, locked for update until the transaction ends (also serialises changes to its meters and coefficients). */
    public Optional<WellRecord> lock(Connection c, String id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM registry.well w WHERE w.well_id = ? FOR UPDATE", id);
    }

    public Optional<WellRecord> find(Connection c, String id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM registry.well w WHERE w.well_id = ?", id);
    }

    /** Writes {@code after} and audits it, unless it equals {@code before}; returns whether anything changed. */
    public boolean save(Connection c, String actor, WellRecord before, WellRecord after) throws SQLException {
        if (after.equals(before)) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO registry.well (well_id, unit_id, status, status_since, lat, lon, water_source, depth_m, pipe_diameter_cm,
                                           in_network_coverage, rated_capacity_m3h, reporting_interval_s, remarks)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (well_id) DO UPDATE SET unit_id = EXCLUDED.unit_id, status = EXCLUDED.status,
                    status_since = EXCLUDED.status_since, lat = EXCLUDED.lat, lon = EXCLUDED.lon, water_source = EXCLUDED.water_source,
                    depth_m = EXCLUDED.depth_m, pipe_diameter_cm = EXCLUDED.pipe_diameter_cm,
                    in_network_coverage = EXCLUDED.in_network_coverage, rated_capacity_m3h = EXCLUDED.rated_capacity_m3h,
                    reporting_interval_s = EXCLUDED.reporting_interval_s, remarks = EXCLUDED.remarks, updated_at = now()""")) {
            ps.setString(1, after.id());
            Jdbc.setText(ps, 2, after.unitId());
            ps.setString(3, after.status().code());
            Jdbc.setInstant(ps, 4, after.statusSince());
            Jdbc.setDouble(ps, 5, after.lat());
            Jdbc.setDouble(ps, 6, after.lon());
            Jdbc.setText(ps, 7, after.waterSource() == null ? null : after.waterSource().code());
            Jdbc.setDouble(ps, 8, after.depthM());
            Jdbc.setDouble(ps, 9, after.pipeDiameterCm());
            Jdbc.setBool(ps, 10, after.inNetworkCoverage());
            Jdbc.setDouble(ps, 11, after.ratedCapacityM3h());
            Jdbc.setInt(ps, 12, after.reportingIntervalS());
            Jdbc.setText(ps, 13, after.remarks());
            ps.executeUpdate();
        }
        if (before == null || before.status() != after.status() || !Objects.equals(before.statusSince(), after.statusSince())) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO registry.well_status_history (well_id, status, status_since, recorded_by) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, after.id());
                ps.setString(2, after.status().code());
                Jdbc.setInstant(ps, 3, after.statusSince());
                ps.setString(4, actor);
                ps.executeUpdate();
            }
        }
        audit.record(c, actor, AuditEntity.WELL, after.id(), before, after);
        return true;
    }

    /** The well's statuses, oldest first. */
    public List<StatusChange> statusHistory(Connection c, String wellId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT status, status_since, recorded_at, recorded_by FROM registry.well_status_history WHERE well_id = ? ORDER BY status_since, id")) {
            ps.setString(1, wellId);
            List<StatusChange> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StatusChange(rs.getString(1), Jdbc.getInstant(rs, "status_since"), Jdbc.getInstant(rs, "recorded_at"), rs.getString(4)));
                }
            }
            return out;
        }
    }

    /** Wells matching the query, by id. */
    public List<WellSummary> list(Connection c, WellQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT w.well_id, w.unit_id, u.name, u.district, u.township, w.status, w.status_since, "
                + "w.water_source, w.lat, w.lon, w.in_network_coverage FROM registry.well w LEFT JOIN registry.unit u ON u.unit_id = w.unit_id WHERE true");
        List<Object> args = new ArrayList<>();
        if (q.unitId() != null) {
            sql.append(" AND w.unit_id = ?");
            args.add(q.unitId());
        }
        if (q.status() != null) {
            sql.append(" AND w.status = ?");
            args.add(q.status().code());
        }
        if (q.waterSource() != null) {
            sql.append(" AND w.water_source = ?");
            args.add(q.waterSource().code());
        }
        if (q.inNetworkCoverage() != null) {
            sql.append(" AND w.in_network_coverage = ?");
            args.add(q.inNetworkCoverage());
        }
        if (q.district() != null) {
            sql.append(" AND u.district = ?");
            args.add(q.district());
        }
        if (q.township() != null) {
            sql.append(" AND u.township = ?");
            args.add(q.township());
        }
        sql.append(" ORDER BY w.well_id LIMIT ? OFFSET ?");
        args.add(q.limit());
        args.add(q.offset());
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<WellSummary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new WellSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            WellStatus.ofCode(rs.getString(6)), Jdbc.getInstant(rs, "status_since"), WaterSource.ofCodeOrNull(rs.getString(8)),
                            Jdbc.getDouble(rs, "lat"), Jdbc.getDouble(rs, "lon"), Jdbc.getBool(rs, "in_network_coverage")));
                }
            }
            return out;
        }
    }

    private static Optional<WellRecord> one(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new WellRecord(rs.getString("well_id"), rs.getString("unit_id"), WellStatus.ofCode(rs.getString("status")),
                        Jdbc.getInstant(rs, "status_since"), Jdbc.getDouble(rs, "lat"), Jdbc.getDouble(rs, "lon"),
                        WaterSource.ofCodeOrNull(rs.getString("water_source")), Jdbc.getDouble(rs, "depth_m"), Jdbc.getDouble(rs, "pipe_diameter_cm"),
                        Jdbc.getBool(rs, "in_network_coverage"), Jdbc.getDouble(rs, "rated_capacity_m3h"), Jdbc.getInt(rs, "reporting_interval_s"),
                        rs.getString("remarks")));
            }
        }
    }
}
