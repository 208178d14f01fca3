package wellwatch.registry.metering;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;
import wellwatch.registry.api.FieldException;

/** The metering devices the registry keeps per well (计量设施). */
@RegisterForReflection
public enum DeviceKind {
    /** Flow meter (流量计, 水表). */
    FLOW_METER("flow_meter"),
    /** Remote terminal unit (遥测终端) that reports the well's readings. */
    RTU("rtu");

    private final String code;

    DeviceKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static DeviceKind of(String field, String value) {
        for (DeviceKind k : values()) {
            if (k.code.equals(value)) {
                return k;
            }
        }
        throw new FieldException(field, field + " must be flow_meter or rtu, got '" + value + "'");
    }
}
