package wellwatch.analytics.enforcement.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail of leads, cases and supervised cases ({@code analytics.enforcement_audit}): who changed
 * what, when, from what to what. Each store writes its entry on the connection of the change itself, so
 * the entry commits or rolls back with it.
 */
@Singleton
public class EnforcementAudit {

    public static final String TABLE = "analytics.enforcement_audit";
    public static final String LEAD = "lead";
    public static final String CASE = "case";
    public static final String SUPERVISED_CASE = "supervised_case";

    private static final String COLUMNS = "audit_id, at, actor, entity, entity_id, action, before::text, after::text";

    private final ObjectMapper json;

    public EnforcementAudit(ObjectMapper json) {
        this.json = json;
    }

    /** Records a change; {@code before} null for a creation. */
    public void record(Connection c, String actor, String entity, long entityId, Object before, Object after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO analytics.enforcement_audit (actor, entity, entity_id, action, before, after) VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb)")) {
            ps.setString(1, actor);
            ps.setString(2, entity);
            ps.setLong(3, entityId);
            ps.setString(4, before == null ? "create" : "update");
            Sql.text(ps, 5, before == null ? null : toJson(before));
            ps.setString(6, toJson(after));
            ps.executeUpdate();
        }
    }

    /** The changes of one record, oldest first. */
    public List<AuditEntry> of(Connection c, String entity, long entityId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM analytics.enforcement_audit WHERE entity = ? AND entity_id = ? ORDER BY audit_id")) {
            ps.setString(1, entity);
            ps.setLong(2, entityId);
            return entries(ps);
        }
    }

    /** All changes in {@code [from, to)}, oldest first. */
    public List<AuditEntry> between(Connection c, Instant from, Instant to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM analytics.enforcement_audit WHERE at >= ? AND at < ? ORDER BY at, audit_id")) {
            ps.setTimestamp(1, Timestamp.from(from));
            ps.setTimestamp(2, Timestamp.from(to));
            return entries(ps);
        }
    }

    private List<AuditEntry> entries(PreparedStatement ps) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                        parse(rs.getString(7)), parse(rs.getString(8))));
            }
        }
        return out;
    }

    private String toJson(Object record) {
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + record.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry is not JSON", e);
        }
    }
}
