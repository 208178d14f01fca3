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

/** Annual plans in {@code registry.plan}, per unit or per well and year; every change is audited. */
@Singleton
public class PlanStore {

    private final AuditTrail audit;

    public PlanStore(AuditTrail audit) {
        this.audit = audit;
    }

    public Optional<PlanRecord> lock(Connection c, QuotaScope scope, String subjectId, int year) throws SQLException {
        List<PlanRecord> found = query(c, "SELECT planned_m3, year FROM registry.plan WHERE " + column(scope) + " = ? AND year = ? FOR UPDATE",
                scope, subjectId, year);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** All plans of a unit or a well, oldest year first. */
    public List<PlanRecord> of(Connection c, QuotaScope scope, String subjectId) throws SQLException {
        return query(c, "SELECT planned_m3, year FROM registry.plan WHERE " + column(scope) + " = ? ORDER BY year", scope, subjectId, null);
    }

    public boolean save(Connection c, String actor, PlanRecord before, PlanRecord after) throws SQLException {
        if (after.equals(before)) {
            return false;
        }
        String col = column(after.scope());
        String sql = before == null
                ? "INSERT INTO registry.plan (planned_m3, " + col + ", year) VALUES (?, ?, ?)"
                : "UPDATE registry.plan SET planned_m3 = ?, updated_at = now() WHERE " + col + " = ? AND year = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDouble(1, after.plannedM3());
            ps.setString(2, after.subjectId());
            ps.setInt(3, after.year());
            ps.executeUpdate();
        }
        audit.record(c, actor, AuditEntity.PLAN, after.auditId(), before, after);
        return true;
    }

    /** The column holding the subject: constant per scope, never user input. */
    private static String column(QuotaScope scope) {
        return scope == QuotaScope.UNIT ? "unit_id" : "well_id";
    }

    private static List<PlanRecord> query(Connection c, String sql, QuotaScope scope, String subjectId, Integer year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, subjectId);
            if (year != null) {
                ps.setInt(2, year);
            }
            List<PlanRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PlanRecord(scope, subjectId, rs.getInt("year"), rs.getDouble("planned_m3")));
                }
            }
            return out;
        }
    }
}
