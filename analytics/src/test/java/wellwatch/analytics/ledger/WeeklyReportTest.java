package wellwatch.analytics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.enforcement.EnforcementCase;
import wellwatch.analytics.enforcement.Lead;
import wellwatch.analytics.enforcement.LeadSource;
import wellwatch.analytics.enforcement.store.AuditEntry;
import wellwatch.analytics.store.AlertTransition;

class WeeklyReportTest {

    private static final WeekWindow W47 = WeekWindow.of("2026-W47", ZoneId.of("Asia/Shanghai"), DayOfWeek.FRIDAY, LocalTime.of(10, 0));

    private static Lead lead(long id, String foundAt, LocalDate closedOn) {
        return new Lead(id, LeadSource.INSPECTION, null, Instant.parse(foundAt), "线索" + id, "主体" + id, null, null, null, null, null, null, null, "进展" + id,
                null, closedOn, Instant.parse(foundAt), "analyst", Instant.parse("2026-11-19T03:00:00Z"), "analyst");
    }

    private static AuditEntry audit(String entity, long id, String action, String at) {
        return new AuditEntry(1, Instant.parse(at), "analyst", entity, id, action, null, null);
    }

    @Test
    void verifiesWhatWasFoundHandledAndClosedInTheWeek() {
        Lead foundThisWeek = lead(1, "2026-11-16T01:00:00Z", null);
        Lead oldHandledAndClosed = lead(2, "2026-10-01T01:00:00Z", LocalDate.of(2026, 11, 20)); // closed Friday: in W47
        Lead enteredLateFoundEarlier = lead(3, "2026-09-01T01:00:00Z", null);
        EnforcementCase filedFriday = new EnforcementCase(7L, 1L, "潞州区水利局", "案件7", LeadSource.INSPECTION, LocalDate.of(2026, 11, 20), "查处中", null, null,
                null, null, null, null, null, null, Instant.parse("2026-11-20T01:00:00Z"), "analyst");
        WeeklyReport.Inputs in = new WeeklyReport.Inputs(
                List.of(foundThisWeek, oldHandledAndClosed, enteredLateFoundEarlier), List.of(filedFriday), List.of(),
                List.of(audit("lead", 1, "create", "2026-11-16T01:00:00Z"),
                        audit("lead", 2, "update", "2026-11-18T01:00:00Z"),
                        audit("lead", 3, "create", "2026-11-19T01:00:00Z"),
                        audit("case", 7, "create", "2026-11-20T01:00:00Z")),
                5, 1, 0, 4,
                List.of(new AlertTransition(1, 100, "acknowledge", "open", "acknowledged", "analyst", Instant.parse("2026-11-14T01:00:00Z"), null, null),
                        new AlertTransition(2, 100, "close", "acknowledged", "closed", "analyst", Instant.parse("2026-11-15T01:00:00Z"), null, null),
                        new AlertTransition(3, 101, "lead", "open", "lead", "analyst", Instant.parse("2026-11-16T01:00:00Z"), null, 1L)));

        WeeklyReport report = WeeklyReport.build(W47, in);

        assertEquals(List.of(
                new WeeklyReport.Summary("预警", 4, 2, 1, null),
                new WeeklyReport.Summary("问题线索", 2, 1, 1, 5L),
                new WeeklyReport.Summary("执法案件", 1, 0, 0, 1L),
                new WeeklyReport.Summary("挂牌督办案件", 0, 0, 0, 0L)), report.summary());
        assertEquals(List.of(List.of("新发现"), List.of("处理", "办结"), List.of("新发现"), List.of("新立案")),
                report.activity().stream().map(WeeklyReport.Activity::events).toList());

        Sheet activity = report.activitySheet(W47);
        assertEquals(WeeklyReport.ACTIVITY_HEADERS, activity.headers());
        assertEquals(List.of(Cell.number(2), Cell.text("问题线索"), Cell.number(2), Cell.text("线索2"), Cell.text("主体2"), Cell.text("处理、办结"),
                Cell.text("进展2\n已办结（2026-11-20）"), Cell.text("2026-11-19 11:00 analyst")), activity.rows().get(1));
        Sheet summary = report.summarySheet(W47);
        assertEquals(List.of(Cell.text("2026-W47"), Cell.text("2026-11-13 10:00 至 2026-11-20 10:00"), Cell.text("问题线索"), Cell.number(2), Cell.number(1),
                Cell.number(1), Cell.number(5)), summary.rows().get(1));
    }

    @Test
    void verifiesThatAChangeAfterTheDeadlineIsNotThisWeeksWork() {
        Lead l = lead(4, "2026-10-01T01:00:00Z", null);
        WeeklyReport.Inputs in = new WeeklyReport.Inputs(List.of(l), List.of(), List.of(), List.of(audit("lead", 4, "update", "2026-11-20T02:00:00Z")),
                1, 0, 0, 0, List.of());

        WeeklyReport report = WeeklyReport.build(W47, in);

        assertEquals(List.of(), report.activity());
        assertEquals(new WeeklyReport.Summary("问题线索", 0, 0, 0, 1L), report.summary().get(1));
    }
}
