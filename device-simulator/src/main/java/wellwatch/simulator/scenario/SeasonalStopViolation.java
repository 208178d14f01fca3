package wellwatch.simulator.scenario;

import java.time.Instant;
import wellwatch.simulator.well.PumpCommand;

/** A farm well reported as seasonally stopped (报停) that irrigates anyway: the pump runs continuously from the onset. */
public record SeasonalStopViolation(Onset onset) implements Scenario {

    public static final String NAME = "seasonal-stop-violation";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PumpCommand pump(Instant t) {
        return onset.reached(t) ? PumpCommand.ON : PumpCommand.NORMAL;
    }
}
