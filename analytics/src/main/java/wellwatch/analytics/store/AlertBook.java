package wellwatch.analytics.store;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.Json;
import wellwatch.contract.alert.AlertEvent;

/**
 * The alerts in PostgreSQL ({@code analytics.alert}). One open alert per well and type: a finding opens
 * one or adds to the open one. A finding no later than the alert's last evidence (a redelivered reading)
 * changes nothing, so reprocessing after a crash does not inflate counts.
 */
@Singleton
public class AlertBook {

    private static final String SELECT = "SELECT id, type, severity, well_id, state, first_seen, last_seen, occurrences, rule, summary, evidence FROM analytics.alert";

    private final AgroalDataSource dataSource;

    public AlertBook(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records the findings of a batch in one transaction. */
    public void record(List<Finding> findings) throws SQLException {
        if (findings.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement upsert = c.prepareStatement("""
                        INSERT INTO analytics.alert (type, severity, well_id, first_seen, last_seen, rule, summary, evidence)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        ON CONFLICT (well_id, type) WHERE state <> 'closed' DO UPDATE
                           SET last_seen = EXCLUDED.last_seen, occurrences = alert.occurrences + 1,
                               rule = EXCLUDED.rule, summary = EXCLUDED.summary, evidence = EXCLUDED.evidence,
                               updated_at = now(), published_at = NULL
                         WHERE alert.last_seen < EXCLUDED.last_seen""")) {
            c.setAutoCommit(false);
            for (Finding f : findings) {
                Timestamp at = Timestamp.from(f.at());
                upsert.setString(1, f.type().code());
                upsert.setString(2, f.type().severity().code());
                upsert.setString(3, f.wellId());
                upsert.setTimestamp(4, at);
                upsert.setTimestamp(5, at);
                upsert.setString(6, f.rule());
                upsert.setString(7, f.summary());
                upsert.setString(8, evidenceJson(f.evidence()));
                upsert.addBatch();
            }
            upsert.executeBatch();
            c.commit();
        }
    }

    /** Alerts whose current version is not yet on Kafka, oldest first. */
    public List<AlertEvent> unpublished(int limit) throws SQLException {
        return query(SELECT + " WHERE published_at IS NULL ORDER BY id LIMIT ?", List.of(limit));
    }

    /** Marks alerts published, unless they changed again since they were read. */
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
        if (q.wellId() != null) {
            sql.append(" AND well_id = ?");
            args.add(q.wellId());
        }
        if (q.type() != null) {
            sql.append(" AND type = ?");
            args.add(q.type());
        }
        if (q.state() != null) {
            sql.append(" AND state = ?");
            args.add(q.state());
        }
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

    private List<AlertEvent> query(String sql, List<Object> args) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<AlertEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AlertEvent(
                            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(), rs.getLong(8),
                            rs.getString(9), rs.getString(10), evidenceMap(rs.getString(11))));
                }
            }
            return out;
        }
    }

    private static String evidenceJson(Map<String, String> evidence) {
        return new String(Json.writeStringMap(evidence), StandardCharsets.UTF_8);
    }

    private static Map<String, String> evidenceMap(String json) {
        return Json.readStringMap(Json.parseTrusted(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Filters of {@code GET /api/alerts}; null means "any". */
    public record AlertQuery(String wellId, String type, String state, Instant from, Instant to, int limit, int offset) {}
}
