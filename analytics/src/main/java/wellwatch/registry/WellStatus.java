package wellwatch.registry;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Administrative state of a well (取水井状态), as registered by the water bureau. */
@RegisterForReflection
public enum WellStatus {
    /** In use under its permit. */
    ACTIVE("active"),
    /** Reported stopped for the season (报停), e.g. a farm well after irrigation; must not draw power. */
    SEASONALLY_STOPPED("seasonally_stopped"),
    /** Closed under supervision (封停); any water or power is a reactivation. */
    SEALED("sealed"),
    /** Cancelled and backfilled (注销/封填); any water or power is a reactivation. */
    CANCELLED("cancelled");

    private final String code;

    WellStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean isClosed() {
        return this == SEALED || this == CANCELLED;
    }

    public static WellStatus ofCode(String code) {
        for (WellStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown well status '" + code + "' (known: active, seasonally_stopped, sealed, cancelled)");
    }
}
