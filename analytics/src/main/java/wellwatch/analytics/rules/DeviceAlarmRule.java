package wellwatch.analytics.rules;

import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Evidence;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Alarm;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/**
 * A device alarm (cover opened, power cut, magnetic interference, meter fault) raised on a reading. One
 * instance per alarm, so that each alarm opens its own alert with its own severity; a device that keeps
 * the flag up on every reading updates that alert.
 */
public final class DeviceAlarmRule implements ReadingRule {

    private final Alarm alarm;
    private final AlertType type;
    private final String rule;

    public DeviceAlarmRule(Alarm alarm) {
        this.alarm = alarm;
        this.type = AlertType.forAlarm(alarm);
        this.rule = "device-alarm: reading carries " + alarm.code();
    }

    @Override
    public Optional<Finding> check(Well well, Reading reading, WellTrack track) {
        if (!reading.alarms().contains(alarm)) {
            return Optional.empty();
        }
        Evidence evidence = Signals.reading(reading).put("alarm", alarm.code());
        StringBuilder all = new StringBuilder();
        for (Alarm a : reading.alarms()) {
            all.append(all.length() == 0 ? "" : ",").append(a.code());
        }
        evidence.put("alarms", all);
        Signals.describeActivity(evidence, reading, track);
        String what = switch (alarm) {
            case COVER_OPEN -> "the meter box or well cover was opened";
            case POWER_CUT -> "the device's power supply was cut";
            case MAGNETIC_INTERFERENCE -> "magnetic interference at the flow meter";
            case METER_FAULT -> "the meter reports a fault";
        };
        return Optional.of(new Finding(type, reading.wellId(), reading.ts(), rule,
                "Well " + reading.wellId() + ": device " + reading.deviceId() + " reports " + what, evidence.map()));
    }
}
