package wellwatch.analytics.enforcement;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Where a problem lead or case came from (问题线索来源 / 案件来源), with the ledger's term. */
@RegisterForReflection
public enum LeadSource {
    /** 执法检查类: found by an inspection, including the platform's own monitoring. */
    INSPECTION("inspection", "执法检查类"),
    /** 举报类: reported by the public. */
    REPORT("report", "举报类"),
    /** 移送类: referred by another department (移送部门). */
    REFERRAL("referral", "移送类"),
    /** 其他类 */
    OTHER("other", "其他类");

    private final String code;
    private final String chinese;

    LeadSource(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The ledger's term. */
    public String chinese() {
        return chinese;
    }

    /** By code ({@code report}) or by the ledger's term ({@code 举报类}). */
    public static LeadSource of(String field, String value) {
        for (LeadSource s : values()) {
            if (s.code.equals(value) || s.chinese.equals(value)) {
                return s;
            }
        }
        throw new InvalidFieldException(field, field + " must be inspection (执法检查类), report (举报类), referral (移送类) or other (其他类), got '" + value + "'");
    }

    public static LeadSource ofCode(String code) {
        return of("source", code);
    }
}
