package wellwatch.simulator.scenario;

import java.time.Instant;
import wellwatch.contract.reading.Alarm;
import wellwatch.contract.reading.Reading;
import wellwatch.simulator.well.PumpCommand;

/**
 * A magnet put on the flow meter to slow it down (磁干扰): from the onset the pump runs, the meter registers
 * only {@link #METERED_SHARE} of the water, and every reading carries the {@code magnetic_interference}
 * alarm.
 */
public final class MagneticInterference implements Scenario {

    public static final String NAME = "magnetic-interference";
    /** Share of the water the slowed-down meter still registers. */
    public static final double METERED_SHARE = 0.4;

    private final Onset onset;
    private final MeterRegister meter = new MeterRegister(METERED_SHARE);

    public MagneticInterference(Onset onset) {
        this.onset = onset;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PumpCommand pump(Instant t) {
        return onset.reached(t) ? PumpCommand.ON : PumpCommand.NORMAL;
    }

    @Override
    public Reading report(Reading reading) {
        if (!onset.reached(reading.ts())) {
            return reading;
        }
        return ReadingEdits.withAlarm(meter.register(reading), Alarm.MAGNETIC_INTERFERENCE);
    }
}
