package wellwatch.registry;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;
import wellwatch.registry.api.FieldException;

/** Where a well or unit takes its water from (取用水水源), as the register of water users names it. */
@RegisterForReflection
public enum WaterSource {
    /** 地下水 */
    GROUNDWATER("groundwater", "地下水"),
    /** 地热水: hot groundwater, e.g. for district heating or spas. */
    GEOTHERMAL("geothermal", "地热水"),
    /** 地表水: rivers, reservoirs. */
    SURFACE("surface", "地表水");

    private final String code;
    private final String chinese;

    WaterSource(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The term the ledgers use. */
    public String chinese() {
        return chinese;
    }

    /** By code ({@code groundwater}) or by the ledger's term ({@code 地下水}). */
    public static WaterSource of(String field, String value) {
        for (WaterSource s : values()) {
            if (s.code.equals(value) || s.chinese.equals(value)) {
                return s;
            }
        }
        throw new FieldException(field, field + " must be groundwater (地下水), geothermal (地热水) or surface (地表水), got '" + value + "'");
    }

    public static WaterSource ofCodeOrNull(String code) {
        return code == null ? null : of("waterSource", code);
    }
}
