package wellwatch.contract.reading;

/** Alarm flags a metering device or RTU may raise, with their wire codes. */
public enum Alarm {
    /** Meter box or well cover opened (开盖). */
    COVER_OPEN("cover_open"),
    /** Power supply to the device cut (断电). */
    POWER_CUT("power_cut"),
    /** Magnetic interference at the flow meter: a classic way to slow a meter down (磁干扰). */
    MAGNETIC_INTERFERENCE("magnetic_interference"),
    /** The meter reports its own fault. */
    METER_FAULT("meter_fault");

    private final String code;

    Alarm(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The alarm with this wire code, or {@code null} when the code is unknown. */
    public static Alarm ofCode(String code) {
        for (Alarm alarm : values()) {
            if (alarm.code.equals(code)) {
                return alarm;
            }
        }
        return null;
    }
}
