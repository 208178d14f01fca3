package wellwatch.simulator.scenario;

import java.time.Instant;
import wellwatch.contract.reading.Reading;
import wellwatch.simulator.well.PumpCommand;

/**
 * Water taken past the meter (a bypass pipe): from the onset the pump runs at its normal power, but the meter
 * registers only {@link #METERED_SHARE} of the flow, so metered water per kWh falls far below the well's
 * coefficient.
 */
public final class Bypass implements Scenario {

    public static final String NAME = "bypass";
    /** Share of the water that still passes the meter. */
    public static final double METERED_SHARE = 0.1;

    private final Onset onset;
    private final MeterRegister meter = new MeterRegister(METERED_SHARE);

    public Bypass(Onset onset) {
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
        return onset.reached(reading.ts()) ? meter.register(reading) : reading;
    }
}
