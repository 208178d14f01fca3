package wellwatch.analytics.enforcement.store;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wellwatch.analytics.api.ApiException;
import wellwatch.analytics.enforcement.Fields;
import wellwatch.analytics.enforcement.Lead;
import wellwatch.analytics.enforcement.LeadSource;

/** Problem leads in PostgreSQL ({@code analytics.problem_lead}); every change audited in the same transaction. */
@Singleton
public class LeadStore {

    public static final String TABLE = "analytics.problem_lead";

    private static final String COLUMNS = "lead_id, source, referring_department, found_at, description, subject, unit_id, well_id, alert_id, "
            + "verified, case_filed, referred, referred_to, progress, remarks, closed_on, created_at, created_by, updated_at, updated_by";
    private static final String EDITABLE = "source = ?, referring_department = ?, found_at = ?, description = ?, subject = ?, unit_id = ?, well_id = ?, "
            + "verified = ?, case_filed = ?, referred = ?, referred_to = ?, progress = ?, remarks = ?, closed_on = ?";

    private final Transactions tx;
    private final EnforcementAudit audit;

    public LeadStore(Transactions tx, EnforcementAudit audit) {
        this.tx = tx;
        this.audit = audit;
    }

    /** A lead entered by hand ({@code POST /api/leads}). */
    public Lead create(Fields body, String actor, Instant now) throws SQLException {
        Lead lead = Lead.create(body, Lead.Defaults.manual(now));
        return tx.run(c -> insert(c, lead, actor));
    }

    /** Changes the fields {@code body} gives ({@code PATCH /api/leads/{id}}); no change, no audit entry. */
    public Lead patch(long id, Fields body, String actor) throws SQLException {
        return tx.run(c -> {
            Lead before = lock(c, id).orElseThrow(() -> ApiException.notFound("lead", id));
            return save(c, before, before.with(body), actor);
        });
    }

    public Optional<Lead> get(long id) throws SQLException {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM analytics.problem_lead WHERE lead_id = ?")) {
                ps.setLong(1, id);
                return one(ps);
            }
        });
    }

    /** Leads found in {@code [from, to)} (either may be null: open-ended), in order found. */
    public List<Lead> list(Instant from, Instant to, int limit, int offset) throws SQLException {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM analytics.problem_lead "
                    + "WHERE (?::timestamptz IS NULL OR found_at >= ?) AND (?::timestamptz IS NULL OR found_at < ?) "
                    + "ORDER BY found_at, lead_id LIMIT ? OFFSET ?")) {
                Sql.instant(ps, 1, from);
                Sql.instant(ps, 2, from);
                Sql.instant(ps, 3, to);
                Sql.instant(ps, 4, to);
                ps.setInt(5, limit);
                ps.setInt(6, offset);
                return many(ps);
            }
        });
    }

    /**
     * Leads found or changed in {@code [from, to)}, or closed on a day in {@code [fromDay, toDay)}: what a
     * weekly report covers.
     */
    public List<Lead> touched(Connection c, Instant from, Instant to, LocalDate fromDay, LocalDate toDay) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM analytics.problem_lead l "
                + "WHERE (found_at >= ? AND found_at < ?) OR (closed_on >= ? AND closed_on < ?) "
                + "   OR EXISTS (SELECT 1 FROM analytics.enforcement_audit a WHERE a.entity = 'lead' AND a.entity_id = l.lead_id AND a.at >= ? AND a.at < ?) "
                + "ORDER BY found_at, lead_id")) {
            Sql.instant(ps, 1, from);
            Sql.instant(ps, 2, to);
            Sql.date(ps, 3, fromDay);
            Sql.date(ps, 4, toDay);
            Sql.instant(ps, 5, from);
            Sql.instant(ps, 6, to);
            return many(ps);
        }
    }

    /** How many leads were open (found, not closed) at {@code at}. */
    public long openAt(Connection c, Instant at, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM analytics.problem_lead WHERE found_at < ? AND (closed_on IS NULL OR closed_on >= ?)")) {
            Sql.instant(ps, 1, at);
            Sql.date(ps, 2, day);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public List<AuditEntry> audit(long id) throws SQLException {
        return tx.read(c -> {
            if (!exists(c, id)) {
                throw ApiException.notFound("lead", id);
            }
            return audit.of(c, EnforcementAudit.LEAD, id);
        });
    }

    /** Inserts a lead and its audit entry on the caller's transaction. */
    public Lead insert(Connection c, Lead lead, String actor) throws SQLException {
        Lead saved;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO analytics.problem_lead (source, referring_department, found_at, description, subject, "
                + "unit_id, well_id, verified, case_filed, referred, referred_to, progress, remarks, closed_on, alert_id, created_by, updated_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING " + COLUMNS)) {
            int i = bindEditable(ps, lead);
            Sql.id(ps, i++, lead.alertId());
            ps.setString(i++, actor);
            ps.setString(i, actor);
            saved = one(ps).orElseThrow();
        }
        audit.record(c, actor, EnforcementAudit.LEAD, saved.id(), null, saved);
        return saved;
    }

    /** The lead, locked for a change in the caller's transaction. */
    public Optional<Lead> lock(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM analytics.problem_lead WHERE lead_id = ? FOR UPDATE")) {
            ps.setLong(1, id);
            return one(ps);
        }
    }

    /** Writes {@code after} over the locked {@code before}, with its audit entry; nothing when the content is the same. */
    public Lead save(Connection c, Lead before, Lead after, String actor) throws SQLException {
        if (before.sameContent(after)) {
            return before;
        }
        Lead saved;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE analytics.problem_lead SET " + EDITABLE + ", updated_at = now(), updated_by = ? WHERE lead_id = ? RETURNING " + COLUMNS)) {
            int i = bindEditable(ps, after);
            ps.setString(i++, actor);
            ps.setLong(i, before.id());
            saved = one(ps).orElseThrow();
        }
        audit.record(c, actor, EnforcementAudit.LEAD, saved.id(), before, saved);
        return saved;
    }

    private static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM analytics.problem_lead WHERE lead_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int bindEditable(PreparedStatement ps, Lead l) throws SQLException {
        int i = 1;
        ps.setString(i++, l.source().code());
        Sql.text(ps, i++, l.referringDepartment());
        Sql.instant(ps, i++, l.foundAt());
        ps.setString(i++, l.description());
        Sql.text(ps, i++, l.subject());
        Sql.text(ps, i++, l.unitId());
        Sql.text(ps, i++, l.wellId());
        Sql.bool(ps, i++, l.verified());
        Sql.bool(ps, i++, l.caseFiled());
        Sql.bool(ps, i++, l.referred());
        Sql.text(ps, i++, l.referredTo());
        Sql.text(ps, i++, l.progress());
        Sql.text(ps, i++, l.remarks());
        Sql.date(ps, i++, l.closedOn());
        return i;
    }

    private static Optional<Lead> one(PreparedStatement ps) throws SQLException {
        List<Lead> all = many(ps);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static List<Lead> many(PreparedStatement ps) throws SQLException {
        List<Lead> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Lead(rs.getLong("lead_id"), LeadSource.ofCode(rs.getString("source")), rs.getString("referring_department"),
                        Sql.instant(rs, "found_at"), rs.getString("description"), rs.getString("subject"), rs.getString("unit_id"),
                        rs.getString("well_id"), Sql.id(rs, "alert_id"), Sql.bool(rs, "verified"), Sql.bool(rs, "case_filed"),
                        Sql.bool(rs, "referred"), rs.getString("referred_to"), rs.getString("progress"), rs.getString("remarks"),
                        Sql.date(rs, "closed_on"), Sql.instant(rs, "created_at"), rs.getString("created_by"), Sql.instant(rs, "updated_at"),
                        rs.getString("updated_by")));
            }
        }
        return out;
    }
}
