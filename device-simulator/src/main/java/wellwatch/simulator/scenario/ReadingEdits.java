package wellwatch.simulator.scenario;

import java.util.EnumSet;
import wellwatch.contract.reading.Alarm;
import wellwatch.contract.reading.Reading;

/** Copies of a reading with some fields changed: what scenarios use to falsify what a device reports. */
final class ReadingEdits {

    private ReadingEdits() {}

    static Reading withMeter(Reading r, double volumeM3, double flowM3h) {
        return new Reading(r.wellId(), r.deviceId(), r.seq(), r.ts(), round3(volumeM3), round2(flowM3h), r.levelM(),
                r.pumpOn(), r.powerKw(), r.energyKwh(), r.alarms());
    }

    static Reading withAlarm(Reading r, Alarm alarm) {
        EnumSet<Alarm> alarms = EnumSet.of(alarm);
        alarms.addAll(r.alarms());
        return new Reading(r.wellId(), r.deviceId(), r.seq(), r.ts(), r.volumeM3(), r.flowM3h(), r.levelM(),
                r.pumpOn(), r.powerKw(), r.energyKwh(), alarms);
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
