package wellwatch.simulator.scenario;

import java.time.Instant;
import wellwatch.simulator.well.PumpCommand;

/** A sealed well (封停井) brought back into use: its pump runs continuously from the onset, so power, flow, energy and volume all show abstraction. */
public record SealedPumping(Onset onset) implements Scenario {

    public static final String NAME = "sealed-pumping";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PumpCommand pump(Instant t) {
        return onset.reached(t) ? PumpCommand.ON : PumpCommand.NORMAL;
    }
}
