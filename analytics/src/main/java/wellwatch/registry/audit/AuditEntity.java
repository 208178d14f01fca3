package wellwatch.registry.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;
import wellwatch.registry.api.RegistryException;

/** What an audit entry is about; the code is {@code registry.audit.entity}. */
@RegisterForReflection
public enum AuditEntity {
    UNIT("unit"),
    WELL("well"),
    PERMIT("permit"),
    /** Id {@code well/<wellId>/<year>} or {@code unit/<unitId>/<year>}. */
    PLAN("plan"),
    /** Flow meters and RTUs. */
    DEVICE("device"),
    /** The well-power table (井电对应); id is the meter number. */
    POWER_METER("power_meter"),
    /** Id is the coefficient period's registry id. */
    COEFFICIENT("coefficient");

    private final String code;

    AuditEntity(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static AuditEntity of(String code) {
        for (AuditEntity e : values()) {
            if (e.code.equals(code)) {
                return e;
            }
        }
        throw RegistryException.badRequest("entity", "entity must be one of unit, well, permit, plan, device, power_meter, coefficient; got '" + code + "'");
    }
}
