package wellwatch.analytics.enforcement;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an analyst does to an alert: {@code POST /api/alerts/{id}/acknowledge|lead|close}. */
public enum AlertAction {
    ACKNOWLEDGE("acknowledge", AlertState.ACKNOWLEDGED),
    LEAD("lead", AlertState.LEAD),
    CLOSE("close", AlertState.CLOSED);

    private final String code;
    private final AlertState target;

    AlertAction(String code, AlertState target) {
        this.code = code;
        this.target = target;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The state the action leads to. */
    public AlertState target() {
        return target;
    }

    public static AlertAction ofCode(String code) {
        for (AlertAction a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown alert action '" + code + "' (acknowledge, lead, close)");
    }
}
