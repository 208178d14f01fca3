package wellwatch.simulator.scenario;

import java.time.Instant;
import wellwatch.contract.reading.Reading;
import wellwatch.simulator.well.PumpCommand;

/**
 * A flow meter that stopped registering (计量设施运行不正常): from the onset the pump runs and draws power, the
 * energy register grows, but the reported volume stays where it was and the reported flow is 0.
 */
public final class StuckMeter implements Scenario {

    public static final String NAME = "stuck-meter";

    private final Onset onset;
    private final MeterRegister meter = new MeterRegister(0);

    public StuckMeter(Onset onset) {
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
