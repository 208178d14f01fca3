package wellwatch.simulator.well;

import java.time.Instant;
import wellwatch.contract.reading.Reading;

/**
 * Something that makes a well deviate from its normal behaviour: it may take over the pump and it may alter
 * what the device reports. Implementations keep their own state and belong to exactly one well.
 */
public interface Anomaly {

    /** Who drives the pump during the interval that starts at {@code t}. */
    default PumpCommand pump(Instant t) {
        return PumpCommand.NORMAL;
    }

    /**
     * What the device reports, given what it would report if nothing were wrong. Called once per reading,
     * in order.
     */
    default Reading report(Reading reading) {
        return reading;
    }
}
