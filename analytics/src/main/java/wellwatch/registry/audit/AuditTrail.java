package wellwatch.registry.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import wellwatch.registry.db.Jdbc;

/**
 * The registry's audit trail ({@code registry.audit}). Every store writes its entry on the connection of
 * the change itself, so the entry commits or rolls back with it. Records are stored as the JSON the API
 * shows them in.
 */
@Singleton
public class AuditTrail {

    /** The actor of changes made by the platform itself (the start-up seed). */
    public static final String SYSTEM_SEED = "system:seed";

    private final ObjectMapper json;

    public AuditTrail(ObjectMapper json) {
        this.json = json;
    }

    /** Records a change; {@code before} null for a creation, {@code after} null for a deletion. */
    public void record(Connection c, String actor, AuditEntity entity, String entityId, Object before, Object after) throws SQLException {
        String action = before == null ? "create" : after == null ? "delete" : "update";
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO registry.audit (actor, entity, entity_id, action, before, after) VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb)")) {
            ps.setString(1, actor);
            ps.setString(2, entity.code());
            ps.setString(3, entityId);
            ps.setString(4, action);
            Jdbc.setText(ps, 5, toJson(before));
            Jdbc.setText(ps, 6, toJson(after));
            ps.executeUpdate();
        }
    }

    /** Entries, newest first; {@code entity} and {@code entityId} filter when given. */
    public List<AuditEntry> find(Connection c, AuditEntity entity, String entityId, int limit, int offset) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "SELECT audit_id, at, actor, entity, entity_id, action, before::text AS before, after::text AS after FROM registry.audit WHERE true");
        List<Object> args = new ArrayList<>();
        if (entity != null) {
            sql.append(" AND entity = ?");
            args.add(entity.code());
        }
        if (entityId != null) {
            sql.append(" AND entity_id = ?");
            args.add(entityId);
        }
        sql.append(" ORDER BY audit_id DESC LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong("audit_id"), Jdbc.getInstant(rs, "at"), rs.getString("actor"), rs.getString("entity"),
                            rs.getString("entity_id"), rs.getString("action"), parse(rs.getString("before")), parse(rs.getString("after"))));
                }
            }
            return out;
        }
    }

    private String toJson(Object record) {
        if (record == null) {
            return null;
        }
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + record.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private com.fasterxml.jackson.databind.JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("registry.audit holds invalid JSON", e);
        }
    }
}
