package wellwatch.analytics.ledger;

import java.util.List;

/**
 * The four ledgers (台账) of the campaign (seed 000, 附件1-4), with their column headers exactly as the seed's
 * forms print them. Where a form breaks a header over two lines (挂牌督办/案件名称, 解除挂牌/督办时间,
 * 是否移送检察机关/提起公益诉讼) the header is the joined text.
 */
public enum LedgerKind {
    /** 附件1 取用水单位名录台账: kept up to date continuously. */
    REGISTER("register", "取用水单位名录台账", List.of(
            "序号", "单位名称", "所属行业", "取用水水源", "取水许可批复水量（万方/年）", "取水计划下达水量（万方/年）", "实际取用水量（万方/年）", "备注")),
    /** 附件2 问题线索台账: reported weekly. */
    LEADS("leads", "问题线索台账", List.of(
            "序号", "问题线索来源", "发现（举报、移送）时间", "问题或线索基本情况", "违法（被举报）主体", "线索处理情况", "问题处置进展情况", "备注")),
    /** 附件3 执法案件台账: reported weekly. */
    CASES("cases", "执法案件台账", List.of(
            "序号", "执法单位", "案件名称", "案件来源", "立案时间", "案件查处情况", "督办单位", "结案时间", "是否申请法院强制执行", "是否移送检察机关提起公益诉讼")),
    /** 附件4 挂牌督办案件台账: reported weekly. */
    SUPERVISED("supervised", "挂牌督办案件台账", List.of(
            "序号", "挂牌单位", "挂牌督办案件名称", "挂牌时间", "案件基本情况", "执法单位", "当事人名称", "督办要求", "整改进展", "解除挂牌督办时间"));

    private final String code;
    private final String title;
    private final List<String> headers;

    LedgerKind(String code, String title, List<String> headers) {
        this.code = code;
        this.title = title;
        this.headers = headers;
    }

    /** The path segment: {@code GET /api/ledgers/{code}}. */
    public String code() {
        return code;
    }

    /** The form's title, used as sheet and file name. */
    public String title() {
        return title;
    }

    public List<String> headers() {
        return headers;
    }

    public static LedgerKind ofCode(String code) {
        for (LedgerKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown ledger '" + code + "' (register, leads, cases, supervised, or weekly)");
    }
}
