package wellwatch.analytics.alert;

/** What WellWatch detects. The code is the alert's {@code type} on the wire and in the database. */
public enum AlertType {
    /** Power or flow at a sealed or cancelled well (封停井复用 / 已关闭机井非法启用). */
    SEALED_WELL_REACTIVATION("sealed_well_reactivation", Severity.CRITICAL);

    private final String code;
    private final Severity severity;

    AlertType(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public static AlertType ofCode(String code) {
        for (AlertType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown alert type '" + code + "'");
    }
}
