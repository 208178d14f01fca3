package wellwatch.analytics.ledger;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import wellwatch.analytics.enforcement.EnforcementCase;
import wellwatch.analytics.enforcement.Lead;
import wellwatch.analytics.enforcement.SupervisedCase;
import wellwatch.analytics.enforcement.store.AuditEntry;
import wellwatch.analytics.enforcement.store.EnforcementAudit;
import wellwatch.analytics.store.AlertTransition;

/**
 * The weekly report (周报): what was found, handled and closed in a {@link WeekWindow}. Per category a
 * summary (new, handled, closed in the week; still open at the deadline), and one activity row per lead,
 * case or supervised case the week touched, naming what happened to it:
 * <ul>
 * <li>new: entered in the week, or found / filed / listed on a day of the week (新发现, 新立案, 新挂牌);
 * <li>handled (处理): changed in the week (any audited update);
 * <li>closed: closed / case closed / delisted on a day of the week (办结, 结案, 解除挂牌).
 * </ul>
 * Alerts are summarised too: first seen in the week, worked on (state changes), closed.
 */
@RegisterForReflection
public record WeeklyReport(String week, Instant start, Instant end, List<Summary> summary, List<Activity> activity) {

    public static final String ALERTS = "预警";
    public static final String LEADS = "问题线索";
    public static final String CASES = "执法案件";
    public static final String SUPERVISED = "挂牌督办案件";
    public static final List<String> SUMMARY_HEADERS = List.of("报告周", "统计时段", "类别", "本周新增", "本周处理", "本周办结", "截至报告时未办结");
    public static final List<String> ACTIVITY_HEADERS = List.of("序号", "类别", "编号", "名称或基本情况", "违法主体或当事人", "本周动态", "处置进展", "最后更新");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One category's figures; {@code openAtEnd} null where not counted. */
    @RegisterForReflection
    public record Summary(String category, long found, long handled, long closed, Long openAtEnd) {}

    /** One record the week touched, and what happened to it (in order: new, handled, closed). */
    @RegisterForReflection
    public record Activity(String category, long id, String title, String subject, List<String> events, String progress, Instant updatedAt,
            String updatedBy) {}

    /** What the report is made from, all read at the same time. */
    public record Inputs(
            List<Lead> leads, List<EnforcementCase> cases, List<SupervisedCase> supervised, List<AuditEntry> audit,
            long leadsOpen, long casesOpen, long supervisedListed, long alertsOpened, List<AlertTransition> alertTransitions) {}

    public static WeeklyReport build(WeekWindow w, Inputs in) {
        List<Activity> activity = new ArrayList<>();
        long[] leads = new long[3];
        for (Lead l : in.leads()) {
            add(activity, leads, LEADS, l.id(), l.description(), l.subject(), LedgerSheets.progress(l), l.updatedAt(), l.updatedBy(),
                    isNew(w, in, EnforcementAudit.LEAD, l.id()) || w.contains(l.foundAt()), "新发现",
                    handled(w, in, EnforcementAudit.LEAD, l.id()), w.contains(l.closedOn()), "办结");
        }
        long[] cases = new long[3];
        for (EnforcementCase k : in.cases()) {
            add(activity, cases, CASES, k.id(), k.caseName(), null, k.handling(), k.updatedAt(), k.updatedBy(),
                    isNew(w, in, EnforcementAudit.CASE, k.id()) || w.contains(k.filedOn()), "新立案",
                    handled(w, in, EnforcementAudit.CASE, k.id()), w.contains(k.closedOn()), "结案");
        }
        long[] supervised = new long[3];
        for (SupervisedCase s : in.supervised()) {
            add(activity, supervised, SUPERVISED, s.id(), s.caseName(), s.party(), s.progress(), s.updatedAt(), s.updatedBy(),
                    isNew(w, in, EnforcementAudit.SUPERVISED_CASE, s.id()) || w.contains(s.listedOn()), "新挂牌",
                    handled(w, in, EnforcementAudit.SUPERVISED_CASE, s.id()), w.contains(s.delistedOn()), "解除挂牌");
        }
        Set<Long> alertsWorked = new LinkedHashSet<>();
        long alertsClosed = 0;
        for (AlertTransition t : in.alertTransitions()) {
            if (w.contains(t.at())) {
                alertsWorked.add(t.alertId());
                alertsClosed += "closed".equals(t.to()) ? 1 : 0;
            }
        }
        List<Summary> summary = List.of(
                new Summary(ALERTS, in.alertsOpened(), alertsWorked.size(), alertsClosed, null),
                new Summary(LEADS, leads[0], leads[1], leads[2], in.leadsOpen()),
                new Summary(CASES, cases[0], cases[1], cases[2], in.casesOpen()),
                new Summary(SUPERVISED, supervised[0], supervised[1], supervised[2], in.supervisedListed()));
        return new WeeklyReport(w.week(), w.start(), w.end(), summary, List.copyOf(activity));
    }

    private static void add(List<Activity> out, long[] counts, String category, long id, String title, String subject, String progress,
            Instant updatedAt, String updatedBy, boolean isNew, String newLabel, boolean handled, boolean closed, String closedLabel) {
        List<String> events = new ArrayList<>();
        if (isNew) {
            events.add(newLabel);
            counts[0]++;
        }
        if (handled) {
            events.add("处理");
            counts[1]++;
        }
        if (closed) {
            events.add(closedLabel);
            counts[2]++;
        }
        if (!events.isEmpty()) {
            out.add(new Activity(category, id, title, subject, List.copyOf(events), progress, updatedAt, updatedBy));
        }
    }

    private static boolean isNew(WeekWindow w, Inputs in, String entity, long id) {
        return any(in, e -> e.entity().equals(entity) && e.entityId() == id && e.action().equals("create") && w.contains(e.at()));
    }

    private static boolean handled(WeekWindow w, Inputs in, String entity, long id) {
        return any(in, e -> e.entity().equals(entity) && e.entityId() == id && e.action().equals("update") && w.contains(e.at()));
    }

    private static boolean any(Inputs in, Predicate<AuditEntry> p) {
        for (AuditEntry e : in.audit()) {
            if (p.test(e)) {
                return true;
            }
        }
        return false;
    }

    /** The summary as a sheet (汇总). */
    public Sheet summarySheet(WeekWindow w) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Summary s : summary) {
            rows.add(List.of(Cell.text(week), Cell.text(w.describe()), Cell.text(s.category()), Cell.number(s.found()), Cell.number(s.handled()),
                    Cell.number(s.closed()), s.openAtEnd() == null ? Cell.EMPTY : Cell.number(s.openAtEnd())));
        }
        return new Sheet("汇总", SUMMARY_HEADERS, rows);
    }

    /** The activity rows as a sheet (本周动态). */
    public Sheet activitySheet(WeekWindow w) {
        List<List<Cell>> rows = new ArrayList<>();
        int no = 1;
        for (Activity a : activity) {
            String updated = a.updatedAt() == null ? null : MINUTE.format(a.updatedAt().atZone(w.zone())) + (a.updatedBy() == null ? "" : " " + a.updatedBy());
            rows.add(List.of(Cell.number(no++), Cell.text(a.category()), Cell.number(a.id()), Cell.text(a.title()), Cell.text(a.subject()),
                    Cell.text(String.join("、", a.events())), Cell.text(a.progress()), Cell.text(updated)));
        }
        return new Sheet("本周动态", ACTIVITY_HEADERS, rows);
    }
}
