package wellwatch.analytics.alert;

import wellwatch.contract.reading.Alarm;

/**
 * What WellWatch detects. The code is the alert's {@code type} on the wire and in the database; the
 * severity is the default an alert of this type opens with. Each type is explained for water engineers in
 * {@code docs/detections.md}.
 */
public enum AlertType {
    /** Power or flow at a sealed or cancelled well (封停井复用 / 已关闭机井非法启用). */
    SEALED_WELL_REACTIVATION("sealed_well_reactivation", Severity.CRITICAL),
    /** Power or water at a well reported stopped for the season (报停) before it was resumed. */
    SEASONAL_STOP_VIOLATION("seasonal_stop_violation", Severity.WARNING),
    /** Abstraction at a well with no valid permit, or at a well the registry does not know (无证取水). */
    ABSTRACTION_WITHOUT_PERMIT("abstraction_without_permit", Severity.CRITICAL),
    /** A self-supplied well inside the public network coverage still in use (管网覆盖区自备井). */
    NETWORK_AREA_WELL_IN_USE("self_supplied_well_in_network_area", Severity.WARNING),
    /** The pump draws power for a sustained period while the flow meter's volume does not move. */
    METER_STUCK("meter_stuck", Severity.WARNING),
    /** Metered water per kWh departs from the registered coefficient for a sustained period. */
    WATER_PER_KWH_DEVIATION("water_per_kwh_deviation", Severity.WARNING),
    /** A cumulative volume or energy counter went backwards: reset, swap or tampering. */
    COUNTER_REGRESSION("counter_regression", Severity.CRITICAL),
    /** Instantaneous flow above the pump's rated capacity. */
    FLOW_OVER_CAPACITY("flow_over_capacity", Severity.WARNING),
    /** Cumulative volume grew faster than the pump can deliver. */
    VOLUME_JUMP("volume_jump", Severity.WARNING),
    /** The device reports its cover or meter box opened (开盖). */
    ALARM_COVER_OPEN("alarm_cover_open", Severity.WARNING),
    /** The device reports its power supply cut (断电). */
    ALARM_POWER_CUT("alarm_power_cut", Severity.INFO),
    /** The device reports magnetic interference at the flow meter (磁干扰). */
    ALARM_MAGNETIC_INTERFERENCE("alarm_magnetic_interference", Severity.CRITICAL),
    /** The meter reports its own fault. */
    ALARM_METER_FAULT("alarm_meter_fault", Severity.WARNING),
    /** Reading time in the future, implausibly old, or going backwards on one device. */
    IMPLAUSIBLE_TIMESTAMP("implausible_timestamp", Severity.WARNING),
    /** No reading for longer than the configured number of reporting intervals. */
    DEVICE_OFFLINE("device_offline", Severity.WARNING),
    /** Year-to-date abstraction reached an early-warning share of the annual plan. */
    PLAN_EARLY_WARNING("plan_early_warning", Severity.INFO),
    /** Year-to-date abstraction above the annual plan (超计划取水); carries the progressive surcharge. */
    OVER_PLAN("over_plan", Severity.WARNING),
    /** Year-to-date abstraction reached an early-warning share of the permitted volume. */
    PERMIT_EARLY_WARNING("permit_early_warning", Severity.INFO),
    /** Year-to-date abstraction above the permitted volume (超许可取水). */
    OVER_PERMIT("over_permit", Severity.CRITICAL),
    /** A well that must have a working flow meter (pipe >= 20 cm or large permit) has none. */
    METERING_NON_COMPLIANT("metering_non_compliant", Severity.WARNING),
    /** A coefficient fitted from the flow meter departs from the registered one. */
    COEFFICIENT_DRIFT("coefficient_drift", Severity.WARNING);

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

    /** The alert type a device alarm raises. */
    public static AlertType forAlarm(Alarm alarm) {
        return switch (alarm) {
            case COVER_OPEN -> ALARM_COVER_OPEN;
            case POWER_CUT -> ALARM_POWER_CUT;
            case MAGNETIC_INTERFERENCE -> ALARM_MAGNETIC_INTERFERENCE;
            case METER_FAULT -> ALARM_METER_FAULT;
        };
    }
}
