package wellwatch.registry.metering;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import wellwatch.registry.audit.AuditEntity;
import wellwatch.registry.audit.AuditTrail;
import wellwatch.registry.db.Jdbc;

/**
 * Electricity-to-water coefficient periods in {@code registry.coefficient}. Callers hold the well's row lock
 * ({@code WellStore.lock}) while they add, so that two additions to one well cannot interleave.
 */
@Singleton
public class CoefficientStore {

    private final AuditTrail audit;

    public CoefficientStore(AuditTrail audit) {
        this.audit = audit;
    }

    /** The well's periods, oldest first. */
    public List<CoefficientRecord> history(Connection c, String wellId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coefficient_id, well_id, m3_per_kwh, effective_from, effective_to, source FROM registry.coefficient WHERE well_id = ? ORDER BY effective_from")) {
            ps.setString(1, wellId);
            List<CoefficientRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CoefficientRecord(rs.getLong(1), rs.getString(2), rs.getDouble(3), Jdbc.getInstant(rs, "effective_from"),
                            Jdbc.getInstant(rs, "effective_to"), CoefficientRecord.source("source", rs.getString(6))));
                }
            }
            return out;
        }
    }

    /**
     * Adds a period to the well's history (see {@link CoefficientEdit#plan}); returns the period added, or
     * {@code null} when nothing changed.
     */
    public CoefficientRecord add(Connection c, String actor, CoefficientRecord added, boolean keepSameCurrent) throws SQLException {
        List<CoefficientRecord> history = history(c, added.wellId());
        CoefficientEdit edit = CoefficientEdit.plan(history, added, keepSameCurrent);
        if (!edit.changes()) {
            return null;
        }
        if (edit.close() != null) {
            CoefficientRecord before = history.stream().filter(r -> r.id() == edit.close().id()).findFirst().orElseThrow();
            try (PreparedStatement ps = c.prepareStatement("UPDATE registry.coefficient SET effective_to = ?, updated_at = now() WHERE coefficient_id = ?")) {
                Jdbc.setInstant(ps, 1, edit.close().effectiveTo());
                ps.setLong(2, edit.close().id());
                ps.executeUpdate();
            }
            audit.record(c, actor, AuditEntity.COEFFICIENT, Long.toString(before.id()), before, edit.close());
        }
        CoefficientRecord stored;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO registry.coefficient (well_id, m3_per_kwh, effective_from, effective_to, source) VALUES (?, ?, ?, ?, ?) RETURNING coefficient_id")) {
            ps.setString(1, added.wellId());
            ps.setDouble(2, added.m3PerKwh());
            Jdbc.setInstant(ps, 3, added.effectiveFrom());
            Jdbc.setInstant(ps, 4, added.effectiveTo());
            ps.setString(5, added.source().code());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                stored = added.withId(rs.getLong(1));
            }
        }
        audit.record(c, actor, AuditEntity.COEFFICIENT, Long.toString(stored.id()), null, stored);
        return stored;
    }
}
