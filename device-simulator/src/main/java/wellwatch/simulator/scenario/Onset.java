package wellwatch.simulator.scenario;

import java.time.Instant;

/** The simulated time from which a scenario acts. */
public record Onset(Instant at) {

    public boolean reached(Instant t) {
        return !t.isBefore(at);
    }
}
