package wellwatch.registry.permit;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;
import wellwatch.registry.api.FieldException;

/** Whether a permit or plan is the unit's (all its wells together) or one well's. */
@RegisterForReflection
public enum QuotaScope {
    UNIT("unit"),
    WELL("well");

    private final String code;

    QuotaScope(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static QuotaScope of(String field, String value) {
        for (QuotaScope s : values()) {
            if (s.code.equals(value)) {
                return s;
            }
        }
        throw new FieldException(field, field + " must be unit or well, got '" + value + "'");
    }
}
