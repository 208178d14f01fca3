package wellwatch.analytics.enforcement;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an alert stands in the bureau's work: {@code state} in {@code analytics.alert} and on the wire. */
public enum AlertState {
    /** Raised by a detection; no one has looked at it yet. */
    OPEN("open"),
    /** An analyst has seen it and is looking into it. */
    ACKNOWLEDGED("acknowledged"),
    /** Turned into a problem lead (问题线索); the lead carries the work from here. */
    LEAD("lead"),
    /** Done with: dismissed, or handed over as a lead. A new finding opens a new alert. */
    CLOSED("closed");

    private final String code;

    AlertState(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static AlertState ofCode(String code) {
        for (AlertState s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown alert state '" + code + "' (open, acknowledged, lead, closed)");
    }
}
