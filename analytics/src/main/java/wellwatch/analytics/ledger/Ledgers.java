package wellwatch.analytics.ledger;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import wellwatch.analytics.enforcement.BureauConfig;
import wellwatch.analytics.enforcement.store.CaseStore;
import wellwatch.analytics.enforcement.store.EnforcementAudit;
import wellwatch.analytics.enforcement.store.LeadStore;
import wellwatch.analytics.enforcement.store.SupervisedCaseStore;
import wellwatch.analytics.enforcement.store.Transactions;
import wellwatch.analytics.store.AlertBook;

/** Builds the ledgers and the weekly report from the database; the tables themselves are {@link LedgerSheets}. */
@Singleton
public class Ledgers {

    private static final int ALL = Integer.MAX_VALUE;

    private final RegisterQuery register;
    private final LeadStore leads;
    private final CaseStore cases;
    private final SupervisedCaseStore supervised;
    private final EnforcementAudit audit;
    private final AlertBook alerts;
    private final Transactions tx;
    private final BureauConfig bureau;

    public Ledgers(RegisterQuery register, LeadStore leads, CaseStore cases, SupervisedCaseStore supervised, EnforcementAudit audit, AlertBook alerts,
            Transactions tx, BureauConfig bureau) {
        this.register = register;
        this.leads = leads;
        this.cases = cases;
        this.supervised = supervised;
        this.audit = audit;
        this.alerts = alerts;
        this.tx = tx;
        this.bureau = bureau;
    }

    /** A ledger and what the reader should know about it. */
    public record Built(Sheet sheet, boolean actualVolumesAvailable) {}

    public ZoneId zone() {
        return bureau.zone();
    }

    /**
     * The ledger {@code kind}. The register is of {@code year} (this year when null); the others list the
     * records of {@code year} (found, filed, listed), or all when null.
     */
    public Built ledger(LedgerKind kind, Integer year) throws SQLException {
        ZoneId zone = bureau.zone();
        switch (kind) {
            case REGISTER -> {
                LocalDate today = LocalDate.now(zone);
                int y = year == null ? today.getYear() : year;
                LocalDate reference = y == today.getYear() ? today : y < today.getYear() ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
                RegisterQuery.Result r = register.load(y, reference);
                return new Built(LedgerSheets.register(r.rows()), r.actualAvailable());
            }
            case LEADS -> {
                Instant from = year == null ? null : LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
                Instant to = year == null ? null : LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
                return new Built(LedgerSheets.leads(leads.list(from, to, ALL, 0), zone), true);
            }
            case CASES -> {
                return new Built(LedgerSheets.cases(cases.list(firstDay(year), firstDay(year == null ? null : year + 1), zone, ALL, 0)), true);
            }
            case SUPERVISED -> {
                return new Built(LedgerSheets.supervised(supervised.list(firstDay(year), firstDay(year == null ? null : year + 1), ALL, 0)), true);
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
    }

    /** The window of ISO week {@code week}, or of the report due next when null. */
    public WeekWindow window(String week) {
        return week == null
                ? WeekWindow.containing(Instant.now(), bureau.zone(), bureau.weeklyReportDay(), bureau.weeklyReportTime())
                : WeekWindow.of(week, bureau.zone(), bureau.weeklyReportDay(), bureau.weeklyReportTime());
    }

    public WeeklyReport weekly(WeekWindow w) throws SQLException {
        LocalDate fromDay = w.firstDay();
        LocalDate toDay = w.endDay();
        WeeklyReport.Inputs in = tx.snapshot(c -> new WeeklyReport.Inputs(
                leads.touched(c, w.start(), w.end(), fromDay, toDay),
                cases.touched(c, w.start(), w.end(), fromDay, toDay),
                supervised.touched(c, w.start(), w.end(), fromDay, toDay),
                audit.between(c, w.start(), w.end()),
                leads.openAt(c, w.end(), toDay),
                cases.openOn(c, toDay),
                supervised.listedOn(c, toDay),
                alerts.openedBetween(w.start(), w.end()).values().stream().mapToLong(Long::longValue).sum(),
                alerts.transitionsBetween(w.start(), w.end())));
        return WeeklyReport.build(w, in);
    }

    /**
     * The weekly workbook: the summary, the week's activity, and the three weekly ledgers as filed at the
     * deadline (every lead found, case filed and case listed before it).
     */
    public List<Sheet> weeklyWorkbook(WeekWindow w, WeeklyReport report) throws SQLException {
        ZoneId zone = bureau.zone();
        return List.of(
                report.summarySheet(w),
                report.activitySheet(w),
                LedgerSheets.leads(leads.list(null, w.end(), ALL, 0), zone),
                LedgerSheets.cases(cases.list(null, w.endDay(), zone, ALL, 0)),
                LedgerSheets.supervised(supervised.list(null, w.endDay(), ALL, 0)));
    }

    private static LocalDate firstDay(Integer year) {
        return year == null ? null : LocalDate.of(year, 1, 1);
    }
}
