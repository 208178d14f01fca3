package wellwatch.simulator.scenario;

import java.time.Instant;
import wellwatch.simulator.well.PumpCommand;

/** Abstraction far over plan (超计划取水): the pump runs around the clock from the onset, about three times a normal well's volume. */
public record OverPlanPumping(Onset onset) implements Scenario {

    public static final String NAME = "over-plan-pumping";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PumpCommand pump(Instant t) {
        return onset.reached(t) ? PumpCommand.ON : PumpCommand.NORMAL;
    }
}
