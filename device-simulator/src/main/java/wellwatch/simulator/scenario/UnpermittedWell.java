package wellwatch.simulator.scenario;

import java.time.Instant;
import wellwatch.simulator.well.PumpCommand;

/** Abstraction without a permit (未经批准擅自取水): the well pumps continuously from the onset; the registry, not the device, knows it has no permit. */
public record UnpermittedWell(Onset onset) implements Scenario {

    public static final String NAME = "unpermitted-well";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PumpCommand pump(Instant t) {
        return onset.reached(t) ? PumpCommand.ON : PumpCommand.NORMAL;
    }
}
