package wellwatch.analytics.enforcement.store;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wellwatch.analytics.api.ApiException;
import wellwatch.analytics.enforcement.EnforcementCase;
import wellwatch.analytics.enforcement.Fields;
import wellwatch.analytics.enforcement.InvalidFieldException;
import wellwatch.analytics.enforcement.Lead;
import wellwatch.analytics.enforcement.LeadSource;

/**
 * Enforcement cases in PostgreSQL ({@code analytics.enforcement_case}); every change audited in the same
 * transaction. Opening a case from a lead marks the lead's case as filed (立案情况: 是), audited as well.
 */
@Singleton
public class CaseStore {

    public static final String TABLE = "analytics.enforcement_case";

    private static final String COLUMNS = "case_id, lead_id, enforcing_unit, case_name, source, filed_on, handling, supervising_unit, closed_on, "
            + "court_enforcement_requested, referred_to_procuratorate, unit_id, well_id, created_at, created_by, updated_at, updated_by";
    private static final String EDITABLE = "enforcing_unit = ?, case_name = ?, source = ?, filed_on = ?, handling = ?, supervising_unit = ?, closed_on = ?, "
            + "court_enforcement_requested = ?, referred_to_procuratorate = ?, unit_id = ?, well_id = ?";
    /** The day a case counts in a year or period by: filed, or entered when the filing date is not known. */
    private static final String DAY = "COALESCE(filed_on, (created_at AT TIME ZONE ?)::date)";

    private final Transactions tx;
    private final EnforcementAudit audit;
    private final LeadStore leads;

    public CaseStore(Transactions tx, EnforcementAudit audit, LeadStore leads) {
        this.tx = tx;
        this.audit = audit;
        this.leads = leads;
    }

    /** Opens a case ({@code POST /api/cases}), from the lead {@code leadId} names when it does. */
    public EnforcementCase create(Fields body, String actor, LocalDate today) throws SQLException {
        Long leadId = body.id("leadId", null);
        return tx.run(c -> {
            Lead lead = null;
            if (leadId != null) {
                lead = leads.lock(c, leadId).orElseThrow(() -> new InvalidFieldException("leadId", "lead " + leadId + " does not exist"));
            }
            EnforcementCase opened = insert(c, EnforcementCase.create(body, lead, today), actor);
            if (lead != null && !Boolean.TRUE.equals(lead.caseFiled())) {
                leads.save(c, lead, lead.withCaseFiled(), actor);
            }
            return opened;
        });
    }

    public EnforcementCase patch(long id, Fields body, String actor) throws SQLException {
        return tx.run(c -> {
            EnforcementCase before = lock(c, id).orElseThrow(() -> ApiException.notFound("case", id));
            return save(c, before, before.with(body), actor);
        });
    }

    public Optional<EnforcementCase> get(long id) throws SQLException {
        return tx.read(c -> find(c, id, false));
    }

    /** Cases filed on a day in {@code [fromDay, toDay)} (either may be null), in order filed. */
    public List<EnforcementCase> list(LocalDate fromDay, LocalDate toDay, ZoneId zone, int limit, int offset) throws SQLException {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM analytics.enforcement_case "
                    + "WHERE (?::date IS NULL OR " + DAY + " >= ?) AND (?::date IS NULL OR " + DAY + " < ?) "
                    + "ORDER BY " + DAY + ", case_id LIMIT ? OFFSET ?")) {
                String z = zone.getId();
                Sql.date(ps, 1, fromDay);
                ps.setString(2, z);
                Sql.date(ps, 3, fromDay);
                Sql.date(ps, 4, toDay);
                ps.setString(5, z);
                Sql.date(ps, 6, toDay);
                ps.setString(7, z);
                ps.setInt(8, limit);
                ps.setInt(9, offset);
                return many(ps);
            }
        });
    }

    /** Cases filed or closed on a day in {@code [fromDay, toDay)}, or changed in {@code [from, to)}: what a weekly report covers. */
    public List<EnforcementCase> touched(Connection c, Instant from, Instant to, LocalDate fromDay, LocalDate toDay) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM analytics.enforcement_case k "
                + "WHERE (filed_on >= ? AND filed_on < ?) OR (closed_on >= ? AND closed_on < ?) "
                + "   OR EXISTS (SELECT 1 FROM analytics.enforcement_audit a WHERE a.entity = 'case' AND a.entity_id = k.case_id AND a.at >= ? AND a.at < ?) "
                + "ORDER BY filed_on NULLS LAST, case_id")) {
            Sql.date(ps, 1, fromDay);
            Sql.date(ps, 2, toDay);
            Sql.date(ps, 3, fromDay);
            Sql.date(ps, 4, toDay);
            Sql.instant(ps, 5, from);
            Sql.instant(ps, 6, to);
            return many(ps);
        }
    }

    /** How many cases were open (filed before {@code day}, not closed before it). */
    public long openOn(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM analytics.enforcement_case WHERE filed_on < ? AND (closed_on IS NULL OR closed_on >= ?)")) {
            Sql.date(ps, 1, day);
            Sql.date(ps, 2, day);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public List<AuditEntry> audit(long id) throws SQLException {
        return tx.read(c -> {
            if (find(c, id, false).isEmpty()) {
                throw ApiException.notFound("case", id);
            }
            return audit.of(c, EnforcementAudit.CASE, id);
        });
    }

    /** The case, locked for a change in the caller's transaction. */
    public Optional<EnforcementCase> lock(Connection c, long id) throws SQLException {
        return find(c, id, true);
    }

    private Optional<EnforcementCase> find(Connection c, long id, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM analytics.enforcement_case WHERE case_id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setLong(1, id);
            List<EnforcementCase> found = many(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private EnforcementCase insert(Connection c, EnforcementCase k, String actor) throws SQLException {
        EnforcementCase saved;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO analytics.enforcement_case (enforcing_unit, case_name, source, filed_on, handling, "
                + "supervising_unit, closed_on, court_enforcement_requested, referred_to_procuratorate, unit_id, well_id, lead_id, created_by, updated_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING " + COLUMNS)) {
            int i = bindEditable(ps, k);
            Sql.id(ps, i++, k.leadId());
            ps.setString(i++, actor);
            ps.setString(i, actor);
            saved = many(ps).get(0);
        }
        audit.record(c, actor, EnforcementAudit.CASE, saved.id(), null, saved);
        return saved;
    }

    private EnforcementCase save(Connection c, EnforcementCase before, EnforcementCase after, String actor) throws SQLException {
        if (before.sameContent(after)) {
            return before;
        }
        EnforcementCase saved;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE analytics.enforcement_case SET " + EDITABLE + ", updated_at = now(), updated_by = ? WHERE case_id = ? RETURNING " + COLUMNS)) {
            int i = bindEditable(ps, after);
            ps.setString(i++, actor);
            ps.setLong(i, before.id());
            saved = many(ps).get(0);
        }
        audit.record(c, actor, EnforcementAudit.CASE, saved.id(), before, saved);
        return saved;
    }

    private static int bindEditable(PreparedStatement ps, EnforcementCase k) throws SQLException {
        int i = 1;
        ps.setString(i++, k.enforcingUnit());
        ps.setString(i++, k.caseName());
        ps.setString(i++, k.source().code());
        Sql.date(ps, i++, k.filedOn());
        Sql.text(ps, i++, k.handling());
        Sql.text(ps, i++, k.supervisingUnit());
        Sql.date(ps, i++, k.closedOn());
        Sql.bool(ps, i++, k.courtEnforcementRequested());
        Sql.bool(ps, i++, k.referredToProcuratorate());
        Sql.text(ps, i++, k.unitId());
        Sql.text(ps, i++, k.wellId());
        return i;
    }

    private static List<EnforcementCase> many(PreparedStatement ps) throws SQLException {
        List<EnforcementCase> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new EnforcementCase(rs.getLong("case_id"), Sql.id(rs, "lead_id"), rs.getString("enforcing_unit"), rs.getString("case_name"),
                        LeadSource.ofCode(rs.getString("source")), Sql.date(rs, "filed_on"), rs.getString("handling"), rs.getString("supervising_unit"),
                        Sql.date(rs, "closed_on"), Sql.bool(rs, "court_enforcement_requested"), Sql.bool(rs, "referred_to_procuratorate"),
                        rs.getString("unit_id"), rs.getString("well_id"), Sql.instant(rs, "created_at"), rs.getString("created_by"),
                        Sql.instant(rs, "updated_at"), rs.getString("updated_by")));
            }
        }
        return out;
    }
}
