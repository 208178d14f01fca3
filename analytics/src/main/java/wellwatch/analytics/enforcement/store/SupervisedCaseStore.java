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
import wellwatch.analytics.enforcement.EnforcementCase;
import wellwatch.analytics.enforcement.Fields;
import wellwatch.analytics.enforcement.InvalidFieldException;
import wellwatch.analytics.enforcement.SupervisedCase;

/** Supervised cases in PostgreSQL ({@code analytics.supervised_case}); every change audited in the same transaction. */
@Singleton
public class SupervisedCaseStore {

    public static final String TABLE = "analytics.supervised_case";

    private static final String COLUMNS = "supervised_id, case_id, listing_unit, case_name, listed_on, facts, enforcing_unit, party, requirements, "
            + "progress, delisted_on, created_at, created_by, updated_at, updated_by";
    private static final String EDITABLE = "listing_unit = ?, case_name = ?, listed_on = ?, facts = ?, enforcing_unit = ?, party = ?, requirements = ?, "
            + "progress = ?, delisted_on = ?";

    private final Transactions tx;
    private final EnforcementAudit audit;
    private final CaseStore cases;

    public SupervisedCaseStore(Transactions tx, EnforcementAudit audit, CaseStore cases) {
        this.tx = tx;
        this.audit = audit;
        this.cases = cases;
    }

    /** Lists a case for supervision ({@code POST /api/supervised-cases}), the enforcement case {@code caseId} names when it does. */
    public SupervisedCase create(Fields body, String actor, LocalDate today) throws SQLException {
        Long caseId = body.id("caseId", null);
        return tx.run(c -> {
            EnforcementCase listed = null;
            if (caseId != null) {
                listed = cases.lock(c, caseId).orElseThrow(() -> new InvalidFieldException("caseId", "case " + caseId + " does not exist"));
            }
            return insert(c, SupervisedCase.create(body, listed, today), actor);
        });
    }

    public SupervisedCase patch(long id, Fields body, String actor) throws SQLException {
        return tx.run(c -> {
            SupervisedCase before = find(c, id, true).orElseThrow(() -> ApiException.notFound("supervised case", id));
            return save(c, before, before.with(body), actor);
        });
    }

    public Optional<SupervisedCase> get(long id) throws SQLException {
        return tx.read(c -> find(c, id, false));
    }

    /** Supervised cases listed on a day in {@code [fromDay, toDay)} (either may be null), in order listed. */
    public List<SupervisedCase> list(LocalDate fromDay, LocalDate toDay, int limit, int offset) throws SQLException {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM analytics.supervised_case "
                    + "WHERE (?::date IS NULL OR listed_on >= ?) AND (?::date IS NULL OR listed_on < ?) "
                    + "ORDER BY listed_on, supervised_id LIMIT ? OFFSET ?")) {
                Sql.date(ps, 1, fromDay);
                Sql.date(ps, 2, fromDay);
                Sql.date(ps, 3, toDay);
                Sql.date(ps, 4, toDay);
                ps.setInt(5, limit);
                ps.setInt(6, offset);
                return many(ps);
            }
        });
    }

    /** Listed or delisted on a day in {@code [fromDay, toDay)}, or changed in {@code [from, to)}: what a weekly report covers. */
    public List<SupervisedCase> touched(Connection c, Instant from, Instant to, LocalDate fromDay, LocalDate toDay) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM analytics.supervised_case s "
                + "WHERE (listed_on >= ? AND listed_on < ?) OR (delisted_on >= ? AND delisted_on < ?) "
                + "   OR EXISTS (SELECT 1 FROM analytics.enforcement_audit a WHERE a.entity = 'supervised_case' AND a.entity_id = s.supervised_id "
                + "              AND a.at >= ? AND a.at < ?) "
                + "ORDER BY listed_on, supervised_id")) {
            Sql.date(ps, 1, fromDay);
            Sql.date(ps, 2, toDay);
            Sql.date(ps, 3, fromDay);
            Sql.date(ps, 4, toDay);
            Sql.instant(ps, 5, from);
            Sql.instant(ps, 6, to);
            return many(ps);
        }
    }

    /** How many cases were listed (before {@code day}, not delisted before it). */
    public long listedOn(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM analytics.supervised_case WHERE listed_on < ? AND (delisted_on IS NULL OR delisted_on >= ?)")) {
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
                throw ApiException.notFound("supervised case", id);
            }
            return audit.of(c, EnforcementAudit.SUPERVISED_CASE, id);
        });
    }

    private Optional<SupervisedCase> find(Connection c, long id, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM analytics.supervised_case WHERE supervised_id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setLong(1, id);
            List<SupervisedCase> found = many(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private SupervisedCase insert(Connection c, SupervisedCase s, String actor) throws SQLException {
        SupervisedCase saved;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO analytics.supervised_case (listing_unit, case_name, listed_on, facts, enforcing_unit, "
                + "party, requirements, progress, delisted_on, case_id, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING " + COLUMNS)) {
            int i = bindEditable(ps, s);
            Sql.id(ps, i++, s.caseId());
            ps.setString(i++, actor);
            ps.setString(i, actor);
            saved = many(ps).get(0);
        }
        audit.record(c, actor, EnforcementAudit.SUPERVISED_CASE, saved.id(), null, saved);
        return saved;
    }

    private SupervisedCase save(Connection c, SupervisedCase before, SupervisedCase after, String actor) throws SQLException {
        if (before.sameContent(after)) {
            return before;
        }
        SupervisedCase saved;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE analytics.supervised_case SET " + EDITABLE + ", updated_at = now(), updated_by = ? WHERE supervised_id = ? RETURNING " + COLUMNS)) {
            int i = bindEditable(ps, after);
            ps.setString(i++, actor);
            ps.setLong(i, before.id());
            saved = many(ps).get(0);
        }
        audit.record(c, actor, EnforcementAudit.SUPERVISED_CASE, saved.id(), before, saved);
        return saved;
    }

    private static int bindEditable(PreparedStatement ps, SupervisedCase s) throws SQLException {
        int i = 1;
        ps.setString(i++, s.listingUnit());
        ps.setString(i++, s.caseName());
        Sql.date(ps, i++, s.listedOn());
        Sql.text(ps, i++, s.facts());
        Sql.text(ps, i++, s.enforcingUnit());
        Sql.text(ps, i++, s.party());
        Sql.text(ps, i++, s.requirements());
        Sql.text(ps, i++, s.progress());
        Sql.date(ps, i++, s.delistedOn());
        return i;
    }

    private static List<SupervisedCase> many(PreparedStatement ps) throws SQLException {
        List<SupervisedCase> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new SupervisedCase(rs.getLong("supervised_id"), Sql.id(rs, "case_id"), rs.getString("listing_unit"), rs.getString("case_name"),
                        Sql.date(rs, "listed_on"), rs.getString("facts"), rs.getString("enforcing_unit"), rs.getString("party"),
                        rs.getString("requirements"), rs.getString("progress"), Sql.date(rs, "delisted_on"), Sql.instant(rs, "created_at"),
                        rs.getString("created_by"), Sql.instant(rs, "updated_at"), rs.getString("updated_by")));
            }
        }
        return out;
    }
}
