package wellwatch.analytics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.enforcement.EnforcementCase;
import wellwatch.analytics.enforcement.Lead;
import wellwatch.analytics.enforcement.LeadSource;
import wellwatch.analytics.enforcement.SupervisedCase;

class LedgerSheetsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The header line of shared/samples/register-of-water-users.csv, the seed's 附件1. */
    private static final String REGISTER_SAMPLE_HEADER = "序号,单位名称,所属行业,取用水水源,取水许可批复水量（万方/年）,取水计划下达水量（万方/年）,实际取用水量（万方/年）,备注";

    static Lead lead(long id, LeadSource source, String dept, Boolean verified, Boolean caseFiled, Boolean referred, String referredTo, LocalDate closedOn) {
        return new Lead(id, source, dept, Instant.parse("2026-11-17T06:05:00Z"), "自备井封停后仍在抽水", "长治市某宾馆有限公司", "U1", "W1", null,
                verified, caseFiled, referred, referredTo, "已责令停止取水", "备注", closedOn, null, null, null, null);
    }

    @Test
    void verifiesThatTheRegisterHasTheSamplesHeaderAndVolumesIn10000M3() {
        Sheet sheet = LedgerSheets.register(List.of(
                new RegisterRow("U1", "长治市某宾馆有限公司", "住宿业", "地下水", 35_000.0, 30_000.0, 34_200.0, "自备井1眼；公共管网覆盖区内"),
                new RegisterRow("U2", "潞州区某洗车行", "洗车", "地下水", 6_000.0, 5_000.0, null, "无计量设施"),
                new RegisterRow("U3", "某热力公司", "供热", "地热水", 120_000.0, 105_000.0, 118_000.0, null)));

        String csv = new String(CsvWriter.write(sheet), StandardCharsets.UTF_8).substring(1);

        assertEquals(REGISTER_SAMPLE_HEADER + "\r\n"
                + "1,长治市某宾馆有限公司,住宿业,地下水,3.5,3,3.42,自备井1眼；公共管网覆盖区内\r\n"
                + "2,潞州区某洗车行,洗车,地下水,0.6,0.5,,无计量设施\r\n"
                + "3,某热力公司,供热,地热水,12,10.5,11.8,\r\n", csv);
    }

    @Test
    void verifiesTheSeedsHeadersOfTheWeeklyLedgers() {
        assertEquals(List.of("序号", "问题线索来源", "发现（举报、移送）时间", "问题或线索基本情况", "违法（被举报）主体", "线索处理情况", "问题处置进展情况", "备注"),
                LedgerKind.LEADS.headers());
        assertEquals(List.of("序号", "执法单位", "案件名称", "案件来源", "立案时间", "案件查处情况", "督办单位", "结案时间", "是否申请法院强制执行", "是否移送检察机关提起公益诉讼"),
                LedgerKind.CASES.headers());
        assertEquals(List.of("序号", "挂牌单位", "挂牌督办案件名称", "挂牌时间", "案件基本情况", "执法单位", "当事人名称", "督办要求", "整改进展", "解除挂牌督办时间"),
                LedgerKind.SUPERVISED.headers());
    }

    @Test
    void verifiesALeadRowWithTheFormsHandlingQuestionsAndBeijingTime() {
        Sheet sheet = LedgerSheets.leads(List.of(
                lead(9, LeadSource.REFERRAL, "市公安局", true, false, true, "市检察院", LocalDate.of(2026, 11, 20)),
                lead(10, LeadSource.REPORT, null, null, null, null, null, null)), SHANGHAI);

        List<Cell> first = sheet.rows().get(0);
        assertEquals(Cell.number(1), first.get(0));
        assertEquals(Cell.text("移送类（移送部门：市公安局）"), first.get(1));
        assertEquals(Cell.text("2026-11-17 14:05"), first.get(2));
        assertEquals(Cell.text("线索核实情况：是\n立案情况：否\n移送到其他机构情况：是（移送机构：市检察院）"), first.get(5));
        assertEquals(Cell.text("已责令停止取水\n已办结（2026-11-20）"), first.get(6));
        List<Cell> second = sheet.rows().get(1);
        assertEquals(Cell.number(2), second.get(0));
        assertEquals(Cell.text("举报类"), second.get(1));
        assertEquals(Cell.text("线索核实情况：待定\n立案情况：待定\n移送到其他机构情况：待定"), second.get(5));
        assertEquals(Cell.text("已责令停止取水"), second.get(6));
    }

    @Test
    void verifiesCaseAndSupervisedRows() {
        EnforcementCase k = new EnforcementCase(3L, 9L, "潞州区水利局", "某宾馆非法取水案", LeadSource.INSPECTION, LocalDate.of(2026, 11, 18), "已下达责令停止违法行为通知书",
                "长治市水利局", null, false, true, "U1", "W1", null, null, null, null);
        SupervisedCase s = new SupervisedCase(1L, 3L, "市专项整治工作专班", "某宾馆非法取水案", LocalDate.of(2026, 11, 19), "封停井复用", "潞州区水利局", "长治市某宾馆有限公司",
                "11月30日前封填", null, null, null, null, null, null);

        assertEquals(List.of(Cell.number(1), Cell.text("潞州区水利局"), Cell.text("某宾馆非法取水案"), Cell.text("执法检查类"), Cell.text("2026-11-18"),
                Cell.text("已下达责令停止违法行为通知书"), Cell.text("长治市水利局"), Cell.EMPTY, Cell.text("否"), Cell.text("是")), LedgerSheets.cases(List.of(k)).rows().get(0));
        assertEquals(List.of(Cell.number(1), Cell.text("市专项整治工作专班"), Cell.text("某宾馆非法取水案"), Cell.text("2026-11-19"), Cell.text("封停井复用"),
                Cell.text("潞州区水利局"), Cell.text("长治市某宾馆有限公司"), Cell.text("11月30日前封填"), Cell.EMPTY, Cell.EMPTY),
                LedgerSheets.supervised(List.of(s)).rows().get(0));
    }

    @Test
    void verifiesTheConversionTo10000M3() {
        assertEquals(new BigDecimal("3.42"), LedgerSheets.wan(34_200.0));
        assertEquals("12", LedgerSheets.wan(120_000.0).toPlainString());
        assertEquals("0.0001", LedgerSheets.wan(1.0).toPlainString());
        assertEquals(BigDecimal.ZERO, LedgerSheets.wan(0.4));
        assertNull(LedgerSheets.wan(null));
        assertNull(LedgerSheets.wan(Double.NaN));
    }

    @Test
    void verifiesThatRegistrySourceCodesBecomeTheLedgersTerms() {
        assertEquals("地下水", RegisterQuery.sources("groundwater"));
        assertEquals("地热水、地下水", RegisterQuery.sources("geothermal,groundwater"));
        assertNull(RegisterQuery.sources(null));
    }
}
