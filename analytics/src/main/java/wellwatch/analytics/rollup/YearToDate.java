package wellwatch.analytics.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import wellwatch.analytics.conversion.ElectricityToWater;
import wellwatch.analytics.rules.DetectionSettings;
import wellwatch.registry.Well;

/**
 * A well's year-to-date abstraction from storage, counted the way the detector's live counter counts it
 * (docs/detections.md, "Year to date"), for restoring that counter when analytics takes a well over:
 *
 * <ul>
 *   <li>a well with a working flow meter counts its volume register only, a rise beyond the volume-jump limit
 *       counting only up to the limit; any other well counts energy x the coefficient valid at the time;
 *   <li>a register that went back, or a first reading, counts nothing;
 *   <li>an interval counts in proportion to the part of it after a cut (New Year, or the start of the hours
 *       not yet settled in the rollup).
 * </ul>
 *
 * Hours already settled in the rollup are summed from it ({@link #settled}); the rest is counted here from
 * the stored readings ({@link #after}).
 */
public final class YearToDate {

    private final DetectionSettings settings;

    public YearToDate(DetectionSettings settings) {
        this.settings = settings;
    }

    /** Whether the well's water is its flow meter's (else: from energy). */
    public static boolean metered(Well well) {
        return well != null && well.metering().hasWorkingFlowMeter();
    }

    /** The figure of a settled stretch of hours that the counter would have counted. */
    public static double settled(Well well, double meteredM3, double waterFromEnergyM3) {
        return metered(well) ? meteredM3 : waterFromEnergyM3;
    }

    /** Start of the local calendar year {@code year}. */
    public Instant yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(settings.zone()).toInstant();
    }

    /** The local calendar year of {@code t}. */
    public int yearOf(Instant t) {
        return t.atZone(settings.zone()).getYear();
    }

    /**
     * The m3 the device's intervals add after {@code cutMillis}: the part of each interval after the cut, of
     * the figure the live counter gives the whole interval. An unregistered well counts nothing.
     */
    public double after(Well well, DeviceSeries series, long cutMillis) {
        if (well == null) {
            return 0;
        }
        boolean metered = metered(well);
        List<CounterPoint> points = metered ? series.volume() : series.energy();
        double m3 = 0;
        for (int i = 1; i < points.size(); i++) {
            CounterPoint a = points.get(i - 1);
            CounterPoint b = points.get(i);
            double share = shareAfter(a.tsMillis(), b.tsMillis(), cutMillis);
            double delta = b.value() - a.value();
            if (share == 0 || !(delta > 0)) {
                continue;
            }
            double whole = metered ? capped(well, delta, b.tsMillis() - a.tsMillis())
                    : ElectricityToWater.waterM3(well.coefficients(), a.tsMillis(), b.tsMillis(), delta);
            m3 += whole * share;
        }
        return m3;
    }

    /** The share of {@code (t0, t1]} after {@code cut}; a zero-length interval counts wholly when at or after it. */
    static double shareAfter(long t0, long t1, long cut) {
        if (t1 <= t0) {
            return t1 >= cut ? 1 : 0;
        }
        if (t1 <= cut) {
            return 0;
        }
        if (t0 >= cut) {
            return 1;
        }
        return (double) (t1 - cut) / (t1 - t0);
    }

    /** A volume rise limited to what the pump can deliver, as the live counter limits it. */
    private double capped(Well well, double dv, long millis) {
        DetectionSettings.Capacity c = settings.capacity();
        double capacity = well.ratedCapacityM3h() != null ? well.ratedCapacityM3h() : c.unratedCapacityM3h();
        double limit = capacity * c.jumpFactor() * millis / 3_600_000.0;
        return dv > c.minJumpM3() && dv > limit ? limit : dv;
    }
}
