package wellwatch.analytics.rollup;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wellwatch.analytics.conversion.ElectricityToWater;
import wellwatch.analytics.conversion.Granularity;
import wellwatch.analytics.conversion.Rollup;
import wellwatch.analytics.rules.DetectionSettings;
import wellwatch.registry.CoefficientHistory;

/**
 * Computes the hourly rows of one device over a range of hours, from its stored register values. Plain Java:
 * the refresh job feeds it what it read from {@code telemetry.reading} and writes what it returns.
 *
 * <p>Per register, an interval runs from one value to the next, {@code (t0, t1]}, and is shared among the
 * local clock hours it overlaps in proportion to time ({@link Rollup#split}). Energy is converted to water
 * hour by hour with the coefficients valid in that part of the interval ({@link ElectricityToWater}), so a
 * coefficient change inside an interval is honoured; energy where no coefficient applies stays uncovered. A
 * register that went back by more than the counter tolerance gives nothing and is counted as a regression in
 * the hour the interval ends; a smaller drop counts as no change.
 *
 * <p>Only hours in {@code [from, to)} are returned; the series must hold, per register, the last value before
 * {@code from} and the first at or after {@code to} (when they exist), so that the intervals at both edges are
 * whole. The result is then exact for those hours whatever else is stored.
 */
public final class HourlyRollup {

    static final long HOUR_MILLIS = 3_600_000L;

    private final ZoneId zone;
    private final DetectionSettings.Counters tolerances;

    public HourlyRollup(ZoneId zone, DetectionSettings.Counters tolerances) {
        this.zone = zone;
        this.tolerances = tolerances;
    }

    public ZoneId zone() {
        return zone;
    }

    public List<HourRow> compute(DeviceSeries series, Instant from, Instant to, CoefficientHistory history) {
        long f = from.toEpochMilli();
        long t = to.toEpochMilli();
        Map<Long, Hour> hours = new TreeMap<>();
        List<CounterPoint> energy = series.energy();
        for (int i = 1; i < energy.size(); i++) {
            CounterPoint a = energy.get(i - 1);
            CounterPoint b = energy.get(i);
            double delta = b.value() - a.value();
            boolean regression = delta < -tolerances.energyToleranceKwh();
            double kwh = regression ? 0 : Math.max(0, delta);
            Instant end = null;
            for (Rollup.Share share : Rollup.split(Instant.ofEpochMilli(a.tsMillis()), Instant.ofEpochMilli(b.tsMillis()), kwh, 0, Granularity.HOUR, zone)) {
                long h = share.bucketStart().toEpochMilli();
                end = share.bucketStart();
                if (h < f || h >= t) {
                    continue;
                }
                Hour hour = hours.computeIfAbsent(h, k -> new Hour());
                hour.energyIntervals++;
                if (share.energyKwh() > 0) {
                    long s0 = Math.max(a.tsMillis(), h);
                    long s1 = Math.min(b.tsMillis(), h + HOUR_MILLIS);
                    hour.energyKwh += share.energyKwh();
                    hour.waterM3 += ElectricityToWater.waterM3(history, s0, s1, share.energyKwh());
                    hour.uncoveredKwh += share.energyKwh() * (1 - ElectricityToWater.coveredShare(history, s0, s1));
                }
            }
            if (regression && end != null && inRange(end, f, t)) {
                hours.get(end.toEpochMilli()).energyRegressions++;
            }
        }
        List<CounterPoint> volume = series.volume();
        for (int i = 1; i < volume.size(); i++) {
            CounterPoint a = volume.get(i - 1);
            CounterPoint b = volume.get(i);
            double delta = b.value() - a.value();
            boolean regression = delta < -tolerances.volumeToleranceM3();
            double m3 = regression ? 0 : Math.max(0, delta);
            Instant end = null;
            for (Rollup.Share share : Rollup.split(Instant.ofEpochMilli(a.tsMillis()), Instant.ofEpochMilli(b.tsMillis()), m3, 0, Granularity.HOUR, zone)) {
                long h = share.bucketStart().toEpochMilli();
                end = share.bucketStart();
                if (h < f || h >= t) {
                    continue;
                }
                Hour hour = hours.computeIfAbsent(h, k -> new Hour());
                hour.volumeIntervals++;
                hour.meteredM3 += share.energyKwh(); // Rollup's "energy" slot carries the volume here
            }
            if (regression && end != null && inRange(end, f, t)) {
                hours.get(end.toEpochMilli()).volumeRegressions++;
            }
        }
        List<HourRow> rows = new ArrayList<>(hours.size());
        hours.forEach((h, x) -> rows.add(new HourRow(series.wellId(), series.deviceId(), Instant.ofEpochMilli(h), x.energyKwh, x.waterM3,
                x.uncoveredKwh, x.meteredM3, x.energyIntervals, x.volumeIntervals, x.energyRegressions, x.volumeRegressions)));
        return rows;
    }

    private static boolean inRange(Instant hour, long f, long t) {
        long h = hour.toEpochMilli();
        return h >= f && h < t;
    }

    /** Start of the local clock hour that contains {@code t}. */
    public Instant hourStart(Instant t) {
        return Granularity.HOUR.start(t.atZone(zone)).toInstant();
    }

    /** Start of the local clock hour after the one that contains {@code t}. */
    public Instant hourAfter(Instant t) {
        return hourStart(t).plusMillis(HOUR_MILLIS);
    }

    private static final class Hour {
        double energyKwh;
        double waterM3;
        double uncoveredKwh;
        double meteredM3;
        int energyIntervals;
        int volumeIntervals;
        int energyRegressions;
        int volumeRegressions;
    }
}
