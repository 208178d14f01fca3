package wellwatch.simulator.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import wellwatch.contract.reading.Reading;
import wellwatch.simulator.well.Anomaly;
import wellwatch.simulator.well.DutyCycle;
import wellwatch.simulator.well.SimulatedWell;

/** Shared fixtures: simulated wells and their readings at fixed times, so tests need no clock. */
public final class Wells {

    /** 08:00 local time (UTC+8) on 1 May 2026: the working day has just begun. */
    public static final Instant START = Instant.parse("2026-05-01T00:00:00Z");
    public static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    public static final String WELL_ID = "W000042";
    public static final long FIRST_SEQ = 1_000;

    private Wells() {}

    public static SimulatedWell normal(long seed) {
        return with(seed, List.of());
    }

    public static SimulatedWell normal(long seed, String wellId) {
        return SimulatedWell.create(wellId, "RTU-" + wellId, seed, FIRST_SEQ, START, DutyCycle.defaults(), List.of());
    }

    public static SimulatedWell with(long seed, List<? extends Anomaly> anomalies) {
        return SimulatedWell.create(WELL_ID, "RTU-" + WELL_ID, seed, FIRST_SEQ, START, DutyCycle.defaults(), anomalies);
    }

    /** {@code n} readings, the first at {@link #START}, then every {@code interval}. */
    public static List<Reading> readings(SimulatedWell well, int n, Duration interval) {
        List<Reading> readings = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            readings.add(well.readingAt(START.plus(interval.multipliedBy(k))));
        }
        return readings;
    }

    /** Time of reading {@code k} in {@link #readings}. */
    public static Instant at(int k, Duration interval) {
        return START.plus(interval.multipliedBy(k));
    }
}
