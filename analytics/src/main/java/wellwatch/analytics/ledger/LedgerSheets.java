package wellwatch.analytics.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import wellwatch.analytics.enforcement.EnforcementCase;
import wellwatch.analytics.enforcement.Lead;
import wellwatch.analytics.enforcement.LeadSource;
import wellwatch.analytics.enforcement.SupervisedCase;

/**
 * The four ledgers as tables: records in, rows with the seed's columns out. Rows are numbered 1..n (序号) in
 * the order given. Volumes are shown in 万m3 (10,000 m3) to four decimals without trailing zeros; dates as
 * {@code 2026-11-20}, times as {@code 2026-11-20 14:30} in the bureau's zone; yes/no as 是/否.
 */
public final class LedgerSheets {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private LedgerSheets() {}

    public static Sheet register(List<RegisterRow> units) {
        List<List<Cell>> rows = new ArrayList<>();
        int no = 1;
        for (RegisterRow u : units) {
            rows.add(List.of(Cell.number(no++), Cell.text(u.name()), Cell.text(u.industry()), Cell.text(u.waterSource()),
                    Cell.number(wan(u.permittedM3())), Cell.number(wan(u.plannedM3())), Cell.number(wan(u.actualM3())), Cell.text(u.remarks())));
        }
        return new Sheet(LedgerKind.REGISTER.title(), LedgerKind.REGISTER.headers(), rows);
    }

    public static Sheet leads(List<Lead> leads, ZoneId zone) {
        List<List<Cell>> rows = new ArrayList<>();
        int no = 1;
        for (Lead l : leads) {
            rows.add(List.of(Cell.number(no++), Cell.text(source(l)), Cell.text(minute(l.foundAt(), zone)), Cell.text(l.description()),
                    Cell.text(l.subject()), Cell.text(handling(l)), Cell.text(progress(l)), Cell.text(l.remarks())));
        }
        return new Sheet(LedgerKind.LEADS.title(), LedgerKind.LEADS.headers(), rows);
    }

    public static Sheet cases(List<EnforcementCase> cases) {
        List<List<Cell>> rows = new ArrayList<>();
        int no = 1;
        for (EnforcementCase k : cases) {
            rows.add(List.of(Cell.number(no++), Cell.text(k.enforcingUnit()), Cell.text(k.caseName()), Cell.text(k.source().chinese()),
                    Cell.text(date(k.filedOn())), Cell.text(k.handling()), Cell.text(k.supervisingUnit()), Cell.text(date(k.closedOn())),
                    Cell.text(yesNo(k.courtEnforcementRequested())), Cell.text(yesNo(k.referredToProcuratorate()))));
        }
        return new Sheet(LedgerKind.CASES.title(), LedgerKind.CASES.headers(), rows);
    }

    public static Sheet supervised(List<SupervisedCase> cases) {
        List<List<Cell>> rows = new ArrayList<>();
        int no = 1;
        for (SupervisedCase s : cases) {
            rows.add(List.of(Cell.number(no++), Cell.text(s.listingUnit()), Cell.text(s.caseName()), Cell.text(date(s.listedOn())),
                    Cell.text(s.facts()), Cell.text(s.enforcingUnit()), Cell.text(s.party()), Cell.text(s.requirements()), Cell.text(s.progress()),
                    Cell.text(date(s.delistedOn()))));
        }
        return new Sheet(LedgerKind.SUPERVISED.title(), LedgerKind.SUPERVISED.headers(), rows);
    }

    /** 问题线索来源: the category, and for a referral the referring department. */
    static String source(Lead l) {
        if (l.source() == LeadSource.REFERRAL && l.referringDepartment() != null) {
            return l.source().chinese() + "（移送部门：" + l.referringDepartment() + "）";
        }
        return l.source().chinese();
    }

    /** 线索处理情况: the form's three yes/no questions, one per line; 待定 while not decided. */
    static String handling(Lead l) {
        String referred = pending(l.referred());
        if (Boolean.TRUE.equals(l.referred()) && l.referredTo() != null) {
            referred += "（移送机构：" + l.referredTo() + "）";
        }
        return "线索核实情况：" + pending(l.verified()) + "\n立案情况：" + pending(l.caseFiled()) + "\n移送到其他机构情况：" + referred;
    }

    /** 问题处置进展情况, with the closing day once the lead is dealt with. */
    static String progress(Lead l) {
        if (l.closedOn() == null) {
            return l.progress();
        }
        String closed = "已办结（" + l.closedOn() + "）";
        return l.progress() == null ? closed : l.progress() + "\n" + closed;
    }

    /** m3 as 万m3, four decimals at most, no trailing zeros. */
    static BigDecimal wan(Double m3) {
        if (m3 == null || !Double.isFinite(m3)) {
            return null;
        }
        BigDecimal v = BigDecimal.valueOf(m3).divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP).stripTrailingZeros();
        return v.signum() == 0 ? BigDecimal.ZERO : v;
    }

    static String yesNo(Boolean b) {
        return b == null ? null : b ? "是" : "否";
    }

    private static String pending(Boolean b) {
        return b == null ? "待定" : b ? "是" : "否";
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static String minute(Instant t, ZoneId zone) {
        return t == null ? null : MINUTE.format(t.atZone(zone));
    }
}
