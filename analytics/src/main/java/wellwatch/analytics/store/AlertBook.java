package wellwatch.analytics.store;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.Json;
import wellwatch.contract.alert.AlertEvent;

/**
 * The alerts in PostgreSQL ({@code analytics.alert}). One open alert per well and type: a finding opens
 * one or adds to the open one. A finding no later than the alert's last evidence (a redelivered reading)
 * changes nothing, so reprocessing after a crash does not inflate counts. State changes by analysts are
 * written with their audit row ({@code analytics.alert_transition}) and republish the alert.
 */
@Singleton
public class AlertBook {

    public static final String TABLE = "analytics.alert";
    public static final String TRANSITION_TABLE = "analytics.alert_transition";

    private static final String COLUMNS = "id, type, severity, well_id, state, first_seen, last_seen, occurrences, rule, summary, evidence, "
            + "unit_id, state_changed_at, state_changed_by, lead_id";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM analytics.alert";
    private static final String TRANSITION_COLUMNS = "transition_id, alert_id, action, from_state, to_state, actor, at, note, lead_id";

    private final AgroalDataSource dataSource;

    public AlertBook(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the findings of a batch in one transaction. A new alert takes the unit of its well from the
     * registry ({@code registry.well.unit_id}), or the {@code unitId} of its evidence (unit-scope quota findings).
     */
    public void record(List<Finding> findings) throws SQLException {
        if (findings.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement upsert = c.prepareStatement("""
                        INSERT INTO analytics.alert (type, severity, well_id, unit_id, first_seen, last_seen, rule, summary, evidence)
                        VALUES (?, ?, ?, COALESCE((SELECT w.unit_id FROM registry.well w WHERE w.well_id = ?), ?), ?, ?, ?, ?, ?::jsonb)
                        ON CONFLICT (well_id, type) WHERE state <> 'closed' DO UPDATE
                           SET last_seen = EXCLUDED.last_seen, occurrences = alert.occurrences + 1,
                               rule = EXCLUDED.rule, summary = EXCLUDED.summary, evidence = EXCLUDED.evidence,
                               unit_id = COALESCE(alert.unit_id, EXCLUDED.unit_id),
                               updated_at = now(), published_at = NULL
                         WHERE alert.last_seen < EXCLUDED.last_seen""")) {
            c.setAutoCommit(false);
            try {
                for (Finding f : findings) {
                    Timestamp at = Timestamp.from(f.at());
                    upsert.setString(1, f.type().code());
                    upsert.setString(2, f.type().severity().code());
                    upsert.setString(3, f.wellId());
                    upsert.setString(4, f.wellId());
                    setText(upsert, 5, f.evidence().get("unitId"));
                    upsert.setTimestamp(6, at);
                    upsert.setTimestamp(7, at);
                    upsert.setString(8, f.rule());
                    upsert.setString(9, f.summary());
                    upsert.setString(10, evidenceJson(f.evidence()));
                    upsert.addBatch();
                }
                upsert.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Alerts whose current version is not yet on Kafka, oldest first. */
    public List<AlertEvent> unpublished(int limit) throws SQLException {
        return query(SELECT + " WHERE published_at IS NULL ORDER BY id LIMIT ?", List.of(limit));
    }

    /** Marks alerts published, unless they changed again since they were read (a new finding or a state change). */
    public void markPublished(List<AlertEvent> alerts) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE analytics.alert SET published_at = now() WHERE id = ? AND occurrences = ? AND state = ?")) {
            for (AlertEvent a : alerts) {
                ps.setLong(1, a.id());
                ps.setLong(2, a.occurrences());
                ps.setString(3, a.state());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public List<AlertEvent> find(AlertQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE true");
        List<Object> args = new ArrayList<>();
        filter(sql, args, "well_id", q.wellId());
        filter(sql, args, "unit_id", q.unitId());
        filter(sql, args, "type", q.type());
        filter(sql, args, "severity", q.severity());
        filter(sql, args, "state", q.state());
        if (q.from() != null) {
            sql.append(" AND last_seen >= ?");
            args.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND first_seen < ?");
            args.add(Timestamp.from(q.to()));
        }
        sql.append(" ORDER BY last_seen DESC, id DESC LIMIT ? OFFSET ?");
        args.add(q.limit());
        args.add(q.offset());
        return query(sql.toString(), args);
    }

    public Optional<AlertEvent> get(long id) throws SQLException {
        return query(SELECT + " WHERE id = ?", List.of(id)).stream().findFirst();
    }

    /** The alert, locked for a state change in the caller's transaction. */
    public Optional<AlertEvent> lock(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(alert(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Moves a locked alert from {@code from} to {@code to}, records who did it, when and why in the audit
     * trail, and queues the new version for Kafka; all in the caller's transaction.
     */
    public AlertTransition changeState(Connection c, long id, String action, String from, String to, String actor, String note, Long leadId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE analytics.alert
                   SET state = ?, state_changed_at = now(), state_changed_by = ?, lead_id = COALESCE(?, lead_id),
                       updated_at = now(), published_at = NULL
                 WHERE id = ? AND state = ?""")) {
            ps.setString(1, to);
            ps.setString(2, actor);
            setLong(ps, 3, leadId);
            ps.setLong(4, id);
            ps.setString(5, from);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("alert " + id + " is no longer " + from + " (lock it first)");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO analytics.alert_transition (alert_id, action, from_state, to_state, actor, note, lead_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING " + TRANSITION_COLUMNS)) {
            ps.setLong(1, id);
            ps.setString(2, action);
            ps.setString(3, from);
            ps.setString(4, to);
            ps.setString(5, actor);
            setText(ps, 6, note);
            setLong(ps, 7, leadId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return transition(rs);
            }
        }
    }

    /** The state changes of one alert, oldest first. */
    public List<AlertTransition> transitions(long alertId) throws SQLException {
        return transitions("SELECT " + TRANSITION_COLUMNS + " FROM analytics.alert_transition WHERE alert_id = ? ORDER BY transition_id", List.of(alertId));
    }

    /** The state changes of all alerts in {@code [from, to)}, oldest first. */
    public List<AlertTransition> transitionsBetween(Instant from, Instant to) throws SQLException {
        return transitions("SELECT " + TRANSITION_COLUMNS + " FROM analytics.alert_transition WHERE at >= ? AND at < ? ORDER BY at, transition_id",
                List.of(Timestamp.from(from), Timestamp.from(to)));
    }

    /** How many alerts were first seen in {@code [from, to)}, per type. */
    public Map<String, Long> openedBetween(Instant from, Instant to) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT type, count(*) FROM analytics.alert WHERE first_seen >= ? AND first_seen < ? GROUP BY type ORDER BY type")) {
            ps.setTimestamp(1, Timestamp.from(from));
            ps.setTimestamp(2, Timestamp.from(to));
            Map<String, Long> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        }
    }

    private List<AlertTransition> transitions(String sql, List<Object> args) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<AlertTransition> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(transition(rs));
                }
            }
            return out;
        }
    }

    private List<AlertEvent> query(String sql, List<Object> args) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<AlertEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(alert(rs));
                }
            }
            return out;
        }
    }

    private static AlertEvent alert(ResultSet rs) throws SQLException {
        Timestamp changedAt = rs.getTimestamp(13);
        long leadId = rs.getLong(15);
        Long lead = rs.wasNull() ? null : leadId;
        return new AlertEvent(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(), rs.getLong(8),
                rs.getString(9), rs.getString(10), evidenceMap(rs.getString(11)),
                rs.getString(12), changedAt == null ? null : changedAt.toInstant(), rs.getString(14), lead);
    }

    private static AlertTransition transition(ResultSet rs) throws SQLException {
        long leadId = rs.getLong(9);
        Long lead = rs.wasNull() ? null : leadId;
        return new AlertTransition(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), rs.getString(8), lead);
    }

    private static void filter(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static void setText(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static String evidenceJson(Map<String, String> evidence) {
        return new String(Json.writeStringMap(evidence), StandardCharsets.UTF_8);
    }

    private static Map<String, String> evidenceMap(String json) {
        return Json.readStringMap(Json.parseTrusted(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Filters of {@code GET /api/alerts}; null means "any". */
    public record AlertQuery(String wellId, String unitId, String type, String severity, String state, Instant from, Instant to, int limit, int offset) {}
}
