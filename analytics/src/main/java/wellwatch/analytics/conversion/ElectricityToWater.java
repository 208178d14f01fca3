package wellwatch.analytics.conversion;

import java.time.Instant;
import wellwatch.registry.CoefficientHistory;

/**
 * Electricity to water (以电折水): water m3 = energy kWh x the coefficient (m3/kWh) valid when the energy
 * was drawn.
 *
 * <p>Semantics, shared with the SQL rollups: an interval runs from one cumulative energy reading to the
 * next, {@code (from, to]}; its energy is the difference of the two counters and is taken as drawn evenly
 * over the interval. Where the coefficient changes inside the interval, each coefficient converts the share
 * of energy that falls in its period. Where no coefficient applies (a gap in the history), that share of
 * energy is left unconverted and reported as uncovered, never guessed. A zero-length interval (two
 * readings at the same instant) uses the coefficient at that instant.
 */
public final class ElectricityToWater {

    private ElectricityToWater() {}

    /**
     * Water for energy drawn between two cumulative counter readings.
     *
     * @throws IllegalArgumentException if the counter went backwards or {@code to} is before {@code from}:
     *     such an interval has no water; it is the counter-regression detection's business
     */
    public static Conversion convert(CoefficientHistory history, Instant from, double energyFromKwh, Instant to, double energyToKwh) {
        double energy = energyToKwh - energyFromKwh;
        if (energy < 0) {
            throw new IllegalArgumentException("energy counter went backwards (" + energyFromKwh + " -> " + energyToKwh + " kWh)");
        }
        return convert(history, from, to, energy);
    }

    /** Water for {@code energyKwh} drawn over {@code (from, to]}. */
    public static Conversion convert(CoefficientHistory history, Instant from, Instant to, double energyKwh) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("interval ends (" + to + ") before it starts (" + from + ")");
        }
        if (!(energyKwh >= 0) || Double.isInfinite(energyKwh)) {
            throw new IllegalArgumentException("energyKwh must be a finite value >= 0, got " + energyKwh);
        }
        long f = from.toEpochMilli();
        long t = to.toEpochMilli();
        double share = coveredShare(history, f, t);
        return new Conversion(from, to, energyKwh, waterM3(history, f, t, energyKwh), energyKwh * share);
    }

    /**
     * Allocation-free form for the hot path: water for {@code energyKwh} drawn over {@code (fromMillis,
     * toMillis]}, counting only the share a coefficient covers. Returns 0 for no energy.
     */
    public static double waterM3(CoefficientHistory history, long fromMillis, long toMillis, double energyKwh) {
        if (energyKwh == 0 || history.isEmpty()) {
            return 0;
        }
        if (toMillis <= fromMillis) {
            var c = history.atMillis(toMillis);
            return c == null ? 0 : energyKwh * c.m3PerKwh();
        }
        double span = toMillis - fromMillis;
        double water = 0;
        for (int i = 0; i < history.size(); i++) {
            long overlap = Math.min(toMillis, history.toMillis(i)) - Math.max(fromMillis, history.fromMillis(i));
            if (overlap > 0) {
                water += energyKwh * (overlap / span) * history.get(i).m3PerKwh();
            }
        }
        return water;
    }

    /** The share (0..1) of {@code (fromMillis, toMillis]} during which some coefficient applies. */
    public static double coveredShare(CoefficientHistory history, long fromMillis, long toMillis) {
        if (toMillis <= fromMillis) {
            return history.atMillis(toMillis) == null ? 0 : 1;
        }
        long covered = 0;
        for (int i = 0; i < history.size(); i++) {
            long overlap = Math.min(toMillis, history.toMillis(i)) - Math.max(fromMillis, history.fromMillis(i));
            if (overlap > 0) {
                covered += overlap;
            }
        }
        return (double) covered / (toMillis - fromMillis);
    }
}
