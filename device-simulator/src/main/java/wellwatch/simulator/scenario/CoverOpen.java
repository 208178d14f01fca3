package wellwatch.simulator.scenario;

import wellwatch.contract.reading.Alarm;
import wellwatch.contract.reading.Reading;

/**
 * The meter box or well cover is opened (开盖) and stays open: every reading from the onset carries the
 * {@code cover_open} alarm. Pump and meter behave normally.
 */
public record CoverOpen(Onset onset) implements Scenario {

    public static final String NAME = "cover-open";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Reading report(Reading reading) {
        return onset.reached(reading.ts()) ? ReadingEdits.withAlarm(reading, Alarm.COVER_OPEN) : reading;
    }
}
