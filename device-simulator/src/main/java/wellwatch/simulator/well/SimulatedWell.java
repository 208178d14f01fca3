package wellwatch.simulator.well;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import wellwatch.contract.reading.Reading;

/**
 * One well and its RTU: produces the well's readings in time order. Everything random comes from the well's
 * own generator, seeded from the run seed and the well id, so the same seed gives the same readings however
 * the wells are spread over threads and connections.
 */
public final class SimulatedWell {

    /** Relative noise (one standard deviation) of the instantaneous power and flow readings. */
    static final double POWER_NOISE = 0.01;
    static final double FLOW_NOISE = 0.015;
    /** Noise of the level sensor, m. */
    static final double LEVEL_NOISE_M = 0.02;

    private final String wellId;
    private final String deviceId;
    private final WellProfile profile;
    private final WellPhysics physics;
    private final SplittableRandom noise;
    private final List<Anomaly> anomalies;
    private long nextSeq;
    private Instant lastTs;

    private SimulatedWell(String wellId, String deviceId, WellProfile profile, WellPhysics physics,
            SplittableRandom noise, List<Anomaly> anomalies, long firstSeq, Instant start) {
        this.wellId = wellId;
        this.deviceId = deviceId;
        this.profile = profile;
        this.physics = physics;
        this.noise = noise;
        this.anomalies = List.copyOf(anomalies);
        this.nextSeq = firstSeq;
        this.lastTs = start;
    }

    /**
     * @param seed the run seed
     * @param firstSeq sequence number of the first reading
     * @param start simulated time at which the well's state is known; readings must not be earlier
     * @param anomalies what makes this well misbehave (empty for a normal well)
     */
    public static SimulatedWell create(String wellId, String deviceId, long seed, long firstSeq, Instant start,
            DutyCycle dutyCycle, List<? extends Anomaly> anomalies) {
        SplittableRandom root = new SplittableRandom(mix(seed, wellId));
        WellProfile profile = WellProfile.random(root.split());
        WellPhysics physics = new WellPhysics(profile, dutyCycle, root.split(), start);
        return new SimulatedWell(wellId, deviceId, profile, physics, root.split(), List.copyOf(anomalies), firstSeq, start);
    }

    /** The reading the RTU takes at simulated time {@code ts}; successive calls need non-decreasing times. */
    public Reading readingAt(Instant ts) {
        if (ts.isBefore(lastTs)) {
            throw new IllegalArgumentException("reading at " + ts + " is before the previous one at " + lastTs);
        }
        physics.advance(lastTs, Duration.between(lastTs, ts).toNanos() / 1e9, pumpCommand(lastTs));
        lastTs = ts;
        Reading reading = measure(ts);
        for (Anomaly anomaly : anomalies) {
            reading = anomaly.report(reading);
        }
        return reading;
    }

    private PumpCommand pumpCommand(Instant t) {
        for (Anomaly anomaly : anomalies) {
            PumpCommand command = anomaly.pump(t);
            if (command != PumpCommand.NORMAL) {
                return command;
            }
        }
        return PumpCommand.NORMAL;
    }

    private Reading measure(Instant ts) {
        boolean on = physics.pumpOn();
        double powerKw = on ? profile.runningPowerKw() * (1 + POWER_NOISE * gaussian()) : 0;
        double flowM3h = on ? powerKw * profile.coefficientM3PerKwh() * (1 + FLOW_NOISE * gaussian()) : 0;
        double levelM = physics.levelM() + LEVEL_NOISE_M * gaussian();
        return new Reading(
                wellId,
                deviceId,
                nextSeq++,
                ts,
                WellProfile.round(physics.volumeM3(), 3),
                WellProfile.round(flowM3h, 2),
                WellProfile.round(levelM, 2),
                on,
                WellProfile.round(powerKw, 2),
                WellProfile.round(physics.energyKwh(), 3),
                Set.of());
    }

    /** Standard normal draw, cut at 3 sigma so that no reading is absurd. */
    private double gaussian() {
        double g = noise.nextGaussian();
        return Math.max(-3, Math.min(3, g));
    }

    private static long mix(long seed, String wellId) {
        long h = seed * 0x9E3779B97F4A7C15L + wellId.hashCode();
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    public String wellId() {
        return wellId;
    }

    public String deviceId() {
        return deviceId;
    }

    public WellProfile profile() {
        return profile;
    }
}
